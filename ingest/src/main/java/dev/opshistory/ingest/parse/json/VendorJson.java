package dev.opshistory.ingest.parse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The mapper that reads vendor JSON into trees. Separate from {@code EventJson}'s mapper (which writes our
 * own records) so that reading settings never leak into serialisation. It does not close the streams it
 * reads: {@link dev.opshistory.ingest.parse.ExportParser#parse} leaves closing to the caller.
 *
 * <p>Longest text value: {@value #MAX_STRING_CHARS} characters (64 Mi), instead of Jackson's 20,000,000.
 * DESIGN.md §3 wants a 10 MB or 30 MB title cut to 64 KB, flagged and accepted ({@link TextLimit}), so the
 * parser must be able to read such a value once. The records are read one at a time, so at most one such
 * string is held: Jackson's text buffer, the string built from it and its copy in the tree take about 4 to 6
 * bytes per character, some 400 MB at this bound, within the launcher's default heap ({@code -Xmx2g}). A longer
 * value is not read: it ends the file with one reject saying so (a streaming parser cannot skip it and go on),
 * rather than exhausting the heap. Nesting depth keeps Jackson's default bound (1,000).
 */
public final class VendorJson {

    /** The longest text value read, in characters. */
    public static final int MAX_STRING_CHARS = 64 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private VendorJson() {
    }

    /** The shared, thread-safe reading mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
