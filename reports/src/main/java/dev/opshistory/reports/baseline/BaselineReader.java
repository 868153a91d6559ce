package dev.opshistory.reports.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares this review's headline figures with an earlier review's summary.json. */
public final class BaselineReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BaselineReader() {
    }

    /**
     * The comparison.
     *
     * @param current this review's headline figures (key → value, null when unknown)
     * @throws IllegalArgumentException when the file is missing or is not a summary.json
     */
    public static BaselineComparison compare(Path file, Map<String, Double> current) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no baseline summary at " + file);
        }
        JsonNode baseline;
        try {
            baseline = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a summary.json: " + e.getMessage(), e);
        }
        if (baseline == null || !baseline.isObject() || !baseline.has("schema_version")) {
            throw new IllegalArgumentException(file + " is not a summary.json (no schema_version)");
        }
        List<BaselineComparison.Row> rows = new ArrayList<>();
        Headline.LABELS.forEach((key, label) -> {
            Double before = valueOf(baseline, key);
            Double now = current.get(key);
            rows.add(new BaselineComparison.Row(key, label, before, now,
                    before == null || now == null ? null : now - before));
        });
        return new BaselineComparison(file.toString(), text(baseline.at("/title")),
                instant(baseline.at("/period/from")), instant(baseline.at("/period/to")), rows);
    }

    private static Double valueOf(JsonNode baseline, String key) {
        JsonNode value = baseline.at("/headline/" + key);
        if (value.isMissingNode() && Headline.LEGACY_POINTERS.containsKey(key)) {
            value = baseline.at(Headline.LEGACY_POINTERS.get(key));
        }
        return value.isNumber() ? value.asDouble() : null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Instant instant(JsonNode node) {
        try {
            return node.isTextual() ? Instant.parse(node.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
