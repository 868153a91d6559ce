package dev.opshistory.analytics.stateful;

import static dev.opshistory.analytics.stateful.Fixtures.BEGINNING;
import static dev.opshistory.analytics.stateful.Fixtures.FIVE_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.ONE_DAY_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.ONE_HOUR_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TEN_HOURS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TEN_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.THREE_DAYS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWENTY_HOURS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWENTY_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWO_HOURS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.alert;
import static dev.opshistory.analytics.stateful.Fixtures.classified;
import static dev.opshistory.analytics.stateful.Fixtures.pagerDutyId;
import static dev.opshistory.analytics.stateful.Fixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The repeats and flapping step alone in {@link AlertHistoryFunction}, as the job keys it. */
class RepeatFlappingStepTest {

    private KeyedOneInputStreamOperatorTestHarness<String, ClassifiedEvent, ClassifiedEvent> harness;

    @AfterEach
    void tearDown() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void threeAlertsInADayAreRepeatedAndStateAndTimersAreClearedAfterTheFinalWatermark() throws Exception {
        open(Duration.ZERO);
        send(alert("P1", BEGINNING), alert("P2", ONE_HOUR_LATER), alert("P3", TWO_HOURS_LATER),
                alert("P4", THREE_DAYS_LATER));

        assertThat(harness.numKeyedStateEntries()).isPositive();
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
        finish();

        assertThat(repeatedById()).containsExactlyInAnyOrderEntriesOf(Map.of(
                pagerDutyId("P1"), true, pagerDutyId("P2"), true, pagerDutyId("P3"), true,
                pagerDutyId("P4"), false));
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void newestFirstGivesTheSameVerdictsAsOldestFirst() throws Exception {
        List<CanonicalEvent.Builder> oldestFirst = List.of(
                resolved("P1", BEGINNING, FIVE_MINUTES_LATER),
                resolved("P2", TEN_MINUTES_LATER, TEN_MINUTES_LATER.plusSeconds(60)),
                resolved("P3", TWENTY_MINUTES_LATER, TWENTY_MINUTES_LATER.plusSeconds(60)),
                alert("P4", ONE_DAY_LATER), alert("P5", THREE_DAYS_LATER));

        open(Duration.ZERO);
        oldestFirst.forEach(this::send);
        finish();
        List<ClassifiedEvent> fromOldest = sortedOutput();
        harness.close();

        open(Duration.ZERO);
        Fixtures.reversed(oldestFirst).forEach(this::send);
        finish();

        assertThat(sortedOutput()).isEqualTo(fromOldest);
        assertThat(fromOldest).extracting(ClassifiedEvent::repeated)
                .containsExactly(true, true, true, true, false);
        assertThat(fromOldest).extracting(ClassifiedEvent::flapping)
                .containsExactly(true, true, true, false, false);
    }

    @Test
    void eachAlertIsEmittedOnceAndALaterVersionReplacesTheEarlier() throws Exception {
        open(Duration.ZERO);
        send(alert("P1", BEGINNING), alert("P2", ONE_HOUR_LATER));
        send(alert("P2", ONE_HOUR_LATER).status("resolved").resolvedAt(TWO_HOURS_LATER));
        finish();

        assertThat(harness.extractOutputValues()).hasSize(2)
                .filteredOn(e -> e.event().sourceId().equals("P2"))
                .singleElement().satisfies(e -> assertThat(e.event().status()).isEqualTo("resolved"));
        assertThat(repeatedById()).containsOnlyKeys(pagerDutyId("P1"), pagerDutyId("P2")).doesNotContainValue(true);
    }

    @Test
    void alertRepeatedByItselfStaysRepeatedWithoutAGroup() throws Exception {
        open(Duration.ZERO);
        send(alert("P1", BEGINNING).occurrences(4));
        finish();

        assertThat(harness.extractOutputValues()).singleElement().satisfies(e -> {
            assertThat(e.repeated()).isTrue();
            assertThat(e.flapping()).isFalse();
        });
    }

    @Test
    void forwardedCopiesArePassedOnAtOnceAndDoNotCountTowardsAGroup() throws Exception {
        open(Duration.ZERO);
        ClassifiedEvent copy = ClassifiedEvents.withDuplicateOf(classified(alert("P2", ONE_HOUR_LATER)), "og:1");
        send(alert("P1", BEGINNING));
        harness.processElement(new StreamRecord<>(copy));

        assertThat(harness.extractOutputValues()).containsExactly(copy);
        send(alert("P3", TWO_HOURS_LATER));
        finish();
        assertThat(repeatedById()).doesNotContainValue(true);
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    @Test
    void alertWithoutACreationTimeIsPassedOnAtOnceAndNothingIsKept() throws Exception {
        open(Duration.ZERO);
        send(alert("P1", null));

        assertThat(harness.extractOutputValues()).hasSize(1);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void inAContinuousRunAnAlertIsDecidedOnlyOnceTheWatermarkPassesItsCreationPlusTheWindow() throws Exception {
        open(Duration.ZERO);
        send(alert("P1", BEGINNING), alert("P2", TEN_HOURS_LATER));
        harness.processWatermark(TEN_HOURS_LATER.toEpochMilli());
        send(alert("P3", TWENTY_HOURS_LATER));
        harness.processWatermark(ONE_DAY_LATER.toEpochMilli() - 1);

        assertThat(harness.extractOutputValues()).isEmpty();

        harness.processWatermark(ONE_DAY_LATER.toEpochMilli());
        assertThat(harness.extractOutputValues()).singleElement().satisfies(e -> {
            assertThat(e.event().sourceId()).isEqualTo("P1");
            assertThat(e.repeated()).isTrue();
        });
    }

    @Test
    void inAContinuousRunDecidedAlertsAreKeptAsContextThenForgotten() throws Exception {
        open(Duration.ZERO);
        send(alert("P1", BEGINNING), alert("P2", TEN_HOURS_LATER), alert("P3", TWENTY_HOURS_LATER));
        harness.processWatermark(at(BEGINNING.plus(Duration.ofHours(44))));

        assertThat(repeatedById()).containsOnlyKeys(pagerDutyId("P1"), pagerDutyId("P2"), pagerDutyId("P3"))
                .doesNotContainValue(false);
        assertThat(harness.numKeyedStateEntries()).as("kept for alerts still to come").isPositive();

        // A day after the last alert's window closed, nothing can need them any more.
        harness.processWatermark(at(TWENTY_HOURS_LATER.plus(Duration.ofHours(48))));
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void alertArrivingBehindTheWatermarkIsDecidedAtOnceWithTheAlertsStillKept() throws Exception {
        open(Duration.ZERO);
        send(alert("P1", BEGINNING), alert("P2", ONE_HOUR_LATER));
        harness.processWatermark(at(BEGINNING.plus(Duration.ofHours(26))));
        assertThat(repeatedById()).doesNotContainValue(true);

        send(alert("P3", TWO_HOURS_LATER));

        assertThat(harness.extractOutputValues()).hasSize(3).last().satisfies(e -> {
            assertThat(e.event().sourceId()).isEqualTo("P3");
            assertThat(e.repeated()).isTrue();
        });
    }

    @Test
    void alertFarBehindTheWatermarkIsEmittedNotDroppedAndLeavesNothingBehind() throws Exception {
        open(Duration.ZERO);
        harness.processWatermark(at(THREE_DAYS_LATER.plus(Duration.ofDays(3))));

        send(alert("P1", BEGINNING));

        assertThat(harness.extractOutputValues()).hasSize(1);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void arrivalDelayPostponesTheDecisionSoLateArrivalsStillCount() throws Exception {
        open(Duration.ofDays(1));
        send(alert("P1", BEGINNING), alert("P2", ONE_HOUR_LATER));
        harness.processWatermark(at(ONE_DAY_LATER.plus(Duration.ofHours(23))));
        send(alert("P3", TWO_HOURS_LATER));

        assertThat(harness.extractOutputValues()).isEmpty();
        finish();
        assertThat(repeatedById()).doesNotContainValue(false).hasSize(3);
    }

    private void open(Duration arrivalDelay) throws Exception {
        harness = Fixtures.open(new AlertHistoryFunction(
                        List.of(RepeatFlappingStep.of(Fixtures.RULES, arrivalDelay))), new TitleTemplateKey());
    }

    private void send(CanonicalEvent.Builder... alerts) {
        Fixtures.send(harness, alerts);
    }

    private void finish() throws Exception {
        Fixtures.finish(harness);
    }

    private Map<String, Boolean> repeatedById() {
        return harness.extractOutputValues().stream()
                .collect(Collectors.toMap(e -> e.event().eventId(), ClassifiedEvent::repeated));
    }

    private List<ClassifiedEvent> sortedOutput() {
        return harness.extractOutputValues().stream().sorted(ClassifiedEvents.CREATION_ORDER).toList();
    }

    private static long at(Instant instant) {
        return instant.toEpochMilli();
    }
}
