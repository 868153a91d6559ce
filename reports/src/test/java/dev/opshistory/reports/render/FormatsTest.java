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

    @Test
    void aLongTextIsCutAfterItsLastWholeSentenceOrWordWithAnEllipsis() {
        String sentences = "The pool was too small. " + "x".repeat(10) + " grew. " + "Then the retries piled up on it.";
        String words = "word ".repeat(30);

        assertThat(fmt.excerpt("  short enough  ", 40)).isEqualTo("short enough");
        assertThat(fmt.excerpt(null, 40)).isNull();
        // the second sentence ends at 41, inside the limit and past its half: cut there
        assertThat(fmt.excerpt(sentences, 50)).isEqualTo("The pool was too small. xxxxxxxxxx grew. …");
        // no sentence end in the second half: cut after the last whole word
        assertThat(fmt.excerpt(words, 22)).isEqualTo("word word word word …");
        assertThat(fmt.sentence(fmt.excerpt(words, 22), "not stated")).isEqualTo("word word word word …"); // an ellipsis ends it
    }
}
