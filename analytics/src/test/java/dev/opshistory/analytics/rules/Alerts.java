package dev.opshistory.analytics.rules;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Duration;
import java.time.Instant;

/** Test fixtures: named instants around one alert firing, and builders of typical alerts. */
final class Alerts {

    /** When the alert fired: a Monday, 10:00 UTC. */
    static final Instant FIRED = Instant.parse("2024-03-04T10:00:00Z");
    static final Instant ONE_MINUTE_LATER = FIRED.plus(Duration.ofMinutes(1));
    static final Instant TWO_MINUTES_LATER = FIRED.plus(Duration.ofMinutes(2));
    static final Instant FOUR_MINUTES_LATER = FIRED.plus(Duration.ofMinutes(4));
    static final Instant TEN_MINUTES_LATER = FIRED.plus(Duration.ofMinutes(10));
    static final Instant ELEVEN_MINUTES_LATER = FIRED.plus(Duration.ofMinutes(11));
    static final Instant FORTY_MINUTES_LATER = FIRED.plus(Duration.ofMinutes(40));
    static final Instant TWO_HOURS_LATER = FIRED.plus(Duration.ofHours(2));
    static final Instant THREE_DAYS_LATER = FIRED.plus(Duration.ofDays(3));

    static final String JANE = "Jane Doe";

    private Alerts() {
    }

    /** An open PagerDuty alert on the checkout service, fired at {@link #FIRED}. */
    static CanonicalEvent.Builder alert() {
        return CanonicalEvent.builder()
                .kind(EventKind.ALERT)
                .source(Source.PAGERDUTY)
                .sourceId("PT4KHLK")
                .title("High error rate on checkout")
                .service("checkout")
                .status("triggered")
                .createdAt(FIRED);
    }

    /** Resolved by the monitoring integration at {@code at}; nobody acknowledged it. */
    static CanonicalEvent.Builder autoResolvedAt(Instant at) {
        return alert().status("resolved").resolvedAt(at).resolvedBy("Datadog").autoResolved(true)
                .humanAcknowledged(false);
    }

    /** Acknowledged by {@link #JANE} one minute after firing, still open. */
    static CanonicalEvent.Builder acknowledgedByJane() {
        return alert().status("acknowledged").acknowledgedAt(ONE_MINUTE_LATER).acknowledgedBy(JANE)
                .humanAcknowledged(true);
    }

    /** Closed by {@link #JANE} at {@code at}, with no acknowledgement on record. */
    static CanonicalEvent.Builder closedByJaneAt(Instant at) {
        return alert().status("resolved").resolvedAt(at).resolvedBy(JANE).autoResolved(false);
    }
}
