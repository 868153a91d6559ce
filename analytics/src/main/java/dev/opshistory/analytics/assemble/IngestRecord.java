package dev.opshistory.analytics.assemble;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EventKind;

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

    /**
     * Whether this is a version of a postmortem. Enrichments never are, nor belong to one: ingest gives every
     * log entry, note and grouped alert the id of an alert or incident as parent ({@code PagerDutyRefs} and
     * {@code OpsgenieParent} build it with {@link EventKind#ALERT}), so they all travel with the alerts.
     */
    public boolean isPostmortem() {
        return event != null && event.kind() == EventKind.POSTMORTEM;
    }
}
