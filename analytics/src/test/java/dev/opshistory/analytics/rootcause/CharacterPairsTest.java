package dev.opshistory.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharacterPairsTest {

    @Test
    void aWordInTheTextMayBeThere() {
        CharacterPairs pairs = new CharacterPairs("the deploy rolled out a bad config");
        assertThat(pairs.mayContain("config")).isTrue();
        assertThat(pairs.mayContain("rolled out")).isTrue();
        assertThat(pairs.mayContain("")).isTrue();
    }

    @Test
    void aWordWithAPairTheTextLacksIsCertainlyAbsent() {
        CharacterPairs pairs = new CharacterPairs("the deploy rolled out a bad config");
        assertThat(pairs.mayContain("network")).isFalse();
        assertThat(pairs.mayContain("zz")).isFalse();
    }

    @Test
    void neverKeepsOutAWordThatIsInTheText() {
        Random random = new Random(7);
        String alphabet = "abcdefghij é-ü\n";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 80; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            CharacterPairs pairs = new CharacterPairs(text.toString());
            int start = random.nextInt(70);
            String word = text.substring(start, start + 1 + random.nextInt(9));
            assertThat(pairs.mayContain(word)).as("%s in %s", word, text).isTrue();
        }
    }
}
