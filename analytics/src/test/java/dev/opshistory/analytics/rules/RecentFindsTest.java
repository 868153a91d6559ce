package dev.opshistory.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentFindsTest {

    private final List<String> searched = new ArrayList<>();

    private String search(String text) {
        searched.add(text);
        return text.contains("false positive") ? "found in " + text : null;
    }

    @Test
    void aTextReadBeforeIsNotSearchedAgainWhateverItsAnswer() {
        RecentFinds finds = new RecentFinds(10, 100);

        assertThat(finds.find("a false positive", this::search)).isEqualTo("found in a false positive");
        assertThat(finds.find("restarted the pod", this::search)).isNull();
        assertThat(finds.find("a false positive", this::search)).isEqualTo("found in a false positive");
        assertThat(finds.find("restarted the pod", this::search)).isNull();

        assertThat(searched).containsExactly("a false positive", "restarted the pod");
    }

    @Test
    void aTextLongerThanTheLimitIsSearchedEveryTime() {
        RecentFinds finds = new RecentFinds(10, 5);

        assertThat(finds.find("a false positive", this::search)).isEqualTo("found in a false positive");
        assertThat(finds.find("a false positive", this::search)).isEqualTo("found in a false positive");

        assertThat(searched).hasSize(2);
    }

    @Test
    void theSearchesOfTheRulesGiveTheSameAnswerTheSecondTime() {
        FalsePositiveMarkers markers = new FalsePositiveMarkers(RuleSettings.defaults());
        NoActionStatements noAction = new NoActionStatements(RuleSettings.defaults());

        for (int pass = 0; pass < 2; pass++) {
            assertThat(markers.findInText("Closing as false positive.")).isEqualTo("Closing as false positive.");
            assertThat(markers.findInText("not a false positive, restarted the DB")).isNull();
            assertThat(markers.findInTag("false-positive")).isEqualTo("false-positive");
            assertThat(markers.findInTag("env:test")).isNull();
            assertThat(noAction.find("no action taken")).isEqualTo("no action taken");
            assertThat(noAction.find("restarted the pod")).isNull();
        }
    }
}
