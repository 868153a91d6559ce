package dev.opshistory.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opshistory.model.HourBand;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HourBandsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final HourBands utc = new HourBands(RuleSettings.defaults());

    private static HourBands in(ZoneId zone) {
        return new HourBands(RuleSettings.defaults().withTimeZone(zone));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // 2024-03-04 is a Monday, 2024-03-08 a Friday, 2024-03-09/10 the weekend.
            "2024-03-04T07:59:59Z, SLEEP",
            "2024-03-04T08:00:00Z, BUSINESS",
            "2024-03-04T17:59:59Z, BUSINESS",
            "2024-03-04T18:00:00Z, OFF_HOURS",
            "2024-03-04T21:59:59Z, OFF_HOURS",
            "2024-03-04T22:00:00Z, SLEEP",
            "2024-03-05T03:00:00Z, SLEEP",
            "2024-03-08T12:00:00Z, BUSINESS",
            "2024-03-08T23:30:00Z, SLEEP",
            "2024-03-09T07:59:00Z, SLEEP",
            "2024-03-09T08:00:00Z, OFF_HOURS",
            "2024-03-09T12:00:00Z, OFF_HOURS",
            "2024-03-10T21:59:00Z, OFF_HOURS",
            "2024-03-10T22:00:00Z, SLEEP",
    })
    void bandsFollowTheDesignInUtc(Instant instant, HourBand expected) {
        assertThat(utc.of(instant)).isEqualTo(expected);
    }

    @Test
    void sameUtcHourChangesBandWhenDaylightSavingStarts() {
        HourBands berlin = in(BERLIN);

        // Fridays 16:30 UTC: 17:30 CET before 31 March 2024, 18:30 CEST after.
        assertThat(berlin.of(Instant.parse("2024-03-22T16:30:00Z"))).isEqualTo(HourBand.BUSINESS);
        assertThat(berlin.of(Instant.parse("2024-04-05T16:30:00Z"))).isEqualTo(HourBand.OFF_HOURS);
    }

    @Test
    void mondayMorningInNewYorkIsBusinessOnlyAfterTheClocksGoForward() {
        HourBands newYork = in(NEW_YORK);

        // Mondays 12:30 UTC: 07:30 EST on 4 March 2024, 08:30 EDT on 11 March (DST began 10 March).
        assertThat(newYork.of(Instant.parse("2024-03-04T12:30:00Z"))).isEqualTo(HourBand.SLEEP);
        assertThat(newYork.of(Instant.parse("2024-03-11T12:30:00Z"))).isEqualTo(HourBand.BUSINESS);
    }

    @Test
    void hourAfterTheSpringForwardGapIsSleep() {
        // 2024-03-31T01:00Z is 03:00 CEST: 02:00-03:00 does not exist that night.
        assertThat(in(BERLIN).of(Instant.parse("2024-03-31T01:00:00Z"))).isEqualTo(HourBand.SLEEP);
    }

    @Test
    void repeatedHourWhenClocksGoBackIsSleepBothTimes() {
        HourBands berlin = in(BERLIN);

        // 02:30 happens twice on 27 October 2024: 00:30Z (CEST) and 01:30Z (CET).
        assertThat(berlin.of(Instant.parse("2024-10-27T00:30:00Z"))).isEqualTo(HourBand.SLEEP);
        assertThat(berlin.of(Instant.parse("2024-10-27T01:30:00Z"))).isEqualTo(HourBand.SLEEP);
    }

    @Test
    void weekendIsJudgedByTheLocalDateNotTheUtcDate() {
        Instant fridayLateUtc = Instant.parse("2024-03-08T23:00:00Z");

        assertThat(utc.of(fridayLateUtc)).isEqualTo(HourBand.SLEEP);
        // Saturday 08:00 in Tokyo: weekend daytime.
        assertThat(in(ZoneId.of("Asia/Tokyo")).of(fridayLateUtc)).isEqualTo(HourBand.OFF_HOURS);
    }

    @Test
    void businessDaysAndHoursComeFromTheSettings() {
        HourBands sundayToThursday = new HourBands(ZoneId.of("UTC"),
                Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                9, 17, 23);

        assertThat(sundayToThursday.of(Instant.parse("2024-03-10T10:00:00Z"))).isEqualTo(HourBand.BUSINESS);
        assertThat(sundayToThursday.of(Instant.parse("2024-03-08T10:00:00Z"))).isEqualTo(HourBand.OFF_HOURS);
        assertThat(sundayToThursday.of(Instant.parse("2024-03-11T08:30:00Z"))).isEqualTo(HourBand.SLEEP);
        assertThat(sundayToThursday.of(Instant.parse("2024-03-11T22:30:00Z"))).isEqualTo(HourBand.OFF_HOURS);
    }

    @Test
    void missingInstantHasNoBand() {
        assertThat(utc.of(null)).isNull();
    }

    @Test
    void hoursOutOfOrderAreRejected() {
        assertThatThrownBy(() -> new HourBands(ZoneId.of("UTC"), Set.of(DayOfWeek.MONDAY), 18, 8, 22))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
