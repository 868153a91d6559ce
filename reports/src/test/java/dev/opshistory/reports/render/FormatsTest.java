package dev.opshistory.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Templates.Formats fmt = new Templates.Formats(ZoneOffset.UTC);

    @Test
    void aPostmortemFieldBecomesOneSentenceWithOneFullStop() {
        assertThat(fmt.sentence("No payments were lost.", "not stated")).isEqualTo("No payments were lost.");
        assertThat(fmt.sentence("47 minutes ", "not stated")).isEqualTo("47 minutes.");
        assertThat(fmt.sentence("Was it the cache?", "not stated")).isEqualTo("Was it the cache?");
        assertThat(fmt.sentence("", "not stated")).isEqualTo("not stated.");
        assertThat(fmt.sentence(null, "not stated")).isEqualTo("not stated.");
    }
}
