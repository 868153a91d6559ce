package dev.opshistory.analytics.stateful;

import static dev.opshistory.analytics.stateful.Fixtures.BEGINNING;
import static dev.opshistory.analytics.stateful.Fixtures.ONE_MINUTE_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TEN_SECONDS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.THIRTY_SECONDS_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.TWO_MINUTES_LATER;
import static dev.opshistory.analytics.stateful.Fixtures.alert;
import static dev.opshistory.analytics.stateful.Fixtures.opsgenieAlert;
import static dev.opshistory.analytics.stateful.Fixtures.opsgenieId;
import static dev.opshistory.analytics.stateful.Fixtures.pagerDutyId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The duplicates step alone in {@link AlertHistoryFunction}, as the job keys it. */
class CrossSourceDuplicateStepTest {

    private KeyedOneInputStreamOperatorTestHarness<String, ClassifiedEvent, ClassifiedEvent> harness;

    @AfterEach
    void tearDown() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void forwardedCopyPointsAtTheEarlierAlertAndStateAndTimersAreClearedAfterTheFinalWatermark()
            throws Exception {
        open(Duration.ZERO);
        send(opsgenieAlert("OG1", BEGINNING), alert("PD1", THIRTY_SECONDS_LATER));

        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
        finish();

        Map<String, String> verdicts = duplicateOfById();
        assertThat(verdicts).containsOnlyKeys(opsgenieId("OG1"), pagerDutyId("PD1"));
        assertThat(verdicts.get(opsgenieId("OG1"))).isNull();
        assertThat(verdicts.get(pagerDutyId("PD1"))).isEqualTo(opsgenieId("OG1"));
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void newestFirstGivesTheSameVerdictsAsOldestFirst() throws Exception {
        List<CanonicalEvent.Builder> oldestFirst = List.of(opsgenieAlert("OG1", BEGINNING),
                alert("PD1", TEN_SECONDS_LATER), alert("PD2", THIRTY_SECONDS_LATER),
                opsgenieAlert("OG2", ONE_MINUTE_LATER));

        open(Duration.ZERO);
        oldestFirst.forEach(this::send);
        finish();
        Map<String, String> fromOldest = duplicateOfById();
        harness.close();

        open(Duration.ZERO);
        Fixtures.reversed(oldestFirst).forEach(this::send);
        finish();

        assertThat(duplicateOfById()).isEqualTo(fromOldest);
        assertThat(fromOldest.get(pagerDutyId("PD1"))).isEqualTo(opsgenieId("OG1"));
        assertThat(fromOldest.get(opsgenieId("OG2"))).isEqualTo(pagerDutyId("PD2"));
        assertThat(fromOldest.get(pagerDutyId("PD2"))).isNull();
    }

    @Test
    void servicesNamedDifferentlyInEachToolStillMatchOnTheTitleTemplate() throws Exception {
        open(Duration.ZERO);
        send(opsgenieAlert("OG1", BEGINNING).service(null).title("High error rate on checkout-3"),
                alert("PD1", TEN_SECONDS_LATER).service("Checkout API (prod)").title("High error rate on checkout-7"));
        finish();

        assertThat(duplicateOfById().get(pagerDutyId("PD1"))).isEqualTo(opsgenieId("OG1"));
    }

    @Test
    void differentTitlesAreNeverCopies() throws Exception {
        open(Duration.ZERO);
        send(opsgenieAlert("OG1", BEGINNING), alert("PD1", TEN_SECONDS_LATER).title("Disk full on db-1"));
        finish();

        assertThat(duplicateOfById().values()).containsOnlyNulls();
    }

    @Test
    void untitledAlertsArePassedOnAtOnceAndNeverMatched() throws Exception {
        open(Duration.ZERO);
        send(opsgenieAlert("OG1", BEGINNING).title(null), alert("PD1", TEN_SECONDS_LATER).title(" "));

        assertThat(harness.extractOutputValues()).hasSize(2).allSatisfy(e -> assertThat(e.duplicateOf()).isNull());
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    @Test
    void inAContinuousRunACopyIsDecidedOnceTheWatermarkPassesItAndTheOriginalIsForgottenAfterTheWindow()
            throws Exception {
        open(Duration.ZERO);
        send(opsgenieAlert("OG1", BEGINNING));
        harness.processWatermark(BEGINNING.toEpochMilli());
        assertThat(harness.extractOutputValues()).hasSize(1);

        send(alert("PD1", ONE_MINUTE_LATER));
        harness.processWatermark(ONE_MINUTE_LATER.toEpochMilli() - 1);
        assertThat(harness.extractOutputValues()).hasSize(1);
        harness.processWatermark(ONE_MINUTE_LATER.toEpochMilli());

        assertThat(duplicateOfById().get(pagerDutyId("PD1"))).isEqualTo(opsgenieId("OG1"));
        assertThat(harness.numKeyedStateEntries()).isPositive();
        harness.processWatermark(ONE_MINUTE_LATER.plus(Duration.ofMinutes(2)).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void copyArrivingBehindTheWatermarkIsStillMatchedWithTheKeptOriginal() throws Exception {
        open(Duration.ZERO);
        send(opsgenieAlert("OG1", BEGINNING));
        harness.processWatermark(ONE_MINUTE_LATER.toEpochMilli());

        send(alert("PD1", THIRTY_SECONDS_LATER));

        assertThat(duplicateOfById().get(pagerDutyId("PD1"))).isEqualTo(opsgenieId("OG1"));
        harness.processWatermark(TWO_MINUTES_LATER.plusSeconds(30).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    private void open(Duration arrivalDelay) throws Exception {
        harness = Fixtures.open(new AlertHistoryFunction(List.of(new CrossSourceDuplicateStep(
                        new CrossSourceDuplicates(Fixtures.RULES.duplicateWindow()), arrivalDelay))), new TitleTemplateKey());
    }

    private void send(CanonicalEvent.Builder... alerts) {
        Fixtures.send(harness, alerts);
    }

    private void finish() throws Exception {
        Fixtures.finish(harness);
    }

    /** Event id → duplicate_of; each id at most once (a second emission would fail the collector). */
    private Map<String, String> duplicateOfById() {
        Map<String, String> verdicts = new HashMap<>();
        for (ClassifiedEvent e : harness.extractOutputValues()) {
            assertThat(verdicts).doesNotContainKey(e.event().eventId());
            verdicts.put(e.event().eventId(), e.duplicateOf());
        }
        return verdicts;
    }
}
