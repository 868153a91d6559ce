package dev.opshistory.analytics.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.analytics.assemble.EventAssemblyFunction;
import dev.opshistory.analytics.assemble.IngestRecord;
import dev.opshistory.analytics.link.Postmortems;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.analytics.warehouse.ClassifiedPostmortem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The keyed step that assembles, classifies and links alerts and incidents, under Flink's operator harness. */
class AssembleClassifyLinkFunctionTest {

    private static final Duration SETTLE_TIME = Duration.ofDays(1);
    private static final Instant FIRED = Instant.parse("2026-06-02T02:00:00Z");
    private static final Instant THREE_MINUTES_LATER = FIRED.plus(Duration.ofMinutes(3));
    private static final Instant AN_HOUR_LATER = FIRED.plus(Duration.ofHours(1));
    private static final Instant SETTLED = FIRED.plus(SETTLE_TIME);
    private static final Instant TWO_DAYS_LATER = FIRED.plus(Duration.ofDays(2));

    private final EventClassifier classifier = new EventClassifier(RuleSettings.defaults());
    private KeyedBroadcastOperatorTestHarness<String, IngestRecord, ClassifiedPostmortem, ClassifiedEvent> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new AssembleClassifyLinkFunction(RuleSettings.defaults(), SETTLE_TIME),
                IngestRecord::eventId, Types.STRING, AssembleClassifyLinkFunction.POSTMORTEMS);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void twoVersionsAndALogEntryAreAssembledClassifiedAndLinkedToTheirPostmortemOnce() throws Exception {
        harness.processBroadcastElement(classifier.classifyPostmortem(Postmortems.deployDefect(TWO_DAYS_LATER)),
                TWO_DAYS_LATER.toEpochMilli());
        harness.processElement(IngestRecord.of(version("resolved", AN_HOUR_LATER)), AN_HOUR_LATER.toEpochMilli());
        harness.processElement(IngestRecord.of(version("triggered", FIRED)), FIRED.toEpochMilli());
        harness.processElement(IngestRecord.of(acknowledgement()), THREE_MINUTES_LATER.toEpochMilli());
        assertThat(numKeyedStateEntries()).isEqualTo(2);
        assertThat(harness.numEventTimeTimers()).isEqualTo(2);

        harness.watermark(Long.MAX_VALUE);

        assertThat(emitted()).singleElement().satisfies(e -> {
            assertThat(e.event().status()).isEqualTo("resolved");
            assertThat(e.event().acknowledgedBy()).isEqualTo("Ana");
            assertThat(e.secondsToAck()).isEqualTo(180L);
            assertThat(e.rootCause()).isEqualTo(RootCause.DEPLOYED_DEFECT);
            assertThat(e.rootCauseSource()).isEqualTo("human");
            assertThat(e.incidentRef()).isEqualTo("postmortem:postmortem:2026-06-02-checkout");
            assertThat(e.significant()).isTrue();
        });
        assertThat(numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void eventNoPostmortemNamesKeepsItsInferredVerdicts() throws Exception {
        CanonicalEvent event = version("resolved", AN_HOUR_LATER);
        harness.processElement(IngestRecord.of(event), AN_HOUR_LATER.toEpochMilli());

        harness.watermark(Long.MAX_VALUE);

        assertThat(emitted()).containsExactly(classifier.classify(event));
    }

    @Test
    void postmortemArrivingAfterTheEventSettledIsNotApplied() throws Exception {
        CanonicalEvent event = version("resolved", AN_HOUR_LATER);
        harness.processElement(IngestRecord.of(event), AN_HOUR_LATER.toEpochMilli());
        harness.watermark(SETTLED.toEpochMilli());
        harness.processBroadcastElement(classifier.classifyPostmortem(Postmortems.deployDefect(TWO_DAYS_LATER)),
                TWO_DAYS_LATER.toEpochMilli());
        harness.watermark(Long.MAX_VALUE);

        assertThat(emitted()).containsExactly(classifier.classify(event));
    }

    @Test
    void logEntryWithoutItsEventGoesToTheOrphanOutputAndLeavesNoState() throws Exception {
        harness.processElement(IngestRecord.of(acknowledgement()), THREE_MINUTES_LATER.toEpochMilli());

        harness.watermark(Long.MAX_VALUE);

        assertThat(emitted()).isEmpty();
        assertThat(harness.getSideOutput(EventAssemblyFunction.ORPHANS)).hasSize(1);
        assertThat(numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    /** As the one-input keyed harness counts them; the broadcast harness does not. */
    private int numKeyedStateEntries() {
        AbstractStreamOperator<?> operator = (AbstractStreamOperator<?>) harness.getOperator();
        return ((HeapKeyedStateBackend<?>) operator.getKeyedStateBackend()).numKeyValueStateEntries();
    }

    private List<ClassifiedEvent> emitted() {
        return harness.extractOutputValues();
    }

    private static CanonicalEvent version(String status, Instant updatedAt) {
        return CanonicalEvent.builder().source(Source.PAGERDUTY).kind(EventKind.ALERT).sourceId("PX1")
                .sourceNumber("4253").title("Disk usage above 90% on db-3").service("checkout-api")
                .priority("P3").urgency("high").status(status).createdAt(FIRED).updatedAt(updatedAt)
                .tags(List.of("prod")).build();
    }

    private static Enrichment acknowledgement() {
        return new Enrichment("pagerduty:alert:PX1", EnrichmentType.ACKNOWLEDGE, "L1", THREE_MINUTES_LATER, "Ana",
                true, "mobile", null, null, null, null, "log.json");
    }
}
