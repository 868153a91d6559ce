package dev.opshistory.ingest.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.opshistory.testkit.VendorSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code sample-data/} in the vendors' real shapes: every PagerDuty incident must validate against the
 * {@code Incident} schema of PagerDuty's OpenAPI document (and every log entry against {@code LogEntry}), every
 * Opsgenie alert against the {@code Alert} definition of Opsgenie's OAS, both read from
 * {@code <root>/testdata/formats}.
 *
 * <p>Decisions on the specs' quirks, so that the check is strict where the APIs are and no stricter:
 * <ul>
 *   <li><b>Dialects.</b> PagerDuty's document is OpenAPI 3.0: validated with the validator's OpenAPI 3.0 dialect,
 *       which honours {@code nullable} (declared on {@code summary}, {@code self}, {@code html_url}).
 *       Opsgenie's is Swagger 2.0, whose schema objects are a draft-4 subset: validated as draft 4; its
 *       {@code discriminator} and {@code x-opsgenie-domain} are annotations only (the former is removed, see {@link #withoutSwaggerDiscriminators}).</li>
 *   <li><b>readOnly.</b> The samples are API <em>responses</em>, where read-only fields belong, so read-only
 *       properties are accepted ({@code readOnly(false)}).</li>
 *   <li><b>null.</b> PagerDuty's spec marks few fields {@code nullable}, yet its API sends {@code null} for
 *       the incident's {@code incident_key}, {@code resolved_at}, {@code priority}, {@code resolve_reason},
 *       {@code alert_grouping} and {@code alert_grouping.ended_at}, and a full user's {@code job_title} (the docs
 *       example and the real captures in formats/). Exactly those accept null (the schema is wrapped in
 *       {@code anyOf [schema, null]}, see {@link #PAGERDUTY_NULLABLE}); a null anywhere else, e.g. a null
 *       {@code title}, is still an error.</li>
 *   <li><b>Extra fields.</b> Neither spec forbids additional properties, and real payloads carry fields the
 *       specs lack ({@code description}, {@code impacted_services}, {@code ownerTeamId}, {@code seen}…), so
 *       they pass, as the specs say.</li>
 *   <li><b>Formats.</b> {@code date-time} and the like are asserted; formats the validator does not know
 *       (PagerDuty's {@code url}) are not checked.</li>
 *   <li><b>Opsgenie cross-file refs.</b> The OAS is split over files whose {@code $ref}s
 *       ({@code #/definitions/Responder}) point into the combined document, which the project builds by
 *       merging every file's definitions; {@code definitions_alert.yaml} and {@code definitions_common.yaml}
 *       are merged the same way (a name defined twice fails the test).</li>
 *   <li><b>PagerDuty's {@code Channel}</b> is a {@code oneOf} of variants told apart only in prose ("Will be
 *       {@code api}"), so a real channel such as {@code {"type":"api"}} matches several and no log entry could
 *       pass; it is read as {@code anyOf}.</li>
 * </ul>
 * The vendors' own examples and real captures must pass the same schemas ({@link #vendorExamplesPassTheSameSchemas}),
 * so these decisions follow the real APIs rather than the sample data.
 */
class SampleDataSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Path ROOT = repoRoot();
    private static final Path SAMPLES = ROOT.resolve("sample-data");
    private static final Path FORMATS = ROOT.resolve("testdata/formats");

    private static JsonSchema incidentSchema;
    private static JsonSchema logEntrySchema;
    private static JsonSchema alertSchema;

    @BeforeAll
    static void loadSchemas() throws IOException {
        incidentSchema = VendorSchemas.pagerDuty(FORMATS, "Incident");
        logEntrySchema = VendorSchemas.pagerDuty(FORMATS, "LogEntry");
        alertSchema = VendorSchemas.opsgenieAlert(FORMATS);
    }

    static Stream<String> pagerDutyIncidentFiles() {
        return sampleFiles("pagerduty", "incidents-");
    }

    static Stream<String> pagerDutyLogEntryFiles() {
        return sampleFiles("pagerduty/log_entries", "log-entries-");
    }

    static Stream<String> opsgenieAlertFiles() {
        return sampleFiles("opsgenie", "alerts-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagerDutyIncidentFiles")
    void everyPagerDutyIncidentMatchesTheOpenApiIncidentSchema(String file) throws IOException {
        JsonNode incidents = MAPPER.readTree(SAMPLES.resolve(file).toFile()).path("incidents");

        assertThat(incidents.size()).as("incidents in %s", file).isPositive();
        assertThat(violations(incidentSchema, incidents, i -> "#" + i.path("incident_number").asText())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagerDutyLogEntryFiles")
    void everyPagerDutyLogEntryMatchesTheOpenApiLogEntrySchema(String file) throws IOException {
        JsonNode entries = MAPPER.readTree(SAMPLES.resolve(file).toFile()).path("log_entries");

        assertThat(entries.size()).as("log entries in %s", file).isPositive();
        assertThat(violations(logEntrySchema, entries, e -> "log entry " + e.path("id").asText())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("opsgenieAlertFiles")
    void everyOpsgenieAlertMatchesTheOasAlertDefinition(String file) throws IOException {
        JsonNode alerts = MAPPER.readTree(SAMPLES.resolve(file).toFile()).path("data");

        assertThat(alerts.size()).as("alerts in %s", file).isPositive();
        assertThat(violations(alertSchema, alerts, a -> "tinyId " + a.path("tinyId").asText())).isEmpty();
    }

    @Test
    void sampleHistoryHasTheAdvertisedVolumeWithUniqueIds() {
        List<JsonNode> incidents = records(pagerDutyIncidentFiles(), "incidents");
        List<JsonNode> alerts = records(opsgenieAlertFiles(), "data");

        assertThat(incidents).hasSizeBetween(300, 600);
        assertThat(alerts).hasSizeBetween(200, 400);
        assertThat(incidents.stream().map(i -> i.path("id").asText())).doesNotHaveDuplicates();
        assertThat(alerts.stream().map(a -> a.path("id").asText())).doesNotHaveDuplicates();
    }

    @Test
    void vendorExamplesPassTheSameSchemas() throws IOException {
        List<String> problems = new ArrayList<>();
        Function<JsonNode, String> id = r -> r.path("id").asText();
        for (String file : List.of("api-reference-examples/GET_incidents.response.json", "real-captures/port-ocean.incident.a.json",
                "real-captures/port-ocean.incident.b.json", "real-captures/port-ocean.incident.c.json",
                "real-captures/port-ocean.incident.d.json", "real-captures/hpe-hcss.GET_incidents_id.json")) {
            JsonNode payload = MAPPER.readTree(FORMATS.resolve("pagerduty").resolve(file).toFile());
            JsonNode incidents = payload.has("incidents") ? payload.get("incidents")
                    : MAPPER.createArrayNode().add(payload.has("incident") ? payload.get("incident") : payload);
            problems.addAll(violations(incidentSchema, incidents, r -> file + " " + id.apply(r)));
        }
        // Not log_entries.multi_type.remedy-integration.json: a 2013 payload with the older notification
        // spelling ("email", not "email_notification") and an agent without type, which the current spec rejects.
        for (String file : List.of("api-reference-examples/GET_log_entries.response.json",
                "api-reference-examples/GET_incidents_id_log_entries.response.json")) {
            JsonNode entries = MAPPER.readTree(FORMATS.resolve("pagerduty").resolve(file).toFile()).path("log_entries");
            problems.addAll(violations(logEntrySchema, entries, r -> file + " " + id.apply(r)));
        }
        for (String file : List.of("docs-samples/GET_v2_alerts.list.response.json", "real-captures/port-ocean.alert.a.json",
                "real-captures/port-ocean.alert.b.json", "real-captures/port-ocean.alert.c.json", "real-captures/port-ocean.alert.d.json")) {
            JsonNode payload = MAPPER.readTree(FORMATS.resolve("opsgenie").resolve(file).toFile());
            JsonNode alerts = payload.has("data") ? payload.get("data") : MAPPER.createArrayNode().add(payload);
            problems.addAll(violations(alertSchema, alerts, r -> file + " " + id.apply(r)));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void brokenIncidentIsRejectedAtEachBrokenField() throws IOException {
        JsonNode broken = resource("broken-incident.json");

        assertThat(instanceLocations(incidentSchema.validate(broken)))
                .contains("/status", "/urgency", "/created_at", "/service", "/alert_counts/all", "/title");
    }

    @Test
    void brokenAlertIsRejectedAtEachBrokenField() throws IOException {
        JsonNode broken = resource("broken-alert.json");
        Set<ValidationMessage> errors = alertSchema.validate(broken);

        assertThat(instanceLocations(errors))
                .contains("/count", "/acknowledged", "/createdAt", "/responders/0/type", "/report/ackTime");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.getInstanceLocation().toString()).isEmpty();
            assertThat(e.getMessage()).contains("'id'");
        });
    }

    @Test
    void nullIsAcceptedOnlyWhereThePagerDutyApiSendsIt() throws IOException {
        ObjectNode incident = (ObjectNode) MAPPER.readTree(SAMPLES.resolve("pagerduty/incidents-2026-06.json").toFile())
                .path("incidents").get(0);
        incident.putNull("resolved_at").putNull("incident_key").putNull("priority").putNull("alert_grouping");

        assertThat(incidentSchema.validate(incident)).isEmpty();

        incident.putNull("urgency");
        assertThat(instanceLocations(incidentSchema.validate(incident))).containsExactly("/urgency");
    }

    // ------------------------------------------------------------------ data

    private static List<String> violations(JsonSchema schema, JsonNode records, Function<JsonNode, String> label) {
        List<String> out = new ArrayList<>();
        for (JsonNode record : records) {
            for (ValidationMessage error : schema.validate(record)) {
                out.add(label.apply(record) + " " + error.getMessage());
            }
        }
        return out;
    }

    private static Set<String> instanceLocations(Set<ValidationMessage> errors) {
        return errors.stream().map(e -> e.getInstanceLocation().toString()).collect(Collectors.toCollection(HashSet::new));
    }

    private static List<JsonNode> records(Stream<String> files, String envelopeField) {
        List<JsonNode> out = new ArrayList<>();
        files.forEach(file -> {
            try {
                MAPPER.readTree(SAMPLES.resolve(file).toFile()).path(envelopeField).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    private static Stream<String> sampleFiles(String folder, String prefix) {
        try (Stream<Path> files = Files.list(SAMPLES.resolve(folder))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".json"))
                    .sorted()
                    .map(n -> folder + "/" + n)
                    .toList();
            assertThat(names).as("sample files %s/%s*.json", folder, prefix).isNotEmpty();
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = SampleDataSchemaTest.class.getResourceAsStream("/sampledata/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource sampledata/" + name);
            }
            return MAPPER.readTree(in);
        }
    }

    /**
     * The repository root: the {@code opshistory.root} system property (set by Surefire) or the working
     * directory, walking up from either until a folder holds {@code sample-data/}.
     */
    private static Path repoRoot() {
        String property = System.getProperty("opshistory.root");
        Path start = property == null || property.isBlank() ? Path.of("") : Path.of(property);
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("sample-data"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no sample-data/ above " + start.toAbsolutePath());
    }
}
