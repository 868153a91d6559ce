package dev.opshistory.analytics.stateful;

import dev.opshistory.analytics.classify.EventClassifier;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/** Test fixtures: named instants and alerts classified by the real stateless classifier. */
final class Fixtures {

    /** A Monday, 10:00 UTC. */
    static final Instant BEGINNING = Instant.parse("2024-03-04T10:00:00Z");
    static final Instant TEN_SECONDS_LATER = BEGINNING.plusSeconds(10);
    static final Instant THIRTY_SECONDS_LATER = BEGINNING.plusSeconds(30);
    static final Instant ONE_MINUTE_LATER = BEGINNING.plus(Duration.ofMinutes(1));
    static final Instant TWO_MINUTES_LATER = BEGINNING.plus(Duration.ofMinutes(2));
    static final Instant FIVE_MINUTES_LATER = BEGINNING.plus(Duration.ofMinutes(5));
    static final Instant TEN_MINUTES_LATER = BEGINNING.plus(Duration.ofMinutes(10));
    static final Instant TWENTY_MINUTES_LATER = BEGINNING.plus(Duration.ofMinutes(20));
    static final Instant THIRTY_MINUTES_LATER = BEGINNING.plus(Duration.ofMinutes(30));
    static final Instant FORTY_MINUTES_LATER = BEGINNING.plus(Duration.ofMinutes(40));
    static final Instant ONE_HOUR_LATER = BEGINNING.plus(Duration.ofHours(1));
    static final Instant TWO_HOURS_LATER = BEGINNING.plus(Duration.ofHours(2));
    static final Instant TEN_HOURS_LATER = BEGINNING.plus(Duration.ofHours(10));
    static final Instant TWELVE_HOURS_LATER = BEGINNING.plus(Duration.ofHours(12));
    static final Instant TWENTY_HOURS_LATER = BEGINNING.plus(Duration.ofHours(20));
    static final Instant ONE_DAY_LATER = BEGINNING.plus(Duration.ofDays(1));
    static final Instant THREE_DAYS_LATER = BEGINNING.plus(Duration.ofDays(3));

    static final RuleSettings RULES = RuleSettings.defaults();
    static final String TITLE = "High error rate on checkout-7";

    private static final EventClassifier CLASSIFIER = new EventClassifier(RULES);

    private Fixtures() {
    }

    /** A PagerDuty alert on the checkout service with the usual title, created at {@code createdAt}. */
    static CanonicalEvent.Builder alert(String id, Instant createdAt) {
        return CanonicalEvent.builder().kind(EventKind.ALERT).source(Source.PAGERDUTY).sourceId(id)
                .service("checkout").title(TITLE).status("triggered").createdAt(createdAt);
    }

    /** The same alert as seen in Opsgenie, whose service names differ from PagerDuty's. */
    static CanonicalEvent.Builder opsgenieAlert(String id, Instant createdAt) {
        return alert(id, createdAt).source(Source.OPSGENIE).service("Checkout Team").status("open");
    }

    /** An alert that resolved at {@code resolvedAt}. */
    static CanonicalEvent.Builder resolved(String id, Instant createdAt, Instant resolvedAt) {
        return alert(id, createdAt).status("resolved").resolvedAt(resolvedAt).resolvedBy("Datadog")
                .autoResolved(true);
    }

    static ClassifiedEvent classified(CanonicalEvent.Builder alert) {
        return CLASSIFIER.classify(alert.build());
    }

    static List<ClassifiedEvent> classified(List<CanonicalEvent.Builder> alerts) {
        return alerts.stream().map(Fixtures::classified).toList();
    }

    static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    static String pagerDutyId(String sourceId) {
        return CanonicalEvent.eventId(Source.PAGERDUTY, EventKind.ALERT, sourceId);
    }

    static String opsgenieId(String sourceId) {
        return CanonicalEvent.eventId(Source.OPSGENIE, EventKind.ALERT, sourceId);
    }

    /** An opened operator harness around a stateful function, keyed by {@code key}; the caller closes it. */
    static KeyedOneInputStreamOperatorTestHarness<String, ClassifiedEvent, ClassifiedEvent> open(
            AlertHistoryFunction function, KeySelector<ClassifiedEvent, String> key) throws Exception {
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(function), key,
                Types.STRING);
        harness.open();
        return harness;
    }

    /** The alerts, classified by the stateless classifier, into the harness in the given order. */
    static void send(KeyedOneInputStreamOperatorTestHarness<String, ClassifiedEvent, ClassifiedEvent> harness,
            CanonicalEvent.Builder... alerts) {
        for (CanonicalEvent.Builder alert : alerts) {
            try {
                harness.processElement(new StreamRecord<>(classified(alert)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The end of a bounded input: the final watermark. */
    static void finish(KeyedOneInputStreamOperatorTestHarness<String, ClassifiedEvent, ClassifiedEvent> harness)
            throws Exception {
        harness.processWatermark(new Watermark(Long.MAX_VALUE));
    }
}
