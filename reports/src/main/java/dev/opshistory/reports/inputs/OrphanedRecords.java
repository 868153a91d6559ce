package dev.opshistory.reports.inputs;

/**
 * Records of one export file that ingest folded into another event (log entries, notes, grouped alerts) but whose
 * event the input did not hold: the classify job kept them in {@code warehouse/orphans} instead of dropping them.
 *
 * @param file          the export file
 * @param records       how many of its records found no event
 * @param missingEvents how many distinct events they name
 * @param exampleEvent  one of those event ids, to look up in the vendor's tool
 */
public record OrphanedRecords(String file, long records, long missingEvents, String exampleEvent) {
}
