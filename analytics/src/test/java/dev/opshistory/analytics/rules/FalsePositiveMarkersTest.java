package dev.opshistory.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FalsePositiveMarkersTest {

    private final FalsePositiveMarkers markers = new FalsePositiveMarkers(RuleSettings.defaults());

    @ParameterizedTest
    @ValueSource(strings = {
            "False positive",
            "false-positive, threshold too tight",
            "FALSE ALARM",
            "Resolved: false alarm",
            "these were false positives from the synthetic check",
            "#falsepositive",
            "False_Positive",
            "Closing as false positive.",
            "test",
            "Test.",
            "this was just a test",
            "OK, this was just a test. Closing.",
            "only a test",
            "test alert - please ignore",
            "noise",
            "it's noise",
            "It’s just noise",
            "Not an issue, closing",
            "it was not an issue",
            "Closed: not an issue",
            "Closing - just noise",
    })
    void explicitVerdictInFreeTextIsAMarker(String text) {
        assertThat(markers.findInText(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "testing",
            "Testing the failover to the standby",
            "Added a test for this regression",
            "unit test failures after the deploy",
            "tested in staging, rolling out",
            "contest entries spiked",
            "noisey",
            "the noise floor on the sensor rose after the firmware update",
            "noisy neighbour on the host, moved the pod",
            "Not a false positive, the disk really was full",
            "this wasn't a false alarm",
            "I don't think it's a false positive",
            "maybe a false alarm, checking",
            "is this a false positive?",
            "This is not an issue with the DB but with DNS",
            "this is not a test",
            "no issue found in the logs, escalating to the network team",
            "Root cause: the test environment shares the database",
            "Fixed - rolled back the release",
    })
    void wordsInOrdinaryWorkNotesAreNotMarkers(String text) {
        assertThat(markers.findInText(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false-positive", "false_positive", "FalsePositive", "false-alarm", "noise", "test",
            "test-alert", "not-an-issue", "Noise"})
    void markerTagsAreRecognisedWithAnySeparator(String tag) {
        assertThat(markers.findInTag(tag)).isEqualTo(tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"env:test", "testing", "latest", "noisy", "team-test-infra", "load-test-target",
            "severity:critical"})
    void tagsThatOnlyContainAMarkerWordAreNotMarkers(String tag) {
        assertThat(markers.findInTag(tag)).isNull();
    }

    @Test
    void evidenceIsTheWholeTextWhenShort() {
        assertThat(markers.findInText("Checked the graphs. False alarm, the probe was down; closing"))
                .isEqualTo("Checked the graphs. False alarm, the probe was down; closing");
    }

    @Test
    void evidenceIsTheClauseThatHoldsTheMarkerWhenTheTextIsLong() {
        String note = "Checked the graphs for the whole cluster and the upstream load balancers over the last day. "
                + "False alarm, the probe itself was down; closing";

        assertThat(markers.findInText(note)).isEqualTo("False alarm");
    }

    @Test
    void longEvidenceIsShortened() {
        String note = "false positive " + "x ".repeat(300);

        assertThat(markers.findInText(note)).hasSize(100).endsWith("…");
    }

    @Test
    void nullAndBlankTextHaveNoMarker() {
        assertThat(markers.findInText(null)).isNull();
        assertThat(markers.findInText("  ")).isNull();
        assertThat(markers.findInTag(null)).isNull();
    }
}
