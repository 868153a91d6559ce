package dev.opshistory.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermPatternTest {

    /** The anchor is what the lowered text must hold for the pattern to match: a term of any script has one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rolled back | rolled",
            "переполн* | переполн",
            "ошибк* в код* | ошибк",
            "réseau | réseau",
            "falta de memória | memória",
            // letters whose upper case lowers to others are no anchor: "ß" (SS), the dotless "ı" (I)
            "straße | ''",
            "festplatte voll | festplatt"})
    void theAnchorIsTheLongestPieceTheLoweredTextMustHold(String term, String anchor) {
        assertThat(new TermPattern(term).anchor()).isEqualTo(anchor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "переполн* | ПЕРЕПОЛНЕНИЕ тома",
            "réseau | une panne RÉSEAU",
            "falta de memória | FALTA DE MEMÓRIA no servidor"})
    void wheneverThePatternMatchesTheLoweredTextHoldsTheAnchor(String term, String text) {
        TermPattern pattern = new TermPattern(term);
        assertThat(pattern.pattern().matcher(text).find()).isTrue();
        assertThat(text.toLowerCase(Locale.ROOT)).contains(pattern.anchor());
    }
}
