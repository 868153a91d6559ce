package dev.opshistory.analytics.warehouse;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.RootCause;

import java.util.Objects;

/**
 * A postmortem with the root-cause category the job settled on: one row of {@code warehouse/postmortems}.
 *
 * @param event    the postmortem, of kind {@link EventKind#POSTMORTEM}; its details may be null
 * @param rootCause the category; {@link RootCause#UNKNOWN} when none was found (never null)
 * @param rootCauseEvidence matched terms and fields that decided the category, or null
 */
public record ClassifiedPostmortem(CanonicalEvent event, RootCause rootCause, String rootCauseEvidence) {

    public ClassifiedPostmortem {
        Objects.requireNonNull(event, "event");
        if (event.kind() != EventKind.POSTMORTEM) {
            throw new IllegalArgumentException("not a postmortem: " + event.eventId() + " is " + event.kind());
        }
        rootCause = rootCause == null ? RootCause.UNKNOWN : rootCause;
    }
}
