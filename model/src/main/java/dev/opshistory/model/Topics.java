package dev.opshistory.model;

/** Kafka topic names shared by ingest and analytics (DESIGN.md §2). */
public final class Topics {
    public static final String ALERTS = "opshistory.alerts";
    public static final String INCIDENTS = "opshistory.incidents";
    public static final String POSTMORTEMS = "opshistory.postmortems";
    public static final String REJECTS = "opshistory.rejects";
    /** Log entries, notes and grouped alerts, keyed by their parent's event id (docs/decisions/0003). */
    public static final String ENRICHMENTS = "opshistory.enrichments";
    public static final String CLASSIFIED = "opshistory.classified";

    /** The topics that carry canonical events, in the order analytics reads them. */
    public static final java.util.List<String> EVENT_TOPICS = java.util.List.of(ALERTS, INCIDENTS, POSTMORTEMS);
    /** Every topic the analytics job reads: the events and their enrichments. */
    public static final java.util.List<String> INPUT_TOPICS = java.util.List.of(ALERTS, INCIDENTS, POSTMORTEMS, ENRICHMENTS);

    private Topics() {
    }

    /** The topic that carries events of the given kind. */
    public static String forKind(EventKind kind) {
        return switch (kind) {
            case ALERT -> ALERTS;
            case INCIDENT -> INCIDENTS;
            case POSTMORTEM -> POSTMORTEMS;
        };
    }
}
