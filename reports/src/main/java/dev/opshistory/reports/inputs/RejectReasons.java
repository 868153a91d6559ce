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

/**
 * Counts the reasons in {@code <run>/rejects.ndjson} (one {@link dev.opshistory.model.Reject} per line),
 * reading it as a stream: a bad export can reject millions of records.
 */
public final class RejectReasons {

    /** Where ingest writes rejects, relative to the run folder. */
    public static final Path RELATIVE_PATH = Path.of("rejects.ndjson");

    /** Counted under this reason: a line that is not a reject. */
    public static final String UNREADABLE = "(a line of rejects.ndjson that is not a reject)";

    private static final String NO_REASON = "(no reason given)";

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
                    counts.merge(reasonOf(line), 1L, Long::sum);
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

    private static String reasonOf(String line) {
        try {
            JsonNode reject = EventJson.mapper().readTree(line);
            if (reject == null || !reject.isObject()) {
                return UNREADABLE;
            }
            JsonNode reason = reject.get("reason");
            return reason == null || !reason.isTextual() || reason.asText().isBlank() ? NO_REASON : reason.asText();
        } catch (JacksonException e) {
            return UNREADABLE;
        }
    }
}
