package dev.opshistory.app.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Reads {@code summary.json}: the figures two runs are compared on. */
final class Summaries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Summaries() {
    }

    static JsonNode read(Path out) throws IOException {
        return JSON.readTree(out.resolve("summary.json").toFile());
    }
}
