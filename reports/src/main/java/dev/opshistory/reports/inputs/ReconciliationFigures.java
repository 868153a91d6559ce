package dev.opshistory.reports.inputs;

import java.util.List;

/**
 * The ingest's account as the report states it.
 *
 * @param read       records read from the exports
 * @param accepted   records that became events (folded and duplicated records included)
 * @param rejected   records rejected, with reasons in {@code rejects.ndjson}
 * @param folded     accepted records merged into another event (a PagerDuty alert into its incident)
 * @param duplicates accepted records that repeated an event id already read: accepted − folded − distinct
 *                   events and postmortems in the warehouse, never negative
 * @param files      the per-file counts
 * @param present    false when ingest left no reconciliation, so every count is 0 by default, not by fact
 */
public record ReconciliationFigures(long read, long accepted, long rejected, long folded, long duplicates,
                                    List<IngestReconciliation.FileCount> files, boolean present) {

    /** No reconciliation file. */
    public static final ReconciliationFigures ABSENT = new ReconciliationFigures(0, 0, 0, 0, 0, List.of(), false);

    /**
     * The figures of an ingest's account, with duplicates derived from what reached the warehouse.
     *
     * @param distinctInWarehouse distinct event ids in {@code warehouse/events} plus distinct postmortem ids,
     *                            over the whole warehouse (not only the report's period)
     */
    public static ReconciliationFigures of(IngestReconciliation account, long distinctInWarehouse) {
        IngestReconciliation.Count total = account.totalOrSum();
        // Folded records are accepted but become no event of their own, so they are not duplicates.
        long duplicates = Math.max(0, total.accepted() - total.folded() - distinctInWarehouse);
        return new ReconciliationFigures(total.read(), total.accepted(), total.rejected(), total.folded(),
                duplicates, List.copyOf(account.filesOrEmpty()), true);
    }
}
