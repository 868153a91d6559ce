package dev.opshistory.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RootCauseRulesReaderTest {

    @Test
    void aTermWrittenTwiceInACategoryIsRejectedNamingIt() {
        InputStream rules = new ByteArrayInputStream("""
                categories:
                  NETWORKING:
                    dns: 3
                    dns: 2
                """.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> RootCauseRulesReader.parse(rules, "rules.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rules.yaml: not valid YAML")
                .hasMessageContaining("duplicate key dns");
    }

    @Test
    void theShippedRulesHoldEachTermOnce() {
        InputStream shipped = RootCauseRulesReaderTest.class.getResourceAsStream("/rootcause/root-cause-rules.yaml");

        assertThat(RootCauseRulesReader.parse(shipped, "root-cause-rules.yaml")).isNotNull();
    }
}
