package dev.opshistory.reports.inputs;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ingest's account as the report states it.
 *
 * @param read       records read from the exports
 * @param accepted   records that became events (folded and duplicated records included)
 * @param rejected   records rejected, with reasons in {@code rejects.ndjson}
 * @param folded     accepted records merged into another event (a PagerDuty alert into its incident)
 * @param duplicates accepted records that repeated an event id already read: accepted − folded − distinct
 *                   events and postmortems in the warehouse, never negative
 * @param files      the per-file counts, each with its duplicates when the warehouse's rows by file are known
 * @param present    false when ingest left no reconciliation, so every count is 0 by default, not by fact
 * @param orphans    folded records whose event the input did not hold, by file (most first)
 */
public record ReconciliationFigures(long read, long accepted, long rejected, long folded, long duplicates,
                                    List<IngestReconciliation.FileCount> files, boolean present,
                                    List<OrphanedRecords> orphans) {

    public ReconciliationFigures {
        files = List.copyOf(files);
        orphans = List.copyOf(orphans);
    }

    /** How many files the report's per-file table lists; {@code csv/reconciliation-files.csv} has them all. */
    public static final int FILES_SHOWN = 20;

    /**
     * Files needing a look first: those with rejects (most rejected first), then those with folded records (most
     * folded first), then the rest; ties by name.
     */
    private static final Comparator<IngestReconciliation.FileCount> LOOK_FIRST = Comparator
            .comparingLong(IngestReconciliation.FileCount::rejected).reversed()
            .thenComparing(Comparator.comparingLong(IngestReconciliation.FileCount::folded).reversed())
            .thenComparing(IngestReconciliation.FileCount::file, Comparator.nullsLast(Comparator.naturalOrder()));

    /** No reconciliation file. */
    public static final ReconciliationFigures ABSENT =
            new ReconciliationFigures(0, 0, 0, 0, 0, List.of(), false, List.of());

    /**
     * The figures of an ingest's account, with duplicates derived from what reached the warehouse: in total, and for
     * each file from the warehouse's rows of that file.
     *
     * @param distinctInWarehouse distinct event ids in {@code warehouse/events} plus distinct postmortem ids,
     *                            over the whole warehouse (not only the report's period)
     * @param rowsByFile          events and postmortems in the warehouse by export file ("" for none); null when not
     *                            known, which leaves each file's duplicates unknown
     * @param orphans             folded records whose event never arrived, by file ({@code warehouse/orphans})
     */
    public static ReconciliationFigures of(IngestReconciliation account, long distinctInWarehouse,
            Map<String, Long> rowsByFile, List<OrphanedRecords> orphans) {
        IngestReconciliation.Count total = account.totalOrSum();
        // Folded records are accepted but become no event of their own, so they are not duplicates.
        long duplicates = Math.max(0, total.accepted() - total.folded() - distinctInWarehouse);
        List<IngestReconciliation.FileCount> files = rowsByFile == null ? account.filesOrEmpty()
                : account.filesOrEmpty().stream()
                        .map(f -> f.withRowsInWarehouse(rowsByFile.getOrDefault(Objects.toString(f.file(), ""), 0L)))
                        .toList();
        return new ReconciliationFigures(total.read(), total.accepted(), total.rejected(), total.folded(),
                duplicates, files, true, orphans);
    }

    /** Folded records whose event the input did not hold: part of {@link #folded}, in no event of the report. */
    public long orphaned() {
        return orphans.stream().mapToLong(OrphanedRecords::records).sum();
    }

    /**
     * The files the report lists: all of them up to {@value #FILES_SHOWN}, else the {@value #FILES_SHOWN} that
     * need a look first (rejects, then folded records, then by name), in that order. A hundred PagerDuty export
     * pages that read cleanly are a hundred rows nobody reads.
     */
    public List<IngestReconciliation.FileCount> filesShown() {
        return files.stream().sorted(LOOK_FIRST).limit(FILES_SHOWN).toList();
    }

    /** Files the report's table leaves to {@code csv/reconciliation-files.csv}. */
    public int filesNotShown() {
        return Math.max(0, files.size() - FILES_SHOWN);
    }

    /** Records rejected in the files the table leaves out: 0 unless more than {@value #FILES_SHOWN} had rejects. */
    public long rejectedNotShown() {
        return files.stream().sorted(LOOK_FIRST).skip(FILES_SHOWN)
                .mapToLong(IngestReconciliation.FileCount::rejected).sum();
    }
}
