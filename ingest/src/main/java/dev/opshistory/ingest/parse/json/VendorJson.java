package dev.opshistory.ingest.parse.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The mapper that reads vendor JSON into trees. Separate from {@code EventJson}'s mapper (which writes our
 * own records) so that reading settings never leak into serialisation. It does not close the streams it
 * reads: {@link dev.opshistory.ingest.parse.ExportParser#parse} leaves closing to the caller.
 */
public final class VendorJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private VendorJson() {
    }

    /** The shared, thread-safe reading mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
