package dev.opshistory.model;

import java.time.Instant;
import java.util.List;

/**
 * One record of an export, in the shape every stage shares (DESIGN.md §3). All instants are UTC; any
 * component may be null when the export does not carry it, except {@code eventId}, {@code kind} and
 * {@code source}. Serialised as snake_case JSON by {@link EventJson}.
 *
 * @param eventId stable id <source>:<kind>:<sourceId>; re-ingesting an export gives the same ids
 * @param sourceId the vendor's own id
 * @param sourceNumber the human-facing number (PagerDuty incident_number, Opsgenie tinyId), or null
 * @param queue escalation policy or alert queue
 * @param dedupKey vendor dedup key (PagerDuty incident_key, Opsgenie alias); not the fingerprint
 * @param priority vendor priority as written (P1, SEV-2, ...)
 * @param priorityOrder vendor priority rank when only an order is known, else null
 * @param urgency PagerDuty urgency (high/low)
 * @param alertSeverity highest grouped-alert severity (critical/error/warning/info); for a PagerDuty incident whose
 *                      alerts were not read, the severity of its first trigger, where the export carries it
 * @param status vendor status (triggered, acknowledged, resolved, open, closed)
 * @param humanAcknowledged true when a person acknowledged, false when only a system did, null when unknown
 * @param autoResolved true when resolved by an integration, the API or a timeout rather than a person; null when unknown
 * @param occurrences deduplicated occurrences (Opsgenie count); null when unknown
 * @param alertCount grouped alerts folded into this event (PagerDuty)
 * @param major the vendor marked it major
 * @param truncated some text was cut at 64 KB
 * @param sourceFile the export file the event came from
 * @param postmortem postmortem fields for kind POSTMORTEM, else null
 */
public record CanonicalEvent(
        String eventId,
        EventKind kind,
        Source source,
        String sourceId,
        String sourceNumber,
        String title,
        String description,
        String service,
        String team,
        String queue,
        String dedupKey,
        String priority,
        Integer priorityOrder,
        String urgency,
        String alertSeverity,
        String status,
        Instant createdAt,
        Instant updatedAt,
        Instant acknowledgedAt,
        Instant resolvedAt,
        String acknowledgedBy,
        String resolvedBy,
        Boolean humanAcknowledged,
        Boolean autoResolved,
        String resolveReason,
        Integer escalations,
        Integer notifications,
        Integer occurrences,
        Integer alertCount,
        Boolean major,
        List<String> tags,
        List<String> notes,
        String runbookUrl,
        String htmlUrl,
        boolean truncated,
        String sourceFile,
        PostmortemDetails postmortem) {

    public CanonicalEvent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The canonical id for a record of a source, such as {@code pagerduty:alert:PT4KHLK}. */
    public static String eventId(Source source, EventKind kind, String sourceId) {
        return source.id() + ":" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + sourceId;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this event's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.eventId = eventId;
        b.kind = kind;
        b.source = source;
        b.sourceId = sourceId;
        b.sourceNumber = sourceNumber;
        b.title = title;
        b.description = description;
        b.service = service;
        b.team = team;
        b.queue = queue;
        b.dedupKey = dedupKey;
        b.priority = priority;
        b.priorityOrder = priorityOrder;
        b.urgency = urgency;
        b.alertSeverity = alertSeverity;
        b.status = status;
        b.createdAt = createdAt;
        b.updatedAt = updatedAt;
        b.acknowledgedAt = acknowledgedAt;
        b.resolvedAt = resolvedAt;
        b.acknowledgedBy = acknowledgedBy;
        b.resolvedBy = resolvedBy;
        b.humanAcknowledged = humanAcknowledged;
        b.autoResolved = autoResolved;
        b.resolveReason = resolveReason;
        b.escalations = escalations;
        b.notifications = notifications;
        b.occurrences = occurrences;
        b.alertCount = alertCount;
        b.major = major;
        b.tags = tags;
        b.notes = notes;
        b.runbookUrl = runbookUrl;
        b.htmlUrl = htmlUrl;
        b.truncated = truncated;
        b.sourceFile = sourceFile;
        b.postmortem = postmortem;
        return b;
    }

    /** Builds events field by field; parsers fill what their export carries. */
    public static final class Builder {
        private String eventId;
        private EventKind kind;
        private Source source;
        private String sourceId;
        private String sourceNumber;
        private String title;
        private String description;
        private String service;
        private String team;
        private String queue;
        private String dedupKey;
        private String priority;
        private Integer priorityOrder;
        private String urgency;
        private String alertSeverity;
        private String status;
        private Instant createdAt;
        private Instant updatedAt;
        private Instant acknowledgedAt;
        private Instant resolvedAt;
        private String acknowledgedBy;
        private String resolvedBy;
        private Boolean humanAcknowledged;
        private Boolean autoResolved;
        private String resolveReason;
        private Integer escalations;
        private Integer notifications;
        private Integer occurrences;
        private Integer alertCount;
        private Boolean major;
        private List<String> tags;
        private List<String> notes;
        private String runbookUrl;
        private String htmlUrl;
        private boolean truncated;
        private String sourceFile;
        private PostmortemDetails postmortem;

        public Builder eventId(String v) { this.eventId = v; return this; }
        public Builder kind(EventKind v) { this.kind = v; return this; }
        public Builder source(Source v) { this.source = v; return this; }
        public Builder sourceId(String v) { this.sourceId = v; return this; }
        public Builder sourceNumber(String v) { this.sourceNumber = v; return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder description(String v) { this.description = v; return this; }
        public Builder service(String v) { this.service = v; return this; }
        public Builder team(String v) { this.team = v; return this; }
        public Builder queue(String v) { this.queue = v; return this; }
        public Builder dedupKey(String v) { this.dedupKey = v; return this; }
        public Builder priority(String v) { this.priority = v; return this; }
        public Builder priorityOrder(Integer v) { this.priorityOrder = v; return this; }
        public Builder urgency(String v) { this.urgency = v; return this; }
        public Builder alertSeverity(String v) { this.alertSeverity = v; return this; }
        public Builder status(String v) { this.status = v; return this; }
        public Builder createdAt(Instant v) { this.createdAt = v; return this; }
        public Builder updatedAt(Instant v) { this.updatedAt = v; return this; }
        public Builder acknowledgedAt(Instant v) { this.acknowledgedAt = v; return this; }
        public Builder resolvedAt(Instant v) { this.resolvedAt = v; return this; }
        public Builder acknowledgedBy(String v) { this.acknowledgedBy = v; return this; }
        public Builder resolvedBy(String v) { this.resolvedBy = v; return this; }
        public Builder humanAcknowledged(Boolean v) { this.humanAcknowledged = v; return this; }
        public Builder autoResolved(Boolean v) { this.autoResolved = v; return this; }
        public Builder resolveReason(String v) { this.resolveReason = v; return this; }
        public Builder escalations(Integer v) { this.escalations = v; return this; }
        public Builder notifications(Integer v) { this.notifications = v; return this; }
        public Builder occurrences(Integer v) { this.occurrences = v; return this; }
        public Builder alertCount(Integer v) { this.alertCount = v; return this; }
        public Builder major(Boolean v) { this.major = v; return this; }
        public Builder tags(List<String> v) { this.tags = v; return this; }
        public Builder notes(List<String> v) { this.notes = v; return this; }
        public Builder runbookUrl(String v) { this.runbookUrl = v; return this; }
        public Builder htmlUrl(String v) { this.htmlUrl = v; return this; }
        public Builder truncated(boolean v) { this.truncated = v; return this; }
        public Builder sourceFile(String v) { this.sourceFile = v; return this; }
        public Builder postmortem(PostmortemDetails v) { this.postmortem = v; return this; }

        /** Builds the event; the event id is derived from source, kind and source id when not set. */
        public CanonicalEvent build() {
            if (eventId == null && source != null && kind != null && sourceId != null) {
                eventId = CanonicalEvent.eventId(source, kind, sourceId);
            }
            return new CanonicalEvent(eventId, kind, source, sourceId, sourceNumber, title, description, service, team, queue, dedupKey, priority, priorityOrder, urgency, alertSeverity, status, createdAt, updatedAt, acknowledgedAt, resolvedAt, acknowledgedBy, resolvedBy, humanAcknowledged, autoResolved, resolveReason, escalations, notifications, occurrences, alertCount, major, tags, notes, runbookUrl, htmlUrl, truncated, sourceFile, postmortem);
        }
    }
}
