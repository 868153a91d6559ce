package dev.opshistory.analytics.stateful;

import static dev.opshistory.analytics.stateful.Fixtures.BEGINNING;
import static dev.opshistory.analytics.stateful.Fixtures.FIVE_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.FORTY_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.ONE_HOUR_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TEN_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.THIRTY_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWENTY_MINUTES_LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlappingDetectorTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private final FlappingDetector detector = new FlappingDetector(3, HOUR);

    @Test
    void threeShortCyclesWithinAnHourAllFlap() {
        assertThat(detector.flapping(List.of(
                cycle(BEGINNING, FIVE_MINUTES_LATER),
                cycle(TEN_MINUTES_LATER, minutes(15)),
                cycle(TWENTY_MINUTES_LATER, minutes(25)))))
                .containsExactly(true, true, true);
    }

    @Test
    void twoCyclesDoNotFlap() {
        assertThat(detector.flapping(List.of(
                cycle(BEGINNING, FIVE_MINUTES_LATER),
                cycle(TEN_MINUTES_LATER, minutes(15)))))
                .containsOnly(false);
    }

    @Test
    void lastResolveExactlyOneHourAfterTheFirstTriggerStillFlaps() {
        assertThat(detector.flapping(List.of(
                cycle(BEGINNING, FIVE_MINUTES_LATER),
                cycle(TWENTY_MINUTES_LATER, minutes(25)),
                cycle(FORTY_MINUTES_LATER, ONE_HOUR_LATER))))
                .containsOnly(true);
    }

    @Test
    void lastResolveOneMillisecondPastTheHourDoesNotFlap() {
        assertThat(detector.flapping(List.of(
                cycle(BEGINNING, FIVE_MINUTES_LATER),
                cycle(TWENTY_MINUTES_LATER, minutes(25)),
                cycle(FORTY_MINUTES_LATER, ONE_HOUR_LATER.plusMillis(1)))))
                .containsOnly(false);
    }

    @Test
    void overlappingAlertsAreOneCycleBecauseTheConditionNeverCleared() {
        List<AlertSpan> twoCycles = List.of(
                cycle(BEGINNING, TEN_MINUTES_LATER),
                cycle(FIVE_MINUTES_LATER, minutes(12)),
                cycle(TWENTY_MINUTES_LATER, minutes(25)));

        assertThat(detector.flapping(twoCycles)).containsOnly(false);
    }

    @Test
    void everyAlertOfAnOverlappingCycleInARunFlaps() {
        List<AlertSpan> threeCycles = List.of(
                cycle(BEGINNING, TEN_MINUTES_LATER),
                cycle(FIVE_MINUTES_LATER, minutes(12)),
                cycle(TWENTY_MINUTES_LATER, minutes(25)),
                cycle(THIRTY_MINUTES_LATER, minutes(35)));

        assertThat(detector.flapping(threeCycles)).containsOnly(true);
    }

    @Test
    void alertCreatedAtTheInstantThePreviousResolvedStartsANewCycle() {
        assertThat(detector.flapping(List.of(
                cycle(BEGINNING, TEN_MINUTES_LATER),
                cycle(TEN_MINUTES_LATER, TWENTY_MINUTES_LATER),
                cycle(TWENTY_MINUTES_LATER, THIRTY_MINUTES_LATER))))
                .containsOnly(true);
    }

    @Test
    void unresolvedAlertNeitherFlapsNorBreaksTheCyclesAroundIt() {
        assertThat(detector.flapping(List.of(
                cycle(BEGINNING, FIVE_MINUTES_LATER),
                new AlertSpan(minutes(6), null),
                cycle(TEN_MINUTES_LATER, minutes(15)),
                cycle(TWENTY_MINUTES_LATER, minutes(25)))))
                .containsExactly(true, false, true, true);
    }

    @Test
    void aCycleLongerThanTheWindowKeepsItsNeighboursFromARun() {
        assertThat(detector.flapping(List.of(
                cycle(BEGINNING, minutes(50)),
                cycle(minutes(55), minutes(58)),
                cycle(minutes(59), minutes(61)))))
                .containsOnly(false);
    }

    @Test
    void onlyCyclesOfARunFlapWhenLaterOnesAreSpreadOut() {
        assertThat(detector.flapping(List.of(
                cycle(BEGINNING, FIVE_MINUTES_LATER),
                cycle(TWENTY_MINUTES_LATER, minutes(25)),
                cycle(FORTY_MINUTES_LATER, minutes(45)),
                cycle(minutes(100), minutes(105)),
                cycle(minutes(200), minutes(205)))))
                .containsExactly(true, true, true, false, false);
    }

    @Test
    void newestFirstGivesTheSameFlagsPerAlert() {
        List<AlertSpan> oldestFirst = List.of(
                cycle(BEGINNING, FIVE_MINUTES_LATER),
                cycle(TEN_MINUTES_LATER, minutes(15)),
                cycle(TWENTY_MINUTES_LATER, minutes(25)),
                cycle(minutes(200), minutes(205)));

        assertThat(detector.flapping(Fixtures.reversed(oldestFirst))).containsExactly(false, true, true, true);
    }

    @Test
    void alertResolvedBeforeItTriggeredCountsAsAnInstantCycle() {
        assertThat(detector.flapping(List.of(
                cycle(BEGINNING, BEGINNING.minusSeconds(30)),
                cycle(TEN_MINUTES_LATER, minutes(15)),
                cycle(TWENTY_MINUTES_LATER, minutes(25)))))
                .containsOnly(true);
    }

    @Test
    void defaultsComeFromTheRules() {
        assertThat(FlappingDetector.of(Fixtures.RULES).window()).isEqualTo(HOUR);
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new FlappingDetector(0, HOUR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlappingDetector(3, HOUR.negated()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AlertSpan cycle(Instant triggered, Instant resolved) {
        return new AlertSpan(triggered, resolved);
    }

    private static Instant minutes(int minutesAfterBeginning) {
        return BEGINNING.plus(Duration.ofMinutes(minutesAfterBeginning));
    }
}
