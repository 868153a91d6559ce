package dev.opshistory.analytics.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventAssemblyTest {

    private static final Instant TRIGGERED = Instant.parse("2026-06-01T02:00:00Z");
    private static final Instant TWO_MINUTES_LATER = TRIGGERED.plus(Duration.ofMinutes(2));
    private static final Instant FIVE_MINUTES_LATER = TRIGGERED.plus(Duration.ofMinutes(5));
    private static final Instant AN_HOUR_LATER = TRIGGERED.plus(Duration.ofHours(1));
    private static final String PARENT = "pagerduty:alert:PX1";

    @Test
    void firstAcknowledgementWinsAndAPersonMakesItHuman() {
        CanonicalEvent assembled = EventAssembly.apply(incident(), List.of(
                log(EnrichmentType.ACKNOWLEDGE, "L2", FIVE_MINUTES_LATER, "Ben", true, "web_ui"),
                log(EnrichmentType.ACKNOWLEDGE, "L1", TWO_MINUTES_LATER, "Checkout Service", false, "api")));

        assertThat(assembled.acknowledgedAt()).isEqualTo(TWO_MINUTES_LATER);
        assertThat(assembled.acknowledgedBy()).isEqualTo("Checkout Service");
        assertThat(assembled.humanAcknowledged()).isTrue();
    }

    @Test
    void resolutionByTimeoutIsAutomatic() {
        CanonicalEvent assembled = EventAssembly.apply(incident(), List.of(
                log(EnrichmentType.RESOLVE, "L3", AN_HOUR_LATER, "PagerDuty", null, "timeout")));

        assertThat(assembled.resolvedAt()).isEqualTo(AN_HOUR_LATER);
        assertThat(assembled.autoResolved()).isTrue();
    }

    @Test
    void resolutionByAPersonIsNotAutomatic() {
        CanonicalEvent assembled = EventAssembly.apply(incident(), List.of(
                log(EnrichmentType.RESOLVE, "L3", AN_HOUR_LATER, "Ana", true, "web_ui")));

        assertThat(assembled.autoResolved()).isFalse();
        assertThat(assembled.resolvedBy()).isEqualTo("Ana");
    }

    @Test
    void whatTheExportSaysIsKeptOverTheLog() {
        CanonicalEvent resolvedByService = incident().toBuilder()
                .resolvedAt(FIVE_MINUTES_LATER).resolvedBy("Monitoring").autoResolved(true).build();

        CanonicalEvent assembled = EventAssembly.apply(resolvedByService, List.of(
                log(EnrichmentType.RESOLVE, "L3", AN_HOUR_LATER, "Ana", true, "web_ui")));

        assertThat(assembled.resolvedAt()).isEqualTo(FIVE_MINUTES_LATER);
        assertThat(assembled.resolvedBy()).isEqualTo("Monitoring");
        assertThat(assembled.autoResolved()).isTrue();
    }

    @Test
    void escalationsNotificationsAndNotesAreCountedOnceEvenWhenReadTwice() {
        Enrichment note = new Enrichment(PARENT, EnrichmentType.NOTE, "N1", FIVE_MINUTES_LATER, "Ana", true, null,
                "False positive: the probe itself was down", null, null, null, "PX1.notes.json");
        CanonicalEvent assembled = EventAssembly.apply(incident(), List.of(
                log(EnrichmentType.ESCALATE, "L4", TWO_MINUTES_LATER, "PagerDuty", false, "timeout"),
                log(EnrichmentType.ESCALATE, "L4", TWO_MINUTES_LATER, "PagerDuty", false, "timeout"),
                log(EnrichmentType.NOTIFY, "L5", TWO_MINUTES_LATER, "Ana", true, "sms"),
                note, note));

        assertThat(assembled.escalations()).isEqualTo(1);
        assertThat(assembled.notifications()).isEqualTo(1);
        assertThat(assembled.notes()).containsExactly("False positive: the probe itself was down");
    }

    @Test
    void groupedAlertsGiveTheHighestSeverityAndTheFirstRunbook() {
        CanonicalEvent assembled = EventAssembly.apply(incident(), List.of(
                alert("A1", "warning", null), alert("A2", "critical", "https://wiki/runbooks/disk"),
                alert("A3", "info", "https://wiki/other")));

        assertThat(assembled.alertSeverity()).isEqualTo("critical");
        assertThat(assembled.alertCount()).isEqualTo(3);
        assertThat(assembled.runbookUrl()).isEqualTo("https://wiki/runbooks/disk");
    }

    @Test
    void groupedAlertsSeverityReplacesTheFirstTriggersAndWithoutOneItStays() {
        CanonicalEvent triggeredCritical = incident().toBuilder().alertSeverity("critical").build();

        assertThat(EventAssembly.apply(triggeredCritical, List.of(alert("A1", "warning", null))).alertSeverity())
                .isEqualTo("warning");
        assertThat(EventAssembly.apply(triggeredCritical, List.of(alert("A1", null, null))).alertSeverity())
                .isEqualTo("critical");
    }

    @Test
    void noEnrichmentsLeavesTheEventAsItIs() {
        assertThat(EventAssembly.apply(incident(), List.of())).isEqualTo(incident());
    }

    private static CanonicalEvent incident() {
        return CanonicalEvent.builder().source(Source.PAGERDUTY).kind(EventKind.ALERT).sourceId("PX1")
                .title("Disk usage above 90% on db-1").createdAt(TRIGGERED).status("resolved").build();
    }

    private static Enrichment log(EnrichmentType type, String id, Instant at, String agent, Boolean human,
            String channel) {
        return new Enrichment(PARENT, type, id, at, agent, human, channel, null, null, null, null, "log_entries.json");
    }

    private static Enrichment alert(String id, String severity, String runbook) {
        return new Enrichment(PARENT, EnrichmentType.ALERT, id, TRIGGERED, null, null, null, null, "key-" + id,
                severity, runbook, "PX1.alerts.json");
    }
}
