package dev.opshistory.reports.baseline;

import java.time.Instant;
import java.util.List;

/**
 * The headline figures of this review beside an earlier review's ({@code --baseline old-summary.json}).
 *
 * @param file         the baseline file as given (untrusted text)
 * @param title        the earlier review's title, or null
 * @param periodFrom   the earlier review's period, either end null when unknown
 * @param rows         one per headline figure, in the summary's order
 */
public record BaselineComparison(String file, String title, Instant periodFrom, Instant periodTo, List<Row> rows) {

    public BaselineComparison {
        rows = List.copyOf(rows);
    }

    /**
     * One headline figure.
     *
     * @param baseline the earlier value, null when the earlier summary did not have it
     * @param current  this review's value, null when unknown
     * @param change   current − baseline, null when either is unknown
     */
    public record Row(String key, String label, Double baseline, Double current, Double change) {
    }
}
