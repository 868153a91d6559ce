package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.render.MarkdownEscaper;
import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {

    @Test
    void tableAndEmphasisAndHtmlCharactersAreBackslashEscaped() {
        assertThat(MarkdownEscaper.escape("<script>alert(1)</script> | **x** `y`"))
                .isEqualTo("\\<script\\>alert(1)\\</script\\> \\| \\*\\*x\\*\\* \\`y\\`");
    }

    @Test
    void backslashIsEscapedFirstSoAnEscapedPipeCannotBeForged() {
        // "\|" in the input must not become "\\|" (an escaped backslash, then a live pipe).
        assertThat(MarkdownEscaper.escape("a\\|b")).isEqualTo("a\\\\\\|b");
    }

    @Test
    void linksImagesHeadingsAndStrikethroughAreInert() {
        assertThat(MarkdownEscaper.escape("![x](http://e.vil) [a](b) # h ~~s~~ _u_"))
                .isEqualTo("\\!\\[x\\](http://e.vil) \\[a\\](b) \\# h \\~\\~s\\~\\~ \\_u\\_");
    }

    @Test
    void lineBreaksAndControlCharactersBecomeSpaces() {
        assertThat(MarkdownEscaper.escape("one\ntwo\r\nthree\tfour\u0000five\u2028six"))
                .isEqualTo("one two  three four five six");
    }

    @Test
    void nullIsEmptyAndPlainTextIsUnchanged() {
        assertThat(MarkdownEscaper.escape(null)).isEmpty();
        assertThat(MarkdownEscaper.escape("Checkout latency high (p99 > 2s)")).isEqualTo("Checkout latency high (p99 \\> 2s)");
        assertThat(MarkdownEscaper.escape("Ünïcödé – 東京")).isEqualTo("Ünïcödé – 東京");
    }
}
