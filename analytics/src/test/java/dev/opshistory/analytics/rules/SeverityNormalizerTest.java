package dev.opshistory.analytics.rules;

import static dev.opshistory.analytics.rules.Alerts.alert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Severity;
import dev.opshistory.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityNormalizerTest {

    private final SeverityNormalizer normalizer = new SeverityNormalizer(RuleSettings.defaults());

    private NormalizedSeverity normalize(CanonicalEvent.Builder event) {
        return normalizer.normalize(event.build());
    }

    @ParameterizedTest
    @CsvSource({"P1,SEV1", "P2,SEV2", "P3,SEV3", "P4,SEV4", "P5,SEV5"})
    void opsgeniePrioritiesMapOneToOne(String priority, Severity expected) {
        assertThat(normalize(alert().source(Source.OPSGENIE).priority(priority)).severity()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SEV-1|SEV1", "Sev 2|SEV2", "p3|SEV3", "sev4|SEV4", "S2|SEV2", "P1 - Critical|SEV1", "Priority 5|SEV5",
            "P0|SEV1", "SEV0|SEV1", "2|SEV2", "High (P2)|SEV2"})
    void levelDigitOfThePriorityDecidesInAnySpelling(String priority, Severity expected) {
        NormalizedSeverity result = normalize(alert().priority(priority));

        assertThat(result.severity()).isEqualTo(expected);
        assertThat(result.basis()).isEqualTo("priority");
    }

    @ParameterizedTest
    @CsvSource({"Highest,SEV1", "critical,SEV1", "High,SEV2", "Medium,SEV3", "low,SEV4", "Lowest,SEV5"})
    void priorityNameWithoutADigitIsLookedUp(String priority, Severity expected) {
        assertThat(normalize(alert().priority(priority)).severity()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"critical,SEV1", "error,SEV2", "warning,SEV3", "info,SEV5", "none,SEV5", "page,SEV2", "ticket,SEV4",
            "major,SEV2", "minor,SEV4", "disaster,SEV1", "average,SEV3", "severe,SEV2", "fatal,SEV1", "emergency,SEV1",
            "notice,SEV4", "debug,SEV5",
            "P1,SEV1", "sev2,SEV2"})
    void alertmanagerSeverityLabelsFollowTheirConventions(String label, Severity expected) {
        NormalizedSeverity result = normalize(alert().source(Source.ALERTMANAGER).alertSeverity(label));

        assertThat(result.severity()).isEqualTo(expected);
        assertThat(result.basis()).isEqualTo("alert_severity");
    }

    @Test
    void alertmanagerPriorityLabelBeatsItsSeverityLabel() {
        NormalizedSeverity result = normalize(alert().source(Source.ALERTMANAGER).priority("P3").alertSeverity("page"));

        assertThat(result.severity()).isEqualTo(Severity.SEV3);
        assertThat(result.basis()).isEqualTo("priority");
    }

    @Test
    void priorityBeatsAlertSeverityAndUrgency() {
        NormalizedSeverity result = normalize(alert().priority("P4").alertSeverity("critical").urgency("high"));

        assertThat(result.severity()).isEqualTo(Severity.SEV4);
        assertThat(result.sourceSeverity()).isEqualTo("priority=P4 alert_severity=critical urgency=high");
    }

    @Test
    void priorityThatSaysNothingFallsBackToAlertSeverity() {
        NormalizedSeverity result = normalize(alert().priority("Custom").alertSeverity("warning"));

        assertThat(result.severity()).isEqualTo(Severity.SEV3);
        assertThat(result.basis()).isEqualTo("alert_severity");
    }

    @Test
    void twoDigitPriorityIsNotALevel() {
        assertThat(normalize(alert().priority("P10").urgency("low")).severity()).isEqualTo(Severity.SEV4);
    }

    @Test
    void priorityOrderFromOneToFiveIsALevel() {
        NormalizedSeverity result = normalize(alert().priorityOrder(2).urgency("low"));

        assertThat(result.severity()).isEqualTo(Severity.SEV2);
        assertThat(result.basis()).isEqualTo("priority_order");
    }

    @Test
    void pagerDutySortKeyOrderIsNotALevel() {
        NormalizedSeverity result = normalize(alert().priorityOrder(400_000_000).urgency("high"));

        assertThat(result.severity()).isEqualTo(Severity.SEV2);
        assertThat(result.basis()).isEqualTo("urgency");
        assertThat(result.sourceSeverity()).isEqualTo("priority_order=400000000 urgency=high");
    }

    @ParameterizedTest
    @CsvSource({"critical,SEV1", "error,SEV2", "warning,SEV3", "info,SEV5", "CRITICAL,SEV1"})
    void pagerDutyAlertSeverityMapsByDefault(String alertSeverity, Severity expected) {
        assertThat(normalize(alert().alertSeverity(alertSeverity)).severity()).isEqualTo(expected);
    }

    @Test
    void alertSeverityBeatsUrgency() {
        assertThat(normalize(alert().alertSeverity("critical").urgency("low")).severity()).isEqualTo(Severity.SEV1);
    }

    @ParameterizedTest
    @CsvSource({"high,SEV2", "low,SEV4", "High,SEV2"})
    void urgencyDecidesWhenNothingElseSays(String urgency, Severity expected) {
        NormalizedSeverity result = normalize(alert().urgency(urgency));

        assertThat(result.severity()).isEqualTo(expected);
        assertThat(result.sourceSeverity()).isEqualTo("urgency=" + urgency);
    }

    @Test
    void nothingToGoOnIsUnknown() {
        NormalizedSeverity result = normalize(alert());

        assertThat(result).isEqualTo(new NormalizedSeverity(Severity.UNKNOWN, null, "none"));
    }

    @Test
    void unrecognisedValuesAreUnknownButKeptAsTheSource() {
        NormalizedSeverity result = normalize(alert().urgency("suppressed"));

        assertThat(result.severity()).isEqualTo(Severity.UNKNOWN);
        assertThat(result.sourceSeverity()).isEqualTo("urgency=suppressed");
    }

    @Test
    void sourceValueWithSpacesIsQuoted() {
        assertThat(normalize(alert().priority("Sev 2").urgency("high")).sourceSeverity())
                .isEqualTo("priority=\"Sev 2\" urgency=high");
    }
}
