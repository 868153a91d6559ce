package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.figures.NoiseAdvice;
import dev.opshistory.reports.figures.NoiseAdvice.Suggestion;
import org.junit.jupiter.api.Test;

/** Every rule of NoiseAdvice, and the order in which they win. Arguments: alerts, actionable, non-actionable,
 * false positive, repeated, flapping, auto-resolved, low priority, median minutes to resolve. */
class NoiseAdviceTest {

    @Test
    void neverActionableAndHalfFalsePositivesIsDeleted() {
        // 4 alerts, 0 actionable, 2 false positives (2 >= 4/2); also all flapping, but DELETE comes first.
        assertThat(NoiseAdvice.suggest(4, 0, 2, 2, 0, 4, 0, 0, 3.0)).isEqualTo(Suggestion.DELETE);
    }

    @Test
    void oneActionableAlertKeepsAFalsePositiveAlarmFromDeletion() {
        // 4 alerts, 1 actionable, 3 false positives: not DELETE; 3 of 4 noisy -> RAISE_THRESHOLD.
        assertThat(NoiseAdvice.suggest(4, 1, 0, 3, 0, 0, 0, 0, 30.0)).isEqualTo(Suggestion.RAISE_THRESHOLD);
    }

    @Test
    void mostlyFlappingGetsAForDuration() {
        assertThat(NoiseAdvice.suggest(4, 1, 3, 0, 0, 2, 0, 0, 60.0)).isEqualTo(Suggestion.ADD_FOR_DURATION);
    }

    @Test
    void mostlySelfClearingWithinTenMinutesGetsAForDuration() {
        // 3 of 4 auto-resolved, median 10 min (the limit, included).
        assertThat(NoiseAdvice.suggest(4, 0, 4, 0, 4, 0, 3, 0, 10.0)).isEqualTo(Suggestion.ADD_FOR_DURATION);
    }

    @Test
    void selfClearingButSlowIsNotTransient() {
        // Auto-resolved, but a median of 10.5 min: not transient; all repeated -> DEDUPLICATE.
        assertThat(NoiseAdvice.suggest(4, 0, 4, 0, 4, 0, 4, 0, 10.5)).isEqualTo(Suggestion.DEDUPLICATE);
    }

    @Test
    void mostlyRepeatedIsDeduplicated() {
        assertThat(NoiseAdvice.suggest(6, 6, 0, 0, 3, 0, 0, 0, 45.0)).isEqualTo(Suggestion.DEDUPLICATE);
    }

    @Test
    void actionableButLowPriorityGoesToATicketQueue() {
        assertThat(NoiseAdvice.suggest(4, 2, 2, 0, 0, 0, 0, 2, 120.0)).isEqualTo(Suggestion.ROUTE_TO_TICKET);
    }

    @Test
    void lowPriorityNoiseWithNothingActionableRaisesTheThreshold() {
        assertThat(NoiseAdvice.suggest(4, 0, 4, 0, 0, 0, 0, 4, null)).isEqualTo(Suggestion.RAISE_THRESHOLD);
    }

    @Test
    void mostlyActionableIsKept() {
        assertThat(NoiseAdvice.suggest(5, 3, 2, 0, 1, 1, 1, 1, 30.0)).isEqualTo(Suggestion.KEEP);
        assertThat(NoiseAdvice.suggest(0, 0, 0, 0, 0, 0, 0, 0, null)).isEqualTo(Suggestion.KEEP);
    }
}
