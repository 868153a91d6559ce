package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.figures.Risk;
import dev.opshistory.reports.figures.RiskMatrix;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every branch of the risk matrix's formulas. */
class RiskMatrixTest {

    static final Duration THIRTY_DAYS = Duration.ofDays(30);

    @Test
    void likelihoodFollowsOccurrencesPerThirtyDays() {
        assertThat(RiskMatrix.likelihood(4, THIRTY_DAYS)).isEqualTo(5);   // weekly
        assertThat(RiskMatrix.likelihood(3, THIRTY_DAYS)).isEqualTo(4);   // 3 a month
        assertThat(RiskMatrix.likelihood(1, THIRTY_DAYS)).isEqualTo(4);   // monthly
        assertThat(RiskMatrix.likelihood(1, Duration.ofDays(90))).isEqualTo(3);   // 1/3 a month: quarterly
        assertThat(RiskMatrix.likelihood(1, Duration.ofDays(91))).isEqualTo(2);   // just under 1/3
        assertThat(RiskMatrix.likelihood(1, Duration.ofDays(360))).isEqualTo(2);  // 1/12: yearly
        assertThat(RiskMatrix.likelihood(1, Duration.ofDays(361))).isEqualTo(1);
    }

    @Test
    void aPeriodShorterThanADayCountsAsADay() {
        // 1 in 1 day = 30 a month, not infinity.
        assertThat(RiskMatrix.likelihood(1, Duration.ofMinutes(5))).isEqualTo(5);
        assertThat(RiskMatrix.likelihood(1, Duration.ZERO)).isEqualTo(5);
    }

    @Test
    void severityComesFromTheWorstSeverity() {
        assertThat(RiskMatrix.severity(1, null)).isEqualTo(5);
        assertThat(RiskMatrix.severity(2, null)).isEqualTo(4);
        assertThat(RiskMatrix.severity(3, 10.0)).isEqualTo(3);
        assertThat(RiskMatrix.severity(4, null)).isEqualTo(2);
        assertThat(RiskMatrix.severity(5, null)).isEqualTo(1);
        assertThat(RiskMatrix.severity(6, null)).isEqualTo(1);
    }

    @Test
    void aFourHourOutageRaisesSeverityByOneUpToFive() {
        assertThat(RiskMatrix.severity(3, 239.9)).isEqualTo(3);
        assertThat(RiskMatrix.severity(3, 240.0)).isEqualTo(4);
        assertThat(RiskMatrix.severity(6, 600.0)).isEqualTo(2);
        assertThat(RiskMatrix.severity(1, 600.0)).isEqualTo(5);
    }

    @Test
    void risksAreOrderedBySeverityTimesLikelihoodAndCarryTheInvestment() {
        List<Risk> risks = RiskMatrix.draft(List.of(
                new RiskMatrix.Basis("DEPLOYED_DEFECT", 1, 3, 20.0, "api"),        // 3 x 4 = 12
                new RiskMatrix.Basis("DEPENDENCY", 5, 2, 300.0, "checkout, db"),   // 5 x 5 = 25
                new RiskMatrix.Basis("NETWORKING", 0, 1, null, null)), THIRTY_DAYS); // never seen: no risk
        assertThat(risks).extracting(Risk::category).containsExactly("DEPENDENCY", "DEPLOYED_DEFECT");
        assertThat(risks.get(0).score()).isEqualTo(25);
        assertThat(risks.get(0).risk()).isEqualTo("A dependency fails and takes the service down affecting checkout, db");
        assertThat(risks.get(0).impact()).isEqualTo("5 occurrences, worst SEV2, longest 5.0 h to resolve");
        assertThat(risks.get(0).mitigations()).contains("circuit breakers");
        assertThat(risks.get(1).mitigations()).isEqualTo("testing, code review, canary / phased rollout");
    }

    @Test
    void risksOfEqualScoreAreOrderedByHowOftenTheyHappened() {
        // Both 5 x 5 over thirty days; the alphabet would put CAPACITY_PERFORMANCE first.
        List<Risk> risks = RiskMatrix.draft(List.of(
                new RiskMatrix.Basis("CAPACITY_PERFORMANCE", 12, 1, 30.0, "api"),
                new RiskMatrix.Basis("DEPLOYED_DEFECT", 40, 1, 30.0, "web")), THIRTY_DAYS);
        assertThat(risks).extracting(Risk::category, Risk::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DEPLOYED_DEFECT", 25),
                org.assertj.core.groups.Tuple.tuple("CAPACITY_PERFORMANCE", 25));
    }
}
