package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.reports.summary.SummarySchema;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The schema can fail: it rejects summaries that break the published shape. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummarySchemaTest {

    private ObjectNode generated;

    /** One report for the class; each test breaks its own copy of the summary. */
    @BeforeAll
    void generateOneSummary(@TempDir Path dir) throws IOException {
        ReportResult result = new ReportGenerator().generate(ReportRequest.of(dir));
        generated = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.summary().toFile());
    }

    private ObjectNode validSummary() {
        return generated.deepCopy();
    }

    @Test
    void theGeneratedSummaryIsValid() {
        assertThat(SummarySchema.load().validate(validSummary())).isEmpty();
    }

    @Test
    void missingTotalsIsRejected() {
        ObjectNode summary = validSummary();
        summary.remove("totals");
        assertThat(SummarySchema.load().validate(summary)).anyMatch(m -> m.contains("totals"));
    }

    @Test
    void undeclaredKeyIsRejected() {
        ObjectNode summary = validSummary();
        ((ObjectNode) summary.get("by_severity")).put("SEV6", 1);
        assertThat(SummarySchema.load().validate(summary)).anyMatch(m -> m.contains("SEV6"));
    }

    @Test
    void negativeCountAndBadInstantAreRejected() {
        ObjectNode summary = validSummary();
        ((ObjectNode) summary.get("totals")).put("alerts", -1);
        ((ObjectNode) summary.get("period")).put("from", "last Tuesday");
        JsonNode broken = summary;
        assertThat(SummarySchema.load().validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void otherSchemaVersionIsRejected() {
        ObjectNode summary = validSummary();
        summary.put("schema_version", 2);
        assertThat(SummarySchema.load().validate(summary)).isNotEmpty();
    }
}
