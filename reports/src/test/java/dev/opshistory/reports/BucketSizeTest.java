package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BucketSizeTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void periodOfExactlyTwentySixWeeksIsWeekly() {
        assertThat(BucketSize.forPeriod(new Period(START, START.plus(Duration.ofDays(182))))).isEqualTo(BucketSize.WEEK);
    }

    @Test
    void periodOneSecondLongerThanTwentySixWeeksIsMonthly() {
        assertThat(BucketSize.forPeriod(new Period(START, START.plus(Duration.ofDays(182).plusSeconds(1)))))
                .isEqualTo(BucketSize.MONTH);
    }

    @Test
    void unknownPeriodIsWeekly() {
        assertThat(BucketSize.forPeriod(Period.UNKNOWN)).isEqualTo(BucketSize.WEEK);
    }

    @Test
    void requestedBoundsWinOverTheDataSpanAndMissingOnesComeFromIt() {
        Instant first = Instant.parse("2026-01-02T10:00:00Z");
        Instant last = Instant.parse("2026-01-31T08:00:00Z");
        assertThat(Period.resolve(null, null, first, last)).isEqualTo(new Period(first, last));
        assertThat(Period.resolve(START, null, first, last)).isEqualTo(new Period(START, last));
    }

    @Test
    void aWeekIsNamedByItsMondayAndAMonthByItself() {
        assertThat(BucketSize.WEEK.label(java.time.LocalDate.parse("2026-05-04"))).isEqualTo("2026-05-04");
        assertThat(BucketSize.MONTH.label(java.time.LocalDate.parse("2026-05-01"))).isEqualTo("2026-05");
    }
}
