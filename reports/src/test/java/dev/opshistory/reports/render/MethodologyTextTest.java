package dev.opshistory.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.inputs.ClassifyRun;
import org.junit.jupiter.api.Test;

/** Each branch of the Methodology's classification line. */
class MethodologyTextTest {

    @Test
    void withoutARecordRulesOverridesAndZoneAreNotRecorded() {
        assertThat(MethodologyText.classification(null, 2, "UTC")).isEqualTo("Classification rules (file and SHA-256"
                + " hash), overrides file and the classifier's time zone: not recorded (the run has no"
                + " classify/run.json). Verdicts changed by an override in the period: 2.");
    }

    @Test
    void builtInRulesWithoutOverridesInTheReportsZone() {
        ClassifyRun run = new ClassifyRun("0.1.0", "UTC", null, null, "abc123", null, null, 0L);
        assertThat(MethodologyText.classification(run, 0, "UTC")).isEqualTo("Classification: opshistory classify"
                + " 0.1.0; rules built-in default-rules.yaml, SHA-256 abc123; overrides none (verdicts changed by an"
                + " override in the period: 0); the classifier's time zone: UTC.");
    }

    @Test
    void aRulesFileAndOverridesInAnotherZoneSayTheReportRecomputesHourBands() {
        ClassifyRun run = new ClassifyRun("0.2.0", "America/New_York", 4, "rules.yaml", "r1", "ov.yaml", "o1", 7L);
        assertThat(MethodologyText.classification(run, 5, "Europe/Paris")).isEqualTo("Classification: opshistory"
                + " classify 0.2.0; rules rules.yaml, SHA-256 r1; overrides ov.yaml, SHA-256 o1, 7 applied (verdicts"
                + " changed by an override in the period: 5); the classifier's time zone: America/New_York (this"
                + " report recomputes hour bands in Europe/Paris); parallelism 4.");
    }

    @Test
    void missingValuesOfARecordAreNotRecordedRatherThanBlank() {
        ClassifyRun run = new ClassifyRun(null, null, null, "rules.yaml", null, "ov.yaml", null, null);
        assertThat(MethodologyText.classification(run, 0, "UTC")).isEqualTo("Classification: opshistory classify"
                + " not recorded; rules rules.yaml, SHA-256 not recorded; overrides ov.yaml, SHA-256 not recorded,"
                + " not recorded applied (verdicts changed by an override in the period: 0); the classifier's time"
                + " zone: not recorded.");
    }
}
