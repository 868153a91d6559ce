package dev.opshistory.analytics.assemble;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;

/**
 * One record of the job's input topics: either a version of an event or an enrichment of one. Exactly one
 * component is non-null.
 */
public record IngestRecord(CanonicalEvent event, Enrichment enrichment) {

    public static IngestRecord of(CanonicalEvent event) {
        return new IngestRecord(event, null);
    }

    public static IngestRecord of(Enrichment enrichment) {
        return new IngestRecord(null, enrichment);
    }

    /** The event id this record belongs to: its own, or its parent's. */
    public String eventId() {
        return event != null ? event.eventId() : enrichment.parentEventId();
    }
}
