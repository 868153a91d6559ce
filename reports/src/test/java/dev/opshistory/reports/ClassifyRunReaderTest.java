package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opshistory.reports.inputs.ClassifyRun;
import dev.opshistory.reports.inputs.ClassifyRunReader;
import dev.opshistory.reports.inputs.ReconciliationReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyRunReaderTest {

    @TempDir
    Path dir;

    @Test
    void aRunWithoutTheRecordHasNone() {
        assertThat(ClassifyRunReader.read(dir)).isEmpty();
    }

    @Test
    void theBuiltInRulesAreNamedWhenNoRulesFileWasGiven() {
        WarehouseFixture.writeFile(dir.resolve("classify/run.json"), """
                {"version":"0.1.0","time_zone":"UTC","parallelism":1,"rules_file":null,"rules_sha256":"abc",
                 "overrides_file":null,"overrides_sha256":null,"overrides_applied":0}
                """);
        ClassifyRun run = ClassifyRunReader.read(dir).orElseThrow();
        assertThat(run.rulesName()).isEqualTo(ClassifyRun.BUILT_IN_RULES);
        assertThat(run.rulesSha256()).isEqualTo("abc");
        assertThat(run.overridesApplied()).isZero();
    }

    @Test
    void aRecordThatIsNotJsonIsReportedAsMalformed() {
        WarehouseFixture.writeFile(dir.resolve("classify/run.json"), "rules: default\n");
        assertThatThrownBy(() -> ClassifyRunReader.read(dir))
                .isInstanceOf(ReconciliationReader.MalformedInputException.class)
                .hasMessageContaining("is not a classify run record");
    }
}
