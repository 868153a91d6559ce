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
            case "docx-zip-bomb" -> wordDocument(dir.resolve("docx-zip-bomb.docx"), w -> {
                // 64 MB of one letter deflate to about 64 KB: past the inflate ratio POI allows (1 %)
                w.write("<w:p><w:r><w:t>");
                repeat(w, "a".repeat(1024), 64 * 1024);
                w.write("</w:t></w:r></w:p>");
            });
            case "docx-huge-section-10mb" -> wordDocument(dir.resolve("docx-huge-section-10mb.docx"), w -> {
                w.write(paragraph("Heading1", "Checkout outage") + paragraph("Heading1", "Summary")
                        + paragraph(null, "Orders failed for 20 minutes.") + paragraph("Heading1", "Root Cause") + "<w:p><w:r><w:t>");
                // varied words, as a long write-up holds: they deflate about 3 to 1, not like a zip bomb
                java.util.Random words = new java.util.Random(7);
                String[] vocabulary = {"the ", "queue ", "worker ", "retried ", "database ", "lock ", "timeout ", "after ",
                    "deploy ", "cache ", "node ", "region ", "error ", "rate ", "when ", "and "};
                for (long written = 0; written < 10L * MB; ) {
                    String word = vocabulary[words.nextInt(vocabulary.length)] + words.nextInt(100_000) + " ";
                    w.write(word);
                    written += word.length();
                }
                w.write("</w:t></w:r></w:p>" + paragraph("Heading1", "Impact") + paragraph(null, "12% of orders failed."));
            });
            case "odt-zip-bomb" -> {
                Path file = dir.resolve("odt-zip-bomb.odt");
                try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file));
                     Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
                    entry(zip, w, "mimetype", "application/vnd.oasis.opendocument.text");
                    zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
                    w.write("<office:document-content><office:body><office:text><text:p>");
                    repeat(w, "a".repeat(1024), 80 * 1024); // 80 MB of one letter
                    w.write("</text:p></office:text></office:body></office:document-content>");
                    w.flush();
                    zip.closeEntry();
                }
                yield file;
            }
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

    /**
     * A Word document whose body is what {@code body} writes (WordprocessingML paragraphs): the parts a .docx needs
     * (content types, relationships, a style for headings), written as a zip, with the body streamed into it.
     */
    private static Path wordDocument(Path file, Body body) throws IOException {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file));
             Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            String main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            entry(zip, w, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>");
            entry(zip, w, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, w, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            entry(zip, w, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"" + main + "\">"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>");
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + main + "\"><w:body>");
            body.write(w);
            w.write("</w:body></w:document>");
            w.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(java.util.zip.ZipOutputStream zip, Writer w, String name, String xml) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        w.write(xml);
        w.flush();
        zip.closeEntry();
    }

    /** One WordprocessingML paragraph of one run, in a style (by id) or none. */
    private static String paragraph(String styleId, String text) {
        return "<w:p>" + (styleId == null ? "" : "<w:pPr><w:pStyle w:val=\"" + styleId + "\"/></w:pPr>")
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static void repeat(Writer w, String text, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            w.write(text);
        }
    }
}
