package dev.opshistory.reports.inputs;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opshistory.model.EventJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the reasons in {@code <run>/rejects.ndjson} (one {@link dev.opshistory.model.Reject} per line),
 * reading it as a stream: a bad export can reject millions of records. Reasons are grouped with the reject's file
 * name taken out, so that a hundred refused files are one reason with a count, not a hundred rows; the file
 * names and every word ingest wrote stay in rejects.ndjson.
 */
public final class RejectReasons {

    /** Where ingest writes rejects, relative to the run folder. */
    public static final Path RELATIVE_PATH = Path.of("rejects.ndjson");

    /** Counted under this reason: a line that is not a reject. */
    public static final String UNREADABLE = "(a line of rejects.ndjson that is not a reject)";

    private static final String NO_REASON = "(no reason given)";

    /** What stands in a reason for the reject's own file. */
    static final String THE_FILE = "the file";

    /**
     * How ingest's reason for a file no parser recognised starts; the rest is the file's name and what the file is
     * (a webhook body, an API response that is no export), or each parser's explanation of why it declined (about
     * 1,500 characters), the same for every such file.
     */
    private static final String UNRECOGNISED_START = "unsupported or unrecognised export: no parser recognises ";

    /** How ingest goes on when it knows what a file no parser reads is. */
    private static final String NAMED = ": it is ";

    /** The reason a file no parser recognised is counted under. */
    public static final String UNRECOGNISED = UNRECOGNISED_START + THE_FILE;

    private RejectReasons() {
    }

    /**
     * The {@code limit} most frequent reasons, most frequent first, ties by reason; empty when the file is
     * missing.
     */
    public static List<ReasonCount> top(Path runDir, int limit) {
        Path file = runDir.resolve(RELATIVE_PATH);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    counts.merge(groupedReasonOf(line), 1L, Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return counts.entrySet().stream()
                .map(e -> new ReasonCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ReasonCount::rejects).reversed()
                        .thenComparing(ReasonCount::reason))
                .limit(limit)
                .toList();
    }

    private static String groupedReasonOf(String line) {
        try {
            JsonNode reject = EventJson.mapper().readTree(line);
            if (reject == null || !reject.isObject()) {
                return UNREADABLE;
            }
            JsonNode reason = reject.get("reason");
            if (reason == null || !reason.isTextual() || reason.asText().isBlank()) {
                return NO_REASON;
            }
            JsonNode file = reject.get("file");
            return grouped(reason.asText(), file != null && file.isTextual() ? file.asText() : null);
        } catch (JacksonException e) {
            return UNREADABLE;
        }
    }

    /**
     * A reason as it is counted: the reject's file, as given and by its bare name, replaced by {@value #THE_FILE}
     * where it stands as a whole word (not inside {@code b.json.bak}), and the unrecognised-file reason cut before
     * the parsers' explanations (what the file is, when ingest could tell, is kept). A name without a directory or an extension ({@code a}) is left alone: it would
     * be taken out of other words.
     *
     * @param file the reject's {@code file}, or null
     */
    public static String grouped(String reason, String file) {
        if (reason.startsWith(UNRECOGNISED_START)) {
            // what the file is, when ingest knew it ("…: it is a PagerDuty webhook (v3) event, not an export; export
            // the incidents with GET /incidents …"), is the advice the reader needs; each parser's refusal is not
            int named = reason.indexOf(NAMED, UNRECOGNISED_START.length());
            return named < 0 ? UNRECOGNISED : UNRECOGNISED + reason.substring(named);
        }
        if (file == null || file.isBlank()) {
            return reason;
        }
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        String text = reason;
        for (String written : List.of(file, name)) {
            if (written.indexOf('/') >= 0 || written.indexOf('\\') >= 0 || written.indexOf('.') > 0) {
                text = Pattern.compile("(?<![\\w.-])" + Pattern.quote(written) + "(?![\\w-]|\\.\\w)").matcher(text)
                        .replaceAll(Matcher.quoteReplacement(THE_FILE));
            }
        }
        return text;
    }
}
