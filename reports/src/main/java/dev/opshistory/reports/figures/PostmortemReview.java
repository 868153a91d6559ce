package dev.opshistory.reports.figures;

import java.time.Instant;
import java.util.List;

/**
 * A postmortem of the period with its action items. Text is untrusted.
 *
 * @param duration      the document's own words about how long it lasted
 * @param namedIncidents      how many events (incidents, alerts) of the warehouse it names
 * @param namedResolveMinutes the longest time to resolve among them; null when none is named or resolved
 * @param rootCauseText the document's own words about the cause
 * @param rootCause     the category the document was filed under
 * @param overdue       open items of a postmortem at least {@code overdueAfterDays} older than the period's end
 * @param recurrences   alerts that came back after it (same fingerprint)
 */
public record PostmortemReview(String eventId, String title, Instant createdAt, String impact, String duration,
                               long namedIncidents, Double namedResolveMinutes, String rootCauseText, String rootCause, String sourceFile, long actionItems,
                               long done, long open, long overdue, List<ActionItemRow> items,
                               List<Recurrence> recurrences) {

    public PostmortemReview {
        items = List.copyOf(items);
        recurrences = List.copyOf(recurrences);
    }

    /** One action item; every text may be null. */
    public record ActionItemRow(String text, String owner, String type, String status, boolean overdue) {
    }

    /** Alerts of one fingerprint that recurred after the postmortem. */
    public record Recurrence(String fingerprint, String exampleTitle, long alerts, Instant first, Instant last) {
    }

    /** Alerts that recurred after the postmortem, over all its fingerprints. */
    public long recurredAlerts() {
        return recurrences.stream().mapToLong(Recurrence::alerts).sum();
    }
}
