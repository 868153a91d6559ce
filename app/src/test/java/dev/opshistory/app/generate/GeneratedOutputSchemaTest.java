package dev.opshistory.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.opshistory.testkit.VendorSchemas;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated records validate against the vendors' own schemas in {@code testdata/formats}: PagerDuty's
 * OpenAPI {@code Incident} and {@code LogEntry}, Opsgenie's OAS {@code Alert} (read as {@link VendorSchemas} says).
 */
class GeneratedOutputSchemaTest {

    /** The vendor schemas under the repository root that surefire names. */
    private static final Path FORMATS = Path.of(System.getProperty("opshistory.root", "..")).resolve("testdata/formats");

    @TempDir
    static Path out;

    @BeforeAll
    static void generate() {
        GeneratedFiles.generate(out, "--alerts", "1200", "--days", "10", "--seed", "3", "--page-size", "500",
                "--formats", "pagerduty-json,opsgenie-json");
    }

    @Test
    void everyIncidentMatchesPagerDutysIncidentSchema() throws IOException {
        List<JsonNode> incidents = GeneratedFiles.records(out, "pagerduty", "incidents-", "incidents");

        assertThat(incidents).hasSize(720);
        assertThat(violations(VendorSchemas.pagerDuty(FORMATS, "Incident"), incidents, i -> "#" + i.path("incident_number").asText())).isEmpty();
    }

    @Test
    void everyLogEntryMatchesPagerDutysLogEntrySchema() throws IOException {
        List<JsonNode> entries = GeneratedFiles.records(out, "pagerduty/log_entries", "log-entries-", "log_entries");

        assertThat(entries).hasSizeGreaterThan(720);
        assertThat(violations(VendorSchemas.pagerDuty(FORMATS, "LogEntry"), entries, e -> e.path("type").asText() + " " + e.path("id").asText()))
                .isEmpty();
    }

    @Test
    void everyAlertMatchesOpsgeniesAlertDefinition() throws IOException {
        List<JsonNode> alerts = GeneratedFiles.records(out, "opsgenie", "alerts-", "data");

        assertThat(alerts).hasSize(480);
        assertThat(violations(VendorSchemas.opsgenieAlert(FORMATS), alerts, a -> "tinyId " + a.path("tinyId").asText())).isEmpty();
    }

    @Test
    void theSchemasRejectABrokenRecord() throws IOException {
        JsonNode incident = GeneratedFiles.records(out, "pagerduty", "incidents-", "incidents").get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) incident).put("status", "sleeping").putNull("title");

        assertThat(VendorSchemas.pagerDuty(FORMATS, "Incident").validate(incident))
                .extracting(e -> e.getInstanceLocation().toString()).contains("/status", "/title");
    }

    private static List<String> violations(JsonSchema schema, List<JsonNode> records, Function<JsonNode, String> label) {
        List<String> out = new ArrayList<>();
        for (JsonNode record : records) {
            for (ValidationMessage error : schema.validate(record)) {
                out.add(label.apply(record) + " " + error.getMessage());
            }
        }
        return out;
    }
}
