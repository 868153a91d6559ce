package dev.opshistory.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The vendors' schemas from {@code testdata/formats}, for tests that validate sample and generated data against
 * them. PagerDuty's OpenAPI 3.0 document is read with {@code nullable} honoured, {@code null} accepted exactly
 * where the real API sends it, read-only fields accepted in responses, and {@code Channel}'s prose-only
 * {@code oneOf} read as {@code anyOf}; Opsgenie's Swagger 2.0 definitions are merged into one document and
 * validated as draft 4 without their string {@code discriminator}s. The reasons are in the ingest module's
 * {@code SampleDataSchemaTest}.
 */
public final class VendorSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Property schemas, under PagerDuty's {@code components/schemas}, where the real API sends {@code null}. */
    private static final List<String> PAGERDUTY_NULLABLE = List.of(
            "/Incident/allOf/1/properties/alert_grouping/properties/ended_at",
            "/Incident/allOf/1/properties/incident_key",
            "/Incident/allOf/1/properties/resolved_at",
            "/Incident/allOf/1/properties/priority",
            "/Incident/allOf/1/properties/resolve_reason",
            "/Incident/allOf/1/properties/alert_grouping",
            "/User/allOf/1/properties/job_title");

    private VendorSchemas() {
    }


    private static SchemaValidatorsConfig config() {
        return SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .nullableKeywordEnabled(true)
                .readOnly(false)
                .build();
    }

    /**
     * A schema of PagerDuty's OpenAPI document by its name under {@code components/schemas}: the whole document,
     * with a root {@code $ref} to that schema so its own refs resolve.
     */
    public static JsonSchema pagerDuty(Path formats, String schemaName) throws IOException {
        Path specFile = formats.resolve("pagerduty/spec/PagerDuty-api-schema.REST.openapiv3.json");
        ObjectNode spec = (ObjectNode) MAPPER.readTree(specFile.toFile());
        JsonNode schemas = spec.at("/components/schemas");
        for (String pointer : PAGERDUTY_NULLABLE) {
            allowNull(schemas, pointer);
        }
        ObjectNode channel = (ObjectNode) spec.at("/components/schemas/Channel");
        if (!channel.has("oneOf")) {
            throw new IllegalStateException("PagerDuty spec changed: Channel has no oneOf");
        }
        channel.set("anyOf", channel.remove("oneOf"));
        spec.put("$ref", "#/components/schemas/" + schemaName);
        // The document's top-level OpenAPI fields sit beside the root $ref; they are not schema keywords.
        JsonSchemaFactory factory = factory(OpenApi30.getInstance(),
                "openapi", "info", "security", "tags", "servers", "components", "paths");
        return factory.getSchema(SchemaLocation.of(specFile.toUri().toString()), spec, config());
    }

    /** A factory whose only dialect is {@code base} plus the named keywords, known to carry no assertion. */
    private static JsonSchemaFactory factory(JsonMetaSchema base, String... annotations) {
        JsonMetaSchema dialect = JsonMetaSchema.builder(base)
                .keywords(Arrays.stream(annotations).map(NonValidationKeyword::new).toList())
                .build();
        return JsonSchemaFactory.getInstance(VersionFlag.V4,
                builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri()));
    }

    /** Replaces the property schema at {@code pointer} with {@code anyOf [that schema, null]}. */
    private static void allowNull(JsonNode schemas, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = schemas.at(pointer.substring(0, slash));
        String name = pointer.substring(slash + 1);
        JsonNode original = parent.get(name);
        if (!(parent instanceof ObjectNode owner) || original == null) {
            throw new IllegalStateException("PagerDuty spec changed: no schema at " + pointer);
        }
        ObjectNode wrapped = MAPPER.createObjectNode();
        wrapped.putArray("anyOf").add(original).addObject().putArray("enum").addNull();
        owner.set(name, wrapped);
    }

    /** Opsgenie's {@code Alert}: the alert and common definitions merged into one Swagger-style document, with a root {@code $ref} to Alert. */
    public static JsonSchema opsgenieAlert(Path formats) throws IOException {
        Path specDir = formats.resolve("opsgenie/spec-opsgenie-oas");
        Map<String, Object> definitions = new LinkedHashMap<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (String file : List.of("definitions_alert.yaml", "definitions_common.yaml")) {
            try (Reader in = Files.newBufferedReader(specDir.resolve(file), StandardCharsets.UTF_8)) {
                Map<String, Object> loaded = yaml.load(in);
                loaded.forEach((name, definition) -> {
                    if (definitions.putIfAbsent(name, definition) != null) {
                        throw new IllegalStateException("Opsgenie definition " + name + " is defined twice");
                    }
                });
            }
        }
        ObjectNode document = MAPPER.createObjectNode();
        document.put("$ref", "#/definitions/Alert");
        document.set("definitions", withoutSwaggerDiscriminators(MAPPER.valueToTree(definitions)));
        return factory(JsonMetaSchema.getV4(), "x-discriminator-value", "x-opsgenie-domain")
                .getSchema(SchemaLocation.of(specDir.resolve("swagger.combined.json").toUri().toString()), document, config());
    }

    /**
     * Drops Swagger 2.0's string-valued {@code discriminator}: a hint for code generators (which subtype to
     * instantiate) that asserts nothing, and that the validator would misread as OpenAPI 3.0's object form.
     */
    private static JsonNode withoutSwaggerDiscriminators(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("discriminator").isTextual()) {
            object.remove("discriminator");
        }
        node.forEach(VendorSchemas::withoutSwaggerDiscriminators);
        return node;
    }
}
