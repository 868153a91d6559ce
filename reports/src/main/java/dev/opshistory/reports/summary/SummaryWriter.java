package dev.opshistory.reports.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code summary.json}: snake_case keys, ISO-8601 UTC instants and dates, nulls kept (an absent
 * median is {@code null}, not a missing key), indented for diffs. Checks each summary against
 * {@link SummarySchema} before writing it, so a file that breaks the published schema is never written.
 */
public final class SummaryWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final SummarySchema schema;

    public SummaryWriter(SummarySchema schema) {
        this.schema = schema;
    }

    /** The summary as a JSON tree. */
    public static JsonNode toJson(Summary summary) {
        return MAPPER.valueToTree(summary);
    }

    /**
     * Writes the summary to {@code file}.
     *
     * @throws IllegalStateException when the summary does not match the schema (a bug here, not bad input)
     */
    public void write(Summary summary, Path file) {
        JsonNode json = toJson(summary);
        List<String> problems = schema.validate(json);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("summary.json would not match its schema: " + problems);
        }
        try {
            Files.writeString(file, MAPPER.writeValueAsString(json) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
