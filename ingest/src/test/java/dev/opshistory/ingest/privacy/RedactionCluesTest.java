package dev.opshistory.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionCluesTest {

    private static final int AWS_KEY_ID_LENGTH = 20;

    @Test
    void anOrdinaryTitleGivesNoClue() {
        RedactionClues clues = RedactionClues.of("Disk usage above 90% on inventory-data-06 (inventory-cache-eu)",
                AWS_KEY_ID_LENGTH);

        assertThat(clues.schemeToken()).isFalse();
        assertThat(clues.vendorToken()).isFalse();
        assertThat(clues.urlCredentials()).isFalse();
        assertThat(clues.keyedSecret()).isFalse();
        assertThat(clues.jwt()).isFalse();
        assertThat(clues.upperAlnumRun()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc", "x BASIC\tabc", "(geniekey\nabc", "auth: SsWs abc"})
    void aSchemeWordAtAWordStartBeforeWhiteSpaceIsAClue(String text) {
        assertThat(RedactionClues.of(text, AWS_KEY_ID_LENGTH).schemeToken()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unbearer abc", "Bearer", "basics abc", "my_ssws abc", "Bearer-abc"})
    void aSchemeWordInsideAWordOrWithoutWhiteSpaceAfterItIsNoClue(String text) {
        assertThat(RedactionClues.of(text, AWS_KEY_ID_LENGTH).schemeToken()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "xapp-", "k_live_",
        "k_test_", "AIza", "npm_", "SG."})
    void everyVendorMarkerIsAClue(String marker) {
        assertThat(RedactionClues.of("a " + marker + " b", AWS_KEY_ID_LENGTH).vendorToken()).isTrue();
    }

    @Test
    void aRunOfCapitalsAndDigitsIsAClueFromTheLengthAskedFor() {
        assertThat(RedactionClues.of("id AKIA1234567890ABCDE.", AWS_KEY_ID_LENGTH).upperAlnumRun()).isFalse();
        assertThat(RedactionClues.of("id AKIA1234567890ABCDEF.", AWS_KEY_ID_LENGTH).upperAlnumRun()).isTrue();
    }
}
