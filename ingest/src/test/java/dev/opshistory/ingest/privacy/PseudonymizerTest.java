package dev.opshistory.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {

    private static final PseudonymKey KEY = PseudonymKey.of("test-key-0123456789".getBytes(StandardCharsets.UTF_8));

    private final Pseudonymizer pseudonymizer = new Pseudonymizer(KEY);

    @Test
    void aNameBecomesPersonAndEightHexDigits() {
        assertThat(pseudonymizer.person("Alice Example")).matches("person-[0-9a-f]{8}");
    }

    @Test
    void anEmailAddressBecomesAnAddressInTheInvalidDomain() {
        assertThat(pseudonymizer.person("alice@example.com"))
                .matches("person-[0-9a-f]{8}@pseudonymized\\.invalid");
    }

    @Test
    void theSameKeyGivesTheSamePseudonymInAnotherRun() {
        Pseudonymizer other = new Pseudonymizer(PseudonymKey.of("test-key-0123456789".getBytes(StandardCharsets.UTF_8)));
        assertThat(other.person("Alice Example")).isEqualTo(pseudonymizer.person("Alice Example"));
        assertThat(other.person("alice@example.com")).isEqualTo(pseudonymizer.person("alice@example.com"));
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        Pseudonymizer other = new Pseudonymizer(PseudonymKey.of("another-key".getBytes(StandardCharsets.UTF_8)));
        assertThat(other.person("Alice Example")).isNotEqualTo(pseudonymizer.person("Alice Example"));
    }

    @Test
    void caseAndSpacingDoNotMakeAnotherPerson() {
        assertThat(pseudonymizer.person("  alice   EXAMPLE ")).isEqualTo(pseudonymizer.person("Alice Example"));
        assertThat(pseudonymizer.person("Alice@Example.COM")).isEqualTo(pseudonymizer.person("alice@example.com"));
    }

    @Test
    void differentPeopleGetDifferentPseudonyms() {
        assertThat(pseudonymizer.person("Alice Example")).isNotEqualTo(pseudonymizer.person("Bob Example"));
    }

    @Test
    void emailAddressesInTextAreReplacedByPattern() {
        String text = pseudonymizer.text("paged carol@example.com and dave.x+oncall@corp.example.org, no reply");
        assertThat(text).doesNotContain("carol@example.com").doesNotContain("dave.x+oncall@corp.example.org")
                .contains(pseudonymizer.person("carol@example.com"));
    }

    @Test
    void aNameSeenInAPersonFieldIsReplacedInLaterTextInAnyCase() {
        String pseudonym = pseudonymizer.person("Alice Example");
        assertThat(pseudonymizer.text("Escalated to ALICE EXAMPLE; alice example fixed it (Alice-Example)."))
                .isEqualTo("Escalated to " + pseudonym + "; " + pseudonym + " fixed it (" + pseudonym + ").");
    }

    @Test
    void aNameIsReplacedOnlyAsWholeWords() {
        pseudonymizer.person("Ann Lee");
        assertThat(pseudonymizer.text("Annual sleep review, Leeds")).isEqualTo("Annual sleep review, Leeds");
    }

    @Test
    void theLongestKnownNameWins() {
        pseudonymizer.person("Alice");
        String full = pseudonymizer.person("Alice Example");
        assertThat(pseudonymizer.text("Alice Example took it")).isEqualTo(full + " took it");
    }

    @Test
    void aNameNotYetSeenStays() {
        assertThat(pseudonymizer.text("Zed Unknown restarted the pod")).isEqualTo("Zed Unknown restarted the pod");
    }

    @Test
    void veryShortNamesArePseudonymisedInTheirFieldButNotSearchedInText() {
        assertThat(pseudonymizer.person("Al")).matches("person-[0-9a-f]{8}");
        assertThat(pseudonymizer.text("Al restarted the AL service")).isEqualTo("Al restarted the AL service");
    }

    @Test
    void pseudonymsAreNotPseudonymisedAgain() {
        String p = pseudonymizer.person("bob@example.com");
        assertThat(pseudonymizer.person(p)).isEqualTo(p);
        assertThat(pseudonymizer.text("by " + p)).isEqualTo("by " + p);
    }

    @Test
    void nullAndBlankStayAsTheyAre() {
        assertThat(pseudonymizer.person(null)).isNull();
        assertThat(pseudonymizer.person(" ")).isEqualTo(" ");
        assertThat(pseudonymizer.text(null)).isNull();
    }

    @Test
    void theKeyIsNeverInThePseudonymOrTheKeysDescription() {
        PseudonymKey key = PseudonymKey.of("very-secret-key-value".getBytes(StandardCharsets.UTF_8));
        assertThat(key.toString()).doesNotContain("very-secret-key-value");
        assertThat(key.describe()).doesNotContain("very-secret-key-value");
    }
}
