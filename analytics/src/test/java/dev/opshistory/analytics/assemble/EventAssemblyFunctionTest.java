package dev.opshistory.analytics.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventAssemblyFunctionTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant TEN_MINUTES_LATER = CREATED.plus(Duration.ofMinutes(10));
    private static final Instant AN_HOUR_LATER = CREATED.plus(Duration.ofHours(1));

    private KeyedOneInputStreamOperatorTestHarness<String, IngestRecord, CanonicalEvent> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new EventAssemblyFunction(Duration.ofDays(1))),
                IngestRecord::eventId, Types.STRING);
        harness.open();
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void resolvedVersionWinsOverOpenVersionWhateverTheOrder() throws Exception {
        harness.processElement(record(version("PX1", AN_HOUR_LATER, "resolved")));
        harness.processElement(record(version("PX1", TEN_MINUTES_LATER, "triggered")));
        harness.processWatermark(new Watermark(Long.MAX_VALUE));

        assertThat(emitted()).extracting(CanonicalEvent::status).containsExactly("resolved");
    }

    @Test
    void eachEventIdIsEmittedOnce() throws Exception {
        harness.processElement(record(version("PX1", TEN_MINUTES_LATER, "resolved")));
        harness.processElement(record(version("PX1", TEN_MINUTES_LATER, "resolved")));
        harness.processElement(record(version("PX2", TEN_MINUTES_LATER, "resolved")));
        harness.processWatermark(new Watermark(Long.MAX_VALUE));

        assertThat(emitted()).extracting(CanonicalEvent::sourceId).containsExactlyInAnyOrder("PX1", "PX2");
    }

    @Test
    void nothingIsEmittedBeforeTheWatermarkPassesTheSettleTime() throws Exception {
        harness.processElement(record(version("PX1", TEN_MINUTES_LATER, "triggered")));
        harness.processWatermark(new Watermark(AN_HOUR_LATER.toEpochMilli()));

        assertThat(emitted()).isEmpty();
    }

    @Test
    void logEntryArrivingBeforeItsIncidentIsFoldedIn() throws Exception {
        harness.processElement(record(acknowledgement("PX1", TEN_MINUTES_LATER, "Ana Ops")));
        harness.processElement(record(version("PX1", AN_HOUR_LATER, "resolved")));
        harness.processWatermark(new Watermark(Long.MAX_VALUE));

        assertThat(emitted()).singleElement().satisfies(event -> {
            assertThat(event.acknowledgedAt()).isEqualTo(TEN_MINUTES_LATER);
            assertThat(event.acknowledgedBy()).isEqualTo("Ana Ops");
            assertThat(event.humanAcknowledged()).isTrue();
        });
    }

    @Test
    void enrichmentWithoutItsEventGoesToTheOrphanOutputAndIsNotCountedAsAnEvent() throws Exception {
        harness.processElement(record(acknowledgement("GONE", TEN_MINUTES_LATER, "Ana Ops")));
        harness.processWatermark(new Watermark(Long.MAX_VALUE));

        assertThat(emitted()).isEmpty();
        assertThat(harness.getSideOutput(EventAssemblyFunction.ORPHANS)).hasSize(1);
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    @Test
    void stateAndTimersAreClearedOnceEmitted() throws Exception {
        harness.processElement(record(version("PX1", TEN_MINUTES_LATER, "resolved")));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(new Watermark(Long.MAX_VALUE));

        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    private List<CanonicalEvent> emitted() {
        return harness.extractOutputValues();
    }

    private static StreamRecord<IngestRecord> record(CanonicalEvent event) {
        return new StreamRecord<>(IngestRecord.of(event));
    }

    private static StreamRecord<IngestRecord> record(Enrichment enrichment) {
        return new StreamRecord<>(IngestRecord.of(enrichment));
    }

    private static Enrichment acknowledgement(String parentId, Instant at, String who) {
        return new Enrichment(CanonicalEvent.eventId(Source.PAGERDUTY, EventKind.ALERT, parentId),
                EnrichmentType.ACKNOWLEDGE, "LOG-" + at.toEpochMilli(), at, who, true, "web_ui", null, null, null,
                null, "log_entries.json");
    }

    private static CanonicalEvent version(String id, Instant updatedAt, String status) {
        return CanonicalEvent.builder()
                .source(Source.PAGERDUTY).kind(EventKind.ALERT).sourceId(id)
                .title("disk full on host-1").createdAt(CREATED).updatedAt(updatedAt).status(status)
                .tags(List.of("a"))
                .build();
    }
}
