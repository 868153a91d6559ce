package dev.opshistory.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {

    @TempDir
    Path dir;

    @Test
    void theEnvironmentVariableGivesTheKey() {
        PseudonymKey key = PseudonymKey.fromEnvironment(Map.of(PseudonymKey.KEY_VARIABLE, "k1"));
        assertThat(key.origin()).isEqualTo(PseudonymKey.Origin.ENVIRONMENT);
        assertThat(new Pseudonymizer(key).person("Alice"))
                .isEqualTo(new Pseudonymizer(PseudonymKey.of("k1".getBytes())).person("Alice"));
    }

    @Test
    void aKeyFileGivesTheKeyWithoutItsLineBreak() throws Exception {
        Path file = Files.writeString(dir.resolve("key"), "k1\n");
        PseudonymKey key = PseudonymKey.fromEnvironment(Map.of(PseudonymKey.KEY_FILE_VARIABLE, file.toString()));
        assertThat(key.origin()).isEqualTo(PseudonymKey.Origin.FILE);
        assertThat(new Pseudonymizer(key).person("Alice"))
                .isEqualTo(new Pseudonymizer(PseudonymKey.of("k1".getBytes())).person("Alice"));
    }

    @Test
    void withoutEitherTheKeyIsRandomAndSaysPseudonymsHoldForThisRunOnly() {
        PseudonymKey one = PseudonymKey.fromEnvironment(Map.of());
        PseudonymKey two = PseudonymKey.fromEnvironment(Map.of());
        assertThat(one.origin()).isEqualTo(PseudonymKey.Origin.RANDOM);
        assertThat(one.describe()).contains("within this run only");
        assertThat(new Pseudonymizer(one).person("Alice")).isNotEqualTo(new Pseudonymizer(two).person("Alice"));
    }

    @Test
    void anUnreadableKeyFileIsAnErrorThatNamesTheFileOnly() {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> PseudonymKey.fromEnvironment(Map.of(PseudonymKey.KEY_FILE_VARIABLE, missing.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void anEmptyKeyFileIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> PseudonymKey.fromEnvironment(Map.of(PseudonymKey.KEY_FILE_VARIABLE, file.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
