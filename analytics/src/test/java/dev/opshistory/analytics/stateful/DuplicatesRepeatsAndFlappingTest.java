package dev.opshistory.analytics.stateful;

import static dev.opshistory.analytics.stateful.Fixtures.BEGINNING;
import static dev.opshistory.analytics.stateful.Fixtures.ONE_HOUR_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.THIRTY_SECONDS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWO_HOURS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.alert;
import static dev.opshistory.analytics.stateful.Fixtures.classified;
import static dev.opshistory.analytics.stateful.Fixtures.opsgenieAlert;
import static dev.opshistory.analytics.stateful.Fixtures.opsgenieId;
import static dev.opshistory.analytics.stateful.Fixtures.pagerDutyId;
import static dev.opshistory.analytics.stateful.Fixtures.resolved;
import static dev.opshistory.analytics.stateful.Fixtures.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The function of {@link StatefulVerdicts}: duplicates, then repeats and flapping, in one keyed operator by
 * title template.
 */
class DuplicatesRepeatsAndFlappingTest {

    private final List<KeyedOneInputStreamOperatorTestHarness<String, ClassifiedEvent, ClassifiedEvent>> opened =
            new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (var harness : opened) {
            harness.close();
        }
    }

    @Test
    void servicesSharingATemplateHaveDuplicatesFoundAcrossThemButRepeatsCountedPerService() throws Exception {
        var harness = open(StatefulVerdicts.function(Fixtures.RULES, Duration.ZERO), new TitleTemplateKey());
        // Opsgenie names the service "Checkout Team", PagerDuty "checkout": the copy is found all the same.
        // PagerDuty checkout fires three times in a day, but one of them is that copy, so it is not repeated;
        // with the payments alert of the same template there are three PagerDuty alerts of one template, yet
        // only two per service.
        send(harness, opsgenieAlert("OG1", BEGINNING), alert("PD1", THIRTY_SECONDS_LATER),
                alert("PD2", ONE_HOUR_LATER), alert("PAY1", TWO_HOURS_LATER).service("payments"));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
        harness.processWatermark(new Watermark(Long.MAX_VALUE));

        Map<String, ClassifiedEvent> byId = byId(harness.extractOutputValues());
        assertThat(byId).containsOnlyKeys(opsgenieId("OG1"), pagerDutyId("PD1"), pagerDutyId("PD2"),
                pagerDutyId("PAY1"));
        assertThat(byId.get(pagerDutyId("PD1")).duplicateOf()).isEqualTo(opsgenieId("OG1"));
        assertThat(byId.values()).noneMatch(ClassifiedEvent::repeated);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void repeatsStillGroupPerServiceWhenAnotherServiceSharesTheTemplate() throws Exception {
        var harness = open(StatefulVerdicts.function(Fixtures.RULES, Duration.ZERO), new TitleTemplateKey());
        send(harness, alert("PD1", BEGINNING), alert("PAY1", THIRTY_SECONDS_LATER).service("payments"),
                alert("PD2", ONE_HOUR_LATER), alert("PD3", TWO_HOURS_LATER));
        harness.processWatermark(new Watermark(Long.MAX_VALUE));

        Map<String, ClassifiedEvent> byId = byId(harness.extractOutputValues());
        assertThat(byId.get(pagerDutyId("PD1")).repeated()).isTrue();
        assertThat(byId.get(pagerDutyId("PD2")).repeated()).isTrue();
        assertThat(byId.get(pagerDutyId("PD3")).repeated()).isTrue();
        assertThat(byId.get(pagerDutyId("PAY1")).repeated()).isFalse();
        assertThat(byId.values()).allMatch(e -> e.duplicateOf() == null);
    }

    @Test
    void copyFlaggedUpstreamIsPassedOnAtOnceYetStillTakenForTheCopyOfItsOriginal() throws Exception {
        var harness = open(StatefulVerdicts.function(Fixtures.RULES, Duration.ZERO), new TitleTemplateKey());
        ClassifiedEvent flagged = ClassifiedEvents.withDuplicateOf(
                classified(opsgenieAlert("OG1", THIRTY_SECONDS_LATER)), pagerDutyId("PD1"));
        send(harness, alert("PD1", BEGINNING));
        harness.processElement(new StreamRecord<>(flagged));
        assertThat(harness.extractOutputValues()).containsExactly(flagged);

        // A second Opsgenie alert within the window is an alert of its own: PD1 already has its Opsgenie copy.
        send(harness, opsgenieAlert("OG2", Fixtures.ONE_MINUTE_LATER));
        harness.processWatermark(new Watermark(Long.MAX_VALUE));
        Map<String, ClassifiedEvent> byId = byId(harness.extractOutputValues());
        assertThat(byId.get(opsgenieId("OG2")).duplicateOf()).isNull();
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    /**
     * In a continuous run the one operator gives what the two did, one behind the other (duplicates keyed by
     * template, then repeats and flapping keyed by fingerprint, which only ever saw alerts whose duplicate
     * verdict was final): random alerts of a few services and both tools, arriving out of order and some
     * behind the watermark, with watermarks in between.
     */
    @Test
    void inAContinuousRunGivesTheVerdictsOfDuplicatesThenRepeatsAsTwoOperators() throws Exception {
        List<ClassifiedEvent> seen = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            Duration arrivalDelay = Duration.ofMinutes(random.nextInt(3) * 30L);
            var combined = open(StatefulVerdicts.function(Fixtures.RULES, arrivalDelay), new TitleTemplateKey());
            var duplicates = open(new AlertHistoryFunction(List.of(new CrossSourceDuplicateStep(
                    new CrossSourceDuplicates(Fixtures.RULES.duplicateWindow()), arrivalDelay))),
                    new TitleTemplateKey());
            var repeats = open(new AlertHistoryFunction(List.of(RepeatFlappingStep.of(Fixtures.RULES, arrivalDelay))),
                    e -> e.event().kind() + ":" + e.fingerprint());
            int forwarded = 0;
            long watermark = Long.MIN_VALUE;
            for (int i = 0; i < 60; i++) {
                ClassifiedEvent alert = classified(randomAlert(random, i));
                combined.processElement(new StreamRecord<>(alert));
                duplicates.processElement(new StreamRecord<>(alert));
                forwarded = forward(duplicates, repeats, forwarded);
                if (random.nextInt(4) == 0) {
                    watermark = Math.max(watermark,
                            alert.event().createdAt().toEpochMilli() - random.nextInt(3 * 3600) * 1000L);
                    combined.processWatermark(new Watermark(watermark));
                    duplicates.processWatermark(new Watermark(watermark));
                    forwarded = forward(duplicates, repeats, forwarded);
                    repeats.processWatermark(new Watermark(watermark));
                }
            }
            combined.processWatermark(new Watermark(Long.MAX_VALUE));
            duplicates.processWatermark(new Watermark(Long.MAX_VALUE));
            forward(duplicates, repeats, forwarded);
            repeats.processWatermark(new Watermark(Long.MAX_VALUE));

            Map<String, ClassifiedEvent> expected = byId(repeats.extractOutputValues());
            assertThat(byId(combined.extractOutputValues())).as("seed %d", seed).isEqualTo(expected);
            seen.addAll(expected.values());
            assertThat(combined.numKeyedStateEntries()).isZero();
            assertThat(combined.numEventTimeTimers()).isZero();
        }
        // The random alerts must exercise every verdict, or the comparison proves little.
        assertThat(seen).anyMatch(ClassifiedEvent::repeated).anyMatch(e -> !e.repeated())
                .anyMatch(ClassifiedEvent::flapping).anyMatch(e -> e.duplicateOf() != null);
    }

    /** Two services, two tools, two titles, over two days or one busy hour; some resolve within minutes. */
    private static CanonicalEvent.Builder randomAlert(Random random, int i) {
        Instant created = BEGINNING.plusSeconds(random.nextInt(random.nextInt(3) == 0 ? 3600 : 48 * 3600));
        CanonicalEvent.Builder alert = random.nextInt(3) == 0
                ? resolved("A" + i, created, created.plusSeconds(60 + random.nextInt(600)))
                : alert("A" + i, created);
        alert.service(random.nextBoolean() ? "checkout" : "payments");
        if (random.nextBoolean()) {
            alert.source(dev.opshistory.model.Source.OPSGENIE).sourceId("A" + i);
        }
        if (random.nextInt(4) == 0) {
            alert.title("Disk full on db-" + random.nextInt(9));
        }
        return alert;
    }

    /** Feeds what the first operator emitted since {@code from} to the second, as a keyed exchange would. */
    private static int forward(KeyedOneInputStreamOperatorTestHarness<String, ClassifiedEvent, ClassifiedEvent> from,
            KeyedOneInputStreamOperatorTestHarness<String, ClassifiedEvent, ClassifiedEvent> to, int already)
            throws Exception {
        List<ClassifiedEvent> out = from.extractOutputValues();
        for (ClassifiedEvent e : out.subList(already, out.size())) {
            to.processElement(new StreamRecord<>(e));
        }
        return out.size();
    }

    private KeyedOneInputStreamOperatorTestHarness<String, ClassifiedEvent, ClassifiedEvent> open(
            AlertHistoryFunction function, KeySelector<ClassifiedEvent, String> key) throws Exception {
        var harness = Fixtures.open(function, key);
        opened.add(harness);
        return harness;
    }

    /** Event id → the alert; each id at most once. */
    private static Map<String, ClassifiedEvent> byId(List<ClassifiedEvent> output) {
        Map<String, ClassifiedEvent> byId = new HashMap<>();
        for (ClassifiedEvent e : output) {
            assertThat(byId).doesNotContainKey(e.event().eventId());
            byId.put(e.event().eventId(), e);
        }
        return byId;
    }
}
