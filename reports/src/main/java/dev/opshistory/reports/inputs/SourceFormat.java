package dev.opshistory.reports.inputs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The export files of one format summed up: what the report's Summary lists as its sources ("PagerDuty incidents
 * JSON: 6 files, 382 records"), while the Data quality section keeps the per-file counts.
 *
 * @param format   ingest's format id ({@code pagerduty-incidents-json}), or null for files no parser recognised
 * @param label    the format for people ({@code PagerDuty incidents JSON}), see {@link #label(String)}
 * @param files    export files of the format
 * @param read     records read from them
 * @param accepted of which accepted
 * @param rejected of which rejected
 * @param folded   accepted records merged into another event
 */
public record SourceFormat(String format, String label, long files, long read, long accepted, long rejected,
                           long folded) {

    /** Words of format ids that are not written the way they are spelled in the id. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("pagerduty", "PagerDuty"), Map.entry("opsgenie", "Opsgenie"), Map.entry("jsm", "JSM"),
            Map.entry("json", "JSON"), Map.entry("ndjson", "NDJSON"), Map.entry("csv", "CSV"),
            Map.entry("md", "Markdown"), Map.entry("markdown", "Markdown"), Map.entry("html", "HTML"),
            Map.entry("docx", "Word"), Map.entry("doc", "Word 97-2003"), Map.entry("mhtml", "single-file web page"), Map.entry("pdf", "PDF"), Map.entry("odt", "OpenDocument"),
            Map.entry("api", "API"), Map.entry("oncall", "OnCall"));

    /**
     * One row per format, the formats with the most records first (then by label); files without a recognised
     * format form one row of their own.
     */
    public static List<SourceFormat> of(List<IngestReconciliation.FileCount> files) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (IngestReconciliation.FileCount file : files) {
            long[] sum = sums.computeIfAbsent(file.format(), k -> new long[5]);
            sum[0]++;
            sum[1] += file.read();
            sum[2] += file.accepted();
            sum[3] += file.rejected();
            sum[4] += file.folded();
        }
        List<SourceFormat> formats = new ArrayList<>();
        sums.forEach((format, s) -> formats.add(new SourceFormat(format, labelOf(format), s[0], s[1], s[2], s[3], s[4])));
        formats.sort(Comparator.comparingLong(SourceFormat::read).reversed().thenComparing(SourceFormat::label));
        return formats;
    }

    /**
     * A format id for people: its words separated by spaces, vendor names and file types spelled as their
     * owners spell them, the first letter capitalised ({@code pagerduty-log-entries-json} → {@code PagerDuty log
     * entries JSON}). Ids this report has never seen get the same treatment, so a new ingest format needs no
     * change here. Null is {@code Not recognised}.
     */
    public static String labelOf(String format) {
        if (format == null || format.isBlank()) {
            return "Not recognised";
        }
        List<String> words = new ArrayList<>();
        for (String word : format.strip().toLowerCase(Locale.ROOT).split("[-_\\s]+")) {
            if (!word.isEmpty()) {
                words.add(Objects.requireNonNullElse(WORDS.get(word), word));
            }
        }
        String text = String.join(" ", words);
        return text.isEmpty() ? format : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
