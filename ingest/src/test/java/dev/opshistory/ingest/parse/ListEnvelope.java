package dev.opshistory.ingest.parse;

import java.util.List;

/**
 * A format's list envelope as its export writes it, for {@link ExportParserContractTest}: the key holding the
 * records, the paging fields written after them (each {@code "name": value}), and the envelope of an empty page.
 *
 * @param headerOnly the envelope with no records but its paging fields, as one line
 */
record ListEnvelope(String key, List<String> fields, String headerOnly) {

    /** The envelope around {@code records} (already JSON text), pretty-printed. */
    String around(List<String> records) {
        StringBuilder json = new StringBuilder("{\n  \"").append(key).append("\": [\n")
                .append(String.join(",\n", records)).append("\n  ]");
        for (String field : fields) {
            json.append(",\n  ").append(field);
        }
        return json.append("\n}\n").toString();
    }
}
