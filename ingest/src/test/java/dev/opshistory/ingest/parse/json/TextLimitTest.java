package dev.opshistory.ingest.parse.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextLimitTest {

    @Test
    void shortTextIsKept() {
        assertThat(TextLimit.exceeds("disk full")).isFalse();
        assertThat(TextLimit.cut("disk full")).isEqualTo("disk full");
    }

    @Test
    void textOfExactlyTheLimitIsKept() {
        String exact = "a".repeat(TextLimit.MAX_UTF8_BYTES);

        assertThat(TextLimit.exceeds(exact)).isFalse();
        assertThat(TextLimit.cut(exact)).isEqualTo(exact);
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String emoji = "🔥".repeat(20_000); // 4 bytes each, 80,000 bytes

        String cut = TextLimit.cut(emoji);

        assertThat(TextLimit.exceeds(emoji)).isTrue();
        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(TextLimit.MAX_UTF8_BYTES);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }
}
