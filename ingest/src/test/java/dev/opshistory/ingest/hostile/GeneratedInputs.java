package dev.opshistory.ingest.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.SharedFormatsAccess;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the corpus inputs that are too large to commit (deep nesting, megabyte strings, files over a parser's
 * size limit) from real records, at test time, into a scratch folder. Each generator is named by the
 * {@code generate} field of its {@code <case>.expected.json}.
 */
final class GeneratedInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MB = 1024 * 1024;

    private GeneratedInputs() {
    }

    /** Writes the input of generator {@code name} into {@code dir} and returns its path. */
    static Path write(String name, Path dir) throws IOException {
        return switch (name) {
            case "deep-array-100k" -> text(dir.resolve("deep-array-100k.json"), w -> repeat(w, "[", 100_000));
            case "deep-array-in-record-100k" -> text(dir.resolve("deep-array-in-record-100k.json"), w -> {
                w.write("{\"incidents\": [" + incident("PDEEP01") + ",\n");
                String second = incident("PDEEP02").toString();
                w.write(second, 0, second.length() - 1);
                w.write(", \"custom\": ");
                repeat(w, "[", 100_000);
                repeat(w, "]", 100_000);
                w.write("},\n" + incident("PDEEP03") + "], \"more\": false}");
            });
            case "huge-title-10mb" -> text(dir.resolve("huge-title-10mb.json"), w -> {
                w.write("{\"incidents\": [");
                w.write(incident("PHUGE01").put("title", "é".repeat(5 * MB)).toString()); // 10 MB of UTF-8
                w.write(",\n" + incident("PHUGE02") + "], \"more\": false}");
            });
            case "huge-title-30mb" -> text(dir.resolve("huge-title-30mb.json"), w -> {
                w.write("{\"incidents\": [" + incident("PHUGE01") + ",\n");
                w.write(incident("PHUGE02").put("title", "x".repeat(30 * MB)).toString());
                w.write(",\n" + incident("PHUGE03") + "], \"more\": false}");
            });
            case "ndjson-huge-line-30mb" -> text(dir.resolve("ndjson-huge-line-30mb.ndjson"), w -> {
                w.write(alert("00000000-0000-4000-8000-000000000001") + "\n");
                w.write(alert("00000000-0000-4000-8000-000000000002").put("message", "x".repeat(30 * MB)) + "\n");
                w.write(alert("00000000-0000-4000-8000-000000000003") + "\n");
            });
            case "ndjson-huge-line-300mb" -> text(dir.resolve("ndjson-huge-line-300mb.ndjson"), w -> {
                // a real alert whose message is 300 MB, written as a stream: the line is never built in memory here
                String[] around = alert("00000000-0000-4000-8000-000000000002").put("message", "@MESSAGE@").toString()
                        .split("@MESSAGE@");
                w.write(alert("00000000-0000-4000-8000-000000000001") + "\n");
                w.write(around[0]);
                String megabyte = "x".repeat(MB);
                repeat(w, megabyte, 300);
                w.write(around[1] + "\n");
                w.write(alert("00000000-0000-4000-8000-000000000003") + "\n");
            });
            case "huge-csv-cell-10mb" -> text(dir.resolve("huge-csv-cell-10mb.csv"), w -> {
                w.write(CsvRows.HEADER + "\n");
                w.write(CsvRows.row("QHUGE0001", "\"" + "x".repeat(10 * MB) + "\"") + "\n");
                w.write(CsvRows.row("QHUGE0002", "Heartbeat missed") + "\n");
            });
            case "csv-unclosed-quote-10mb" -> text(dir.resolve("csv-unclosed-quote-10mb.csv"), w -> {
                w.write(CsvRows.HEADER + "\n");
                w.write(CsvRows.row("QOPEN0001", "Heartbeat missed") + "\n");
                w.write(CsvRows.row("QOPEN0002", "\"never closed") + "\n");
                for (int i = 0; i < 100_000; i++) {
                    w.write(CsvRows.row("QOPEN" + (i + 3), "row " + i) + "\n");
                }
            });
            case "markdown-huge-section-10mb" -> text(dir.resolve("markdown-huge-section-10mb.md"), w -> {
                w.write("# Checkout outage\n\n## Summary\n");
                repeat(w, "All hands on deck. ", 10 * MB / 19);
                w.write("\n\n## Impact\n12% of orders failed.\n\n## Root Cause\nA flag.\n");
            });
            case "markdown-over-32mib" -> text(dir.resolve("markdown-over-32mib.md"), w -> {
                w.write("# Checkout outage\n\n## Summary\nShort.\n\n## Impact\nSome.\n\n## Root Cause\n");
                repeat(w, "A flag defaulted to on. ", 33 * MB / 24 + 1);
            });
            case "markdown-deep-blockquote-100k" -> text(dir.resolve("markdown-deep-blockquote-100k.md"), w -> {
                w.write("# Checkout outage\n\n## Summary\nShort.\n\n## Impact\nSome.\n\n## Root Cause\n");
                repeat(w, ">", 100_000);
                w.write(" a flag\n");
            });
            case "markdown-deep-list-1k" -> text(dir.resolve("markdown-deep-list-1k.md"), w -> {
                w.write("# Checkout outage\n\n## Summary\nShort.\n\n## Impact\nSome.\n\n## Action Items\n");
                for (int i = 0; i < 1_000; i++) {
                    repeat(w, " ", 2 * i);
                    w.write("- level " + i + "\n");
                }
            });
            case "markdown-deep-brackets-100k" -> text(dir.resolve("markdown-deep-brackets-100k.md"), w -> {
                w.write("# Checkout outage\n\n## Summary\nShort.\n\n## Impact\nSome.\n\n## Root Cause\n");
                repeat(w, "[", 100_000);
                repeat(w, "*_", 50_000);
                repeat(w, "](", 50_000);
                w.write("\n");
            });
            case "html-deep-divs-100k" -> text(dir.resolve("html-deep-divs-100k.html"), w -> {
                w.write("<html><body><h1>Checkout outage</h1><h2>Summary</h2><p>Short.</p><h2>Impact</h2><p>Some.</p>"
                        + "<h2>Root Cause</h2>");
                repeat(w, "<div><ul><li><blockquote>", 25_000);
                w.write("a flag</body></html>\n");
            });
            case "html-huge-section-10mb" -> text(dir.resolve("html-huge-section-10mb.html"), w -> {
                w.write("<html><body><h1>Checkout outage</h1><h2>Summary</h2><p>");
                repeat(w, "All hands on <b>deck</b>. ", 10 * MB / 26);
                w.write("</p><h2>Impact</h2><p>12% of orders failed.</p><h2>Root Cause</h2><p>A flag.</p></body></html>\n");
            });
            default -> throw new IllegalArgumentException("no generator " + name);
        };
    }

    /** A real PagerDuty incident (the API reference's first) under another id. */
    private static ObjectNode incident(String id) {
        return real("pagerduty/api-reference-examples/GET_incidents.response.json", "incidents").put("id", id);
    }

    /** A real Opsgenie alert (the docs sample's first) under another id. */
    private static ObjectNode alert(String id) {
        return real("opsgenie/docs-samples/GET_v2_alerts.list.response.json", "data").put("id", id);
    }

    private static ObjectNode real(String sharedPath, String list) {
        try {
            return (ObjectNode) JSON.readTree(SharedFormatsAccess.file(sharedPath).toFile()).get(list).get(0).deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static Path text(Path file, Body body) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(w);
        }
        return file;
    }

    private static void repeat(Writer w, String text, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            w.write(text);
        }
    }
}
