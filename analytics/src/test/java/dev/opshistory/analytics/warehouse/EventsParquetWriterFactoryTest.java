package dev.opshistory.analytics.warehouse;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.EventKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.opshistory.analytics.warehouse.WarehouseFixtures.CREATED;
import static dev.opshistory.analytics.warehouse.WarehouseFixtures.bareAlert;
import static dev.opshistory.analytics.warehouse.WarehouseFixtures.fullyClassifiedAlert;
import static dev.opshistory.analytics.warehouse.WarehouseFixtures.writePart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class EventsParquetWriterFactoryTest {

    private static final String EVENT_BY_ID = "SELECT * FROM read_parquet(?) WHERE event_id = ?";

    @TempDir
    Path dir;

    private DuckDb duckDb;

    @BeforeEach
    void openDuckDb() throws Exception {
        duckDb = DuckDb.inMemory();
    }

    @AfterEach
    void closeDuckDb() throws Exception {
        duckDb.close();
    }

    @Test
    void columnTypesAreThoseOfTheWarehouseContract() throws Exception {
        Path file = write(List.of(fullyClassifiedAlert()));

        assertThat(duckDb.describe(file.toString()))
                .containsExactlyInAnyOrderEntriesOf(WarehouseContract.eventColumns());
    }

    @Test
    void everyFieldAndVerdictIsReadBackAsWritten() throws Exception {
        Path file = write(List.of(fullyClassifiedAlert(), bareAlert("other")));

        Map<String, Object> row = duckDb.row(EVENT_BY_ID, file.toString(), "pagerduty:alert:PT4KHLK");

        assertThat(row).contains(
                entry("kind", "ALERT"), entry("source", "pagerduty"), entry("source_id", "PT4KHLK"),
                entry("source_number", "1234"), entry("title", "CPU above 90% on web-01"),
                entry("description", "load spike after deploy"),
                entry("fingerprint", "checkout|CPU above <pct> on <host>"), entry("dedup_key", "cpu/web-01"),
                entry("service", "checkout"), entry("team", "payments"), entry("queue", "payments-primary"),
                entry("priority", "P2"), entry("urgency", "high"), entry("status", "resolved"),
                entry("tags", List.of("cpu", "web")), entry("runbook_url", "https://runbooks.example/cpu"),
                entry("html_url", "https://acme.pagerduty.com/incidents/PT4KHLK"),
                entry("acknowledged_by", "Ada Lovelace"), entry("resolved_by", "Grace Hopper"),
                entry("human_acknowledged", true), entry("auto_resolved", false),
                entry("resolve_reason", "rolled back"), entry("escalations", 1), entry("notifications", 3),
                entry("occurrences", 2), entry("alert_count", 4), entry("severity", "SEV2"),
                entry("source_severity", "priority=P2 urgency=high"), entry("significant", true),
                entry("actionability", "ACTIONABLE"),
                entry("actionability_reason", "HUMAN_HANDLED: acknowledged by a person"),
                entry("repeated", true), entry("flapping", false), entry("duplicate_of", "opsgenie:alert:abc"),
                entry("root_cause", "DEPLOYED_DEFECT"), entry("root_cause_source", "inferred"),
                entry("root_cause_evidence", "description: deploy"), entry("root_cause_confidence", 0.75),
                entry("incident_ref", "postmortem:postmortem:pm-1"), entry("seconds_to_ack", 90L),
                entry("seconds_to_resolve", 600L), entry("hour_band", "SLEEP"), entry("overridden", false),
                entry("truncated", false), entry("source_file", "exports/incidents.json"));
    }

    @Test
    void timestampsAreUtcMicrosecondsToTheMicrosecond() throws Exception {
        Path file = write(List.of(fullyClassifiedAlert()));

        Map<String, Object> row = duckDb.row("""
                SELECT epoch_us(created_at) AS created, epoch_us(updated_at) AS updated,
                       epoch_us(acknowledged_at) AS acknowledged, epoch_us(resolved_at) AS resolved
                FROM read_parquet(?)""", file.toString());
        assertThat(row).containsExactly(
                entry("created", micros(CREATED)),
                entry("updated", micros(WarehouseFixtures.UPDATED)),
                entry("acknowledged", micros(WarehouseFixtures.ACKNOWLEDGED)),
                entry("resolved", micros(WarehouseFixtures.RESOLVED)));

        Map<String, Object> logicalType = duckDb.row(
                "SELECT logical_type FROM parquet_schema(?) WHERE name = 'created_at'", file.toString());
        assertThat((String) logicalType.get("logical_type")).contains("isAdjustedToUTC=1").contains("MICROS=");
    }

    @Test
    void absentFieldsAreReadBackAsNullAndAbsentTagsAsAnEmptyList() throws Exception {
        Path file = write(List.of(bareAlert("lonely")));

        Map<String, Object> row = duckDb.row(EVENT_BY_ID, file.toString(), "opsgenie:alert:lonely");

        List<String> nonNull = new ArrayList<>();
        row.forEach((column, value) -> {
            if (value != null) {
                nonNull.add(column);
            }
        });
        assertThat(nonNull).containsExactlyInAnyOrder("event_id", "kind", "source", "source_id", "tags",
                "significant", "repeated", "flapping", "root_cause_confidence", "overridden", "truncated");
        assertThat(row.get("tags")).isEqualTo(List.of());
    }

    @Test
    void unicodeAnd64KbTextSurviveCharacterForCharacter() throws Exception {
        String unicode = "Zahlung fehlgeschlagen — 決済失敗 🚨 \"quoted\" <b>&amp;</b>";
        String text64k = "ü🚨".repeat(65_536 / 6) + "end";
        CanonicalEvent event = fullyClassifiedAlert().event().toBuilder()
                .title(unicode).description(text64k).tags(List.of("région", "", "🔥")).truncated(true).build();
        Path file = write(List.of(withEvent(fullyClassifiedAlert(), event)));

        Map<String, Object> row = duckDb.row(EVENT_BY_ID, file.toString(), event.eventId());

        assertThat(row.get("title")).isEqualTo(unicode);
        assertThat(row.get("description")).isEqualTo(text64k);
        assertThat(row.get("tags")).isEqualTo(List.of("région", "", "🔥"));
        assertThat(row.get("truncated")).isEqualTo(true);
    }

    @Test
    void everyRowWrittenIsReadOnceAcrossManyRows() throws Exception {
        List<ClassifiedEvent> events = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            events.add(i % 2 == 0 ? bareAlert("a" + i) : WarehouseFixtures.alertCreatedAt("a" + i, CREATED.plusSeconds(i)));
        }
        Path file = write(events);

        Map<String, Object> counts = duckDb.row(
                "SELECT count(*) AS n, count(DISTINCT event_id) AS ids FROM read_parquet(?)", file.toString());

        assertThat(counts).containsExactly(entry("n", 5_000L), entry("ids", 5_000L));
    }

    @Test
    void partFilesAreSnappyCompressed() throws Exception {
        Path file = write(List.of(fullyClassifiedAlert(), bareAlert("x")));

        List<Map<String, Object>> codecs = duckDb.rows(
                "SELECT DISTINCT compression FROM parquet_metadata(?)", file.toString());

        assertThat(codecs).containsExactly(Map.of("compression", "SNAPPY"));
    }

    @Test
    void eventWithoutIdIsRefusedRatherThanWrittenAsABrokenRow() {
        CanonicalEvent noId = CanonicalEvent.builder().kind(EventKind.ALERT).build();

        assertThatThrownBy(() -> write(List.of(withEvent(bareAlert("x"), noId))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event_id");
    }

    private Path write(List<ClassifiedEvent> events) throws Exception {
        return writePart(new EventsParquetWriterFactory(), dir.resolve("part-0-0.parquet"), events);
    }

    private static long micros(java.time.Instant instant) {
        return ChronoUnit.MICROS.between(java.time.Instant.EPOCH, instant);
    }

    private static ClassifiedEvent withEvent(ClassifiedEvent c, CanonicalEvent event) {
        return new ClassifiedEvent(event, c.fingerprint(), c.severity(), c.sourceSeverity(), c.actionability(),
                c.actionabilityReason(), c.repeated(), c.flapping(), c.duplicateOf(), c.rootCause(),
                c.rootCauseSource(), c.rootCauseEvidence(), c.rootCauseConfidence(), c.incidentRef(),
                c.secondsToAck(), c.secondsToResolve(), c.hourBand(), c.significant(), c.overridden());
    }
}
