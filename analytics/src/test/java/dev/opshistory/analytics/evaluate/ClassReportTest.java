package dev.opshistory.analytics.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassReportTest {

    @Test
    void computesPrecisionRecallF1MacroF1AndAccuracy() {
        List<ClassReport.Outcome> outcomes = List.of(
                new ClassReport.Outcome("1", "A", "A", ""),
                new ClassReport.Outcome("2", "A", "B", ""),
                new ClassReport.Outcome("3", "B", "B", ""),
                new ClassReport.Outcome("4", "B", "UNKNOWN", ""));

        ClassReport r = ClassReport.of("tune", List.of("A", "B"), outcomes);

        assertThat(r.perClass().get("A").precision()).isEqualTo(1.0);
        assertThat(r.perClass().get("A").recall()).isEqualTo(0.5);
        assertThat(r.perClass().get("B").precision()).isEqualTo(0.5);
        assertThat(r.perClass().get("B").recall()).isEqualTo(0.5);
        assertThat(r.macroF1()).isCloseTo((2.0 / 3 + 0.5) / 2, within(1e-9));
        assertThat(r.accuracy()).isEqualTo(0.5);
        assertThat(r.minRecall()).isEqualTo(0.5);
        assertThat(r.confusion().get("B")).containsEntry("UNKNOWN", 1).containsEntry("B", 1);
        assertThat(r.misses()).extracting(ClassReport.Miss::id).containsExactly("2", "4");
    }
}
