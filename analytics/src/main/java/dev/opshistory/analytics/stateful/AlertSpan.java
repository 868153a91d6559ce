package dev.opshistory.analytics.stateful;

import java.time.Instant;
import java.util.Objects;

/**
 * When one alert was open: from its creation to its resolution.
 *
 * @param createdAt  when it triggered; never null
 * @param resolvedAt when it resolved; null while open or when the export does not say
 */
public record AlertSpan(Instant createdAt, Instant resolvedAt) {

    public AlertSpan {
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether the alert both triggered and resolved, so it is one trigger-resolve cycle. */
    public boolean resolved() {
        return resolvedAt != null;
    }

    /** The resolution, or the creation when a malformed export resolves an alert before it triggered. */
    public Instant end() {
        return resolvedAt == null || resolvedAt.isBefore(createdAt) ? createdAt : resolvedAt;
    }
}
