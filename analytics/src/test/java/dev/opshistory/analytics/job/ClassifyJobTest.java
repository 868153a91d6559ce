package dev.opshistory.analytics.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.analytics.assemble.IngestRecord;
import dev.opshistory.analytics.overrides.Overrides;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.model.Actionability;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Severity;
import dev.opshistory.model.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The production pipeline ({@link ClassifyJob#build}) on a MiniCluster at parallelism 2. */
class ClassifyJobTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Instant NIGHT = Instant.parse("2026-06-02T03:00:00Z");

    @Test
    void versionsAreMergedLogsFoldedAndEveryAlertClassifiedOnce() throws Exception {
        List<IngestRecord> input = new ArrayList<>();
        // PX1: exported while open, then resolved; a person acknowledged it (from the log) and resolved it.
        input.add(IngestRecord.of(alert("PX1", "P2", "resolved", NIGHT.plus(Duration.ofHours(1)))
                .toBuilder().sourceNumber("4253").resolvedAt(NIGHT.plus(Duration.ofHours(1))).resolvedBy("Ana").autoResolved(false)
                .build()));
        input.add(IngestRecord.of(alert("PX1", "P2", "triggered", NIGHT)));
        input.add(IngestRecord.of(new Enrichment("pagerduty:alert:PX1", EnrichmentType.ACKNOWLEDGE, "L1",
                NIGHT.plus(Duration.ofMinutes(3)), "Ana", true, "mobile", null, null, null, null, "log.json")));
        input.add(IngestRecord.of(new Enrichment("pagerduty:alert:PX1", EnrichmentType.NOTE, "N1",
                NIGHT.plus(Duration.ofMinutes(20)), "Ana", true, null, "rolled back the deploy", null, null, null,
                "PX1.notes.json")));
        // PX2: resolved by the integration two minutes after it fired, nobody acknowledged: transient.
        input.add(IngestRecord.of(alert("PX2", "P4", "resolved", NIGHT.plus(Duration.ofMinutes(2)))
                .toBuilder().resolvedAt(NIGHT.plus(Duration.ofMinutes(2))).resolvedBy("Datadog")
                .autoResolved(true).build()));
        // A postmortem naming PX1 by its incident number: its human-written cause wins over any inference.
        input.add(IngestRecord.of(CanonicalEvent.builder().source(Source.POSTMORTEM).kind(EventKind.POSTMORTEM)
                .sourceId("2026-06-02-checkout").title("Checkout errors after the 2.14 release")
                .createdAt(NIGHT.plus(Duration.ofDays(2)))
                .postmortem(new PostmortemDetails("2026-06-02", List.of("#4253"), "Checkout failed for 40 minutes.",
                        null, "40 minutes", "A code change in release 2.14 introduced a null pointer regression "
                                + "in the payment form; the bad deploy was rolled back.",
                        "Deploy of release 2.14", "Rolled back the release", null, List.of(), null, false))
                .build()));
        // Many more distinct alerts so both subtasks get work.
        for (int i = 0; i < 40; i++) {
            input.add(IngestRecord.of(alert("PB" + i, "P3", "resolved", NIGHT.plusSeconds(60L * i))));
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        DataStream<IngestRecord> source = env.fromData(IngestRecord.class, input.toArray(IngestRecord[]::new));
        List<ClassifiedEvent> out = new ArrayList<>();
        ClassifyJob.build(source, RuleSettings.defaults(), Overrides.none()).events().executeAndCollect().forEachRemaining(out::add);

        Map<String, ClassifiedEvent> byId = out.stream()
                .collect(Collectors.toMap(e -> e.event().sourceId(), Function.identity()));
        assertThat(out).hasSize(42);
        ClassifiedEvent px1 = byId.get("PX1");
        assertThat(px1.event().status()).isEqualTo("resolved");
        assertThat(px1.event().acknowledgedBy()).isEqualTo("Ana");
        assertThat(px1.event().notes()).containsExactly("rolled back the deploy");
        assertThat(px1.severity()).isEqualTo(Severity.SEV2);
        assertThat(px1.actionability()).isEqualTo(Actionability.ACTIONABLE);
        assertThat(px1.secondsToAck()).isEqualTo(180L);
        assertThat(px1.significant()).isTrue();
        assertThat(px1.rootCause()).isEqualTo(RootCause.DEPLOYED_DEFECT);
        assertThat(px1.rootCauseSource()).isEqualTo("human");
        assertThat(px1.incidentRef()).isEqualTo("postmortem:postmortem:2026-06-02-checkout");
        ClassifiedEvent px2 = byId.get("PX2");
        assertThat(px2.actionability()).isEqualTo(Actionability.NON_ACTIONABLE);
        assertThat(px2.incidentRef()).isNull();
        assertThat(px2.rootCauseSource()).isEqualTo("inferred");
        assertThat(px2.severity()).isEqualTo(Severity.SEV4);
        assertThat(px2.fingerprint()).isEqualTo(byId.get("PB7").fingerprint());
    }

    @Test
    void enrichmentsWhoseEventNeverArrivesAreTheOrphansOutput() throws Exception {
        List<IngestRecord> input = new ArrayList<>();
        input.add(IngestRecord.of(alert("PX1", "P2", "resolved", NIGHT)));
        input.add(IngestRecord.of(new Enrichment("pagerduty:alert:PX1", EnrichmentType.ACKNOWLEDGE, "L1",
                NIGHT.plus(Duration.ofMinutes(3)), "Ana", true, "mobile", null, null, null, null, "log.json")));
        // log entries of an incident the export left out
        for (int i = 0; i < 3; i++) {
            input.add(IngestRecord.of(new Enrichment("pagerduty:alert:GONE", EnrichmentType.NOTIFY, "L-gone-" + i,
                    NIGHT.plus(Duration.ofMinutes(i)), "PagerDuty", false, "auto", null, null, null, null, "gone.json")));
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        DataStream<IngestRecord> source = env.fromData(IngestRecord.class, input.toArray(IngestRecord[]::new));
        List<Enrichment> orphans = new ArrayList<>();
        ClassifyJob.build(source, RuleSettings.defaults(), Overrides.none()).orphans().executeAndCollect()
                .forEachRemaining(orphans::add);

        assertThat(orphans).extracting(Enrichment::sourceId)
                .containsExactlyInAnyOrder("L-gone-0", "L-gone-1", "L-gone-2");
        assertThat(orphans).allSatisfy(o -> assertThat(o.sourceFile()).isEqualTo("gone.json"));
    }

    private static CanonicalEvent alert(String id, String priority, String status, Instant updated) {
        return CanonicalEvent.builder().source(Source.PAGERDUTY).kind(EventKind.ALERT).sourceId(id)
                .title("Disk usage above " + (80 + id.length()) + "% on db-" + id.hashCode() % 7)
                .service("checkout-api").priority(priority).urgency("high").status(status)
                .createdAt(NIGHT).updatedAt(updated).tags(List.of("prod")).build();
    }
}
