package dev.opshistory.analytics.stateful;

import static dev.opshistory.analytics.stateful.Fixtures.BEGINNING;
import static dev.opshistory.analytics.stateful.Fixtures.ONE_DAY_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.ONE_HOUR_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.THREE_DAYS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TEN_HOURS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWELVE_HOURS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWENTY_HOURS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWO_HOURS_LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatDetectorTest {

    private static final Duration DAY = Duration.ofDays(1);
    private final RepeatDetector detector = new RepeatDetector(3, DAY);

    @Test
    void threeAlertsWithinADayAreAllRepeatedTheFirstIncluded() {
        assertThat(detector.repeated(List.of(BEGINNING, ONE_HOUR_LATER, TWO_HOURS_LATER)))
                .containsExactly(true, true, true);
    }

    @Test
    void twoAlertsAreNotAGroup() {
        assertThat(detector.repeated(List.of(BEGINNING, ONE_HOUR_LATER))).containsExactly(false, false);
    }

    @Test
    void thirdAlertExactlyTwentyFourHoursAfterTheFirstStillMakesAGroup() {
        assertThat(detector.repeated(List.of(BEGINNING, TWELVE_HOURS_LATER, ONE_DAY_LATER)))
                .containsExactly(true, true, true);
    }

    @Test
    void thirdAlertOneMillisecondPastTwentyFourHoursDoesNotMakeAGroup() {
        assertThat(detector.repeated(List.of(BEGINNING, TWELVE_HOURS_LATER, ONE_DAY_LATER.plusMillis(1))))
                .containsExactly(false, false, false);
    }

    @Test
    void groupsChainSoASteadyAlertEveryTenHoursIsRepeatedThroughout() {
        List<Instant> everyTenHours = List.of(BEGINNING, TEN_HOURS_LATER, TWENTY_HOURS_LATER,
                BEGINNING.plus(Duration.ofHours(30)), BEGINNING.plus(Duration.ofHours(40)));

        assertThat(detector.repeated(everyTenHours)).containsOnly(true);
    }

    @Test
    void alertOutsideEveryGroupIsNotRepeatedWhileTheGroupIs() {
        assertThat(detector.repeated(List.of(BEGINNING, ONE_HOUR_LATER, TWO_HOURS_LATER, THREE_DAYS_LATER)))
                .containsExactly(true, true, true, false);
    }

    @Test
    void onlyMembersOfAGroupWithinTheWindowAreRepeatedAtTheEdge() {
        Instant thirtySixHoursAndAMillisecond = BEGINNING.plus(Duration.ofHours(36)).plusMillis(1);

        assertThat(detector.repeated(
                List.of(BEGINNING, TWELVE_HOURS_LATER, ONE_DAY_LATER, thirtySixHoursAndAMillisecond)))
                .containsExactly(true, true, true, false);
    }

    @Test
    void alertsCreatedAtTheSameInstantCountSeparately() {
        assertThat(detector.repeated(List.of(BEGINNING, BEGINNING, BEGINNING))).containsOnly(true);
    }

    @Test
    void flagsFollowTheInputOrderWhateverItIs() {
        List<Instant> newestFirst = List.of(THREE_DAYS_LATER, TWO_HOURS_LATER, ONE_HOUR_LATER, BEGINNING);

        assertThat(detector.repeated(newestFirst)).containsExactly(false, true, true, true);
    }

    @Test
    void noAlertsGiveNoFlags() {
        assertThat(detector.repeated(List.of())).isEmpty();
    }

    @Test
    void aGroupOfOneMakesEveryAlertRepeated() {
        assertThat(new RepeatDetector(1, DAY).repeated(List.of(BEGINNING, THREE_DAYS_LATER))).containsOnly(true);
    }

    @Test
    void defaultsComeFromTheRules() {
        RepeatDetector defaults = RepeatDetector.of(Fixtures.RULES);

        assertThat(defaults.window()).isEqualTo(DAY);
        assertThat(defaults.repeated(List.of(BEGINNING, ONE_HOUR_LATER))).containsOnly(false);
        assertThat(defaults.repeated(List.of(BEGINNING, ONE_HOUR_LATER, TWO_HOURS_LATER))).containsOnly(true);
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new RepeatDetector(0, DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepeatDetector(3, DAY.negated())).isInstanceOf(IllegalArgumentException.class);
    }
}
