package dev.opshistory.analytics.stateful;

import static dev.opshistory.analytics.stateful.Fixtures.BEGINNING;
import static dev.opshistory.analytics.stateful.Fixtures.ONE_MINUTE_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TEN_SECONDS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.THIRTY_SECONDS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWO_MINUTES_LATER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.analytics.stateful.CrossSourceDuplicates.Sighting;
import dev.opshistory.model.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossSourceDuplicatesTest {

    private final CrossSourceDuplicates rule = new CrossSourceDuplicates(Duration.ofMinutes(2));

    @Test
    void pagerDutyCopyOfAnOpsgenieAlertPointsAtItAndTheOriginalStaysUnflagged() {
        assertThat(decide(opsgenie("OG1", BEGINNING), pagerDuty("PD1", THIRTY_SECONDS_LATER)))
                .containsExactly(null, "opsgenie:OG1");
    }

    @Test
    void forwardingBackFromPagerDutyToOpsgenieIsACopyToo() {
        assertThat(decide(pagerDuty("PD1", BEGINNING), opsgenie("OG1", ONE_MINUTE_LATER)))
                .containsExactly(null, "pagerduty:PD1");
    }

    @Test
    void alertsOfTheSameToolAreNeverCopies() {
        assertThat(decide(pagerDuty("PD1", BEGINNING), pagerDuty("PD2", TEN_SECONDS_LATER)))
                .containsOnlyNulls();
    }

    @Test
    void copyCreatedExactlyTwoMinutesLaterIsStillACopy() {
        assertThat(decide(opsgenie("OG1", BEGINNING), pagerDuty("PD1", TWO_MINUTES_LATER)))
                .containsExactly(null, "opsgenie:OG1");
    }

    @Test
    void alertCreatedTwoMinutesAndAMillisecondLaterIsNotACopy() {
        assertThat(decide(opsgenie("OG1", BEGINNING), pagerDuty("PD1", TWO_MINUTES_LATER.plusMillis(1))))
                .containsOnlyNulls();
    }

    @Test
    void anOriginalHasOneCopyPerToolSoASecondAlertThereIsItsOwn() {
        assertThat(decide(opsgenie("OG1", BEGINNING), pagerDuty("PD1", TEN_SECONDS_LATER),
                pagerDuty("PD2", THIRTY_SECONDS_LATER)))
                .containsExactly(null, "opsgenie:OG1", null);
    }

    @Test
    void twoOriginalsAndTheirCopiesPairUpInOrder() {
        assertThat(decide(opsgenie("OG1", BEGINNING), opsgenie("OG2", TEN_SECONDS_LATER),
                pagerDuty("PD1", THIRTY_SECONDS_LATER), pagerDuty("PD2", ONE_MINUTE_LATER)))
                .containsExactly(null, null, "opsgenie:OG1", "opsgenie:OG2");
    }

    @Test
    void aCopyOfACopyPointsAtTheOriginal() {
        assertThat(decide(opsgenie("OG1", BEGINNING), pagerDuty("PD1", TEN_SECONDS_LATER),
                jsm("J1", THIRTY_SECONDS_LATER)))
                .containsExactly(null, "opsgenie:OG1", "opsgenie:OG1");
    }

    @Test
    void alertsCreatedAtTheSameInstantAreOrderedByEventId() {
        assertThat(decide(pagerDuty("PD1", BEGINNING), opsgenie("OG1", BEGINNING)))
                .containsExactly("opsgenie:OG1", null);
    }

    @Test
    void newestFirstGivesTheSameVerdictPerAlert() {
        List<Sighting> oldestFirst = List.of(opsgenie("OG1", BEGINNING), pagerDuty("PD1", TEN_SECONDS_LATER),
                pagerDuty("PD2", THIRTY_SECONDS_LATER));

        assertThat(rule.duplicateOf(List.of(), Fixtures.reversed(oldestFirst)))
                .containsExactly(null, "opsgenie:OG1", null);
    }

    @Test
    void settledCopiesKeepTheirOriginalFromTakingASecondCopy() {
        List<Sighting> settled = List.of(opsgenie("OG1", BEGINNING),
                new Sighting("pagerduty:PD1", Source.PAGERDUTY, TEN_SECONDS_LATER, "opsgenie:OG1"));

        assertThat(rule.duplicateOf(settled, List.of(pagerDuty("PD2", THIRTY_SECONDS_LATER))))
                .containsExactly((String) null);
    }

    @Test
    void settledOriginalTakesACopyDecidedLater() {
        assertThat(rule.duplicateOf(List.of(opsgenie("OG1", BEGINNING)), List.of(pagerDuty("PD1", ONE_MINUTE_LATER))))
                .containsExactly("opsgenie:OG1");
    }

    @Test
    void settledCopyWhoseOriginalIsGoneIsNotTakenForAnOriginal() {
        List<Sighting> settled = List.of(
                new Sighting("pagerduty:PD1", Source.PAGERDUTY, BEGINNING, "opsgenie:forgotten"));

        assertThat(rule.duplicateOf(settled, List.of(opsgenie("OG2", TEN_SECONDS_LATER))))
                .containsExactly((String) null);
    }

    private List<String> decide(Sighting... alerts) {
        return rule.duplicateOf(List.of(), Arrays.asList(alerts));
    }

    private static Sighting opsgenie(String id, Instant createdAt) {
        return new Sighting("opsgenie:" + id, Source.OPSGENIE, createdAt, null);
    }

    private static Sighting pagerDuty(String id, Instant createdAt) {
        return new Sighting("pagerduty:" + id, Source.PAGERDUTY, createdAt, null);
    }

    private static Sighting jsm(String id, Instant createdAt) {
        return new Sighting("jsm:" + id, Source.JSM, createdAt, null);
    }
}
