package dev.opshistory.reports.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of {@code summary.json}, shipped in the jar at {@value #RESOURCE}. Formats
 * ({@code date-time}, {@code date}) are asserted, not only annotated.
 */
public final class SummarySchema {

    /** Where the schema lives on the class path. */
    public static final String RESOURCE = "/schema/summary.schema.json";

    private final JsonSchema schema;

    private SummarySchema(JsonSchema schema) {
        this.schema = schema;
    }

    /** Loads the shipped schema. */
    public static SummarySchema load() {
        try (InputStream in = SummarySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return new SummarySchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** What is wrong with {@code summary}, one message per problem; empty when it matches. */
    public List<String> validate(JsonNode summary) {
        return schema.validate(summary).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
