package dev.opshistory.analytics.rules;

import dev.opshistory.model.CanonicalEvent;
import java.time.Duration;
import java.time.Instant;

/**
 * Seconds from an event's creation to its acknowledgement and to its resolution (MTTA / MTTR inputs).
 * Null-safe: null when either instant is missing. Never negative: an acknowledgement or resolution stamped
 * before the creation (clock skew, a re-opened record) gives null rather than a negative time that would
 * drag medians down; an acknowledgement stamped after the resolution likewise (the vendors refuse to acknowledge a
 * resolved incident or closed alert, so such a stamp comes from a merge or a hand-edited record, and a month-long
 * "time to acknowledge" beside a seconds-long resolution would dominate the MTTA figures).
 */
public final class ResponseTimes {

    private ResponseTimes() {
    }

    /** Whole seconds from created to acknowledged, or null. */
    public static Long secondsToAcknowledge(CanonicalEvent event) {
        Instant resolved = event.resolvedAt();
        if (resolved != null && event.acknowledgedAt() != null && event.acknowledgedAt().isAfter(resolved)) {
            return null;
        }
        return secondsBetween(event.createdAt(), event.acknowledgedAt());
    }

    /** Whole seconds from created to resolved, or null. */
    public static Long secondsToResolve(CanonicalEvent event) {
        return secondsBetween(event.createdAt(), event.resolvedAt());
    }

    /** Whole seconds (truncated) from {@code start} to {@code end}; null when either is null or end is before start. */
    public static Long secondsBetween(Instant start, Instant end) {
        if (start == null || end == null || end.isBefore(start)) {
            return null;
        }
        return Duration.between(start, end).getSeconds();
    }
}
