package dev.opshistory.reports;

import java.time.Duration;
import java.time.Instant;

/**
 * The span a report covers, both ends inclusive, UTC. Either end is null only when the user did not give it
 * and the warehouse has no events to take it from.
 */
public record Period(Instant from, Instant to) {

    /** Neither bound known: no events and no bounds asked for. */
    public static final Period UNKNOWN = new Period(null, null);

    /**
     * The period asked for, with each missing bound taken from the data — never from the wall clock, so the
     * same warehouse always gives the same report.
     *
     * @param firstEvent the earliest {@code created_at} in the warehouse, or null when it is empty
     * @param lastEvent  the latest {@code created_at} in the warehouse, or null when it is empty
     */
    public static Period resolve(Instant requestedFrom, Instant requestedTo, Instant firstEvent, Instant lastEvent) {
        return new Period(requestedFrom != null ? requestedFrom : firstEvent,
                requestedTo != null ? requestedTo : lastEvent);
    }

    /** True when both bounds are known, so buckets can be laid out between them. */
    public boolean isBounded() {
        return from != null && to != null && !from.isAfter(to);
    }

    /** From {@code from} to {@code to}; zero when not bounded. */
    public Duration length() {
        return isBounded() ? Duration.between(from, to) : Duration.ZERO;
    }
}
