package dev.opshistory.analytics.warehouse;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.util.Set;

import static org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit.MICROS;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

/**
 * Writes {@link ClassifiedEvent}s as rows of {@code warehouse/events} (docs/warehouse.md): one Parquet part
 * file per Flink bucket and checkpoint, snappy, timestamps as UTC microseconds. Every column except the
 * event's identity and the Java primitives of {@link ClassifiedEvent} is nullable, and a null field is
 * written as a null cell.
 */
public final class EventsParquetWriterFactory implements BulkWriter.Factory<ClassifiedEvent> {

    private static final long serialVersionUID = 1L;

    private static final LogicalTypeAnnotation UTC_MICROS = timestampType(true, MICROS);

    /** The columns of {@code warehouse/events}, in the contract's order. */
    public static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("event_id")
            .required(BINARY).as(stringType()).named("kind")
            .required(BINARY).as(stringType()).named("source")
            .optional(BINARY).as(stringType()).named("source_id")
            .optional(BINARY).as(stringType()).named("source_number")
            .optional(BINARY).as(stringType()).named("title")
            .optional(BINARY).as(stringType()).named("description")
            .optional(BINARY).as(stringType()).named("fingerprint")
            .optional(BINARY).as(stringType()).named("dedup_key")
            .optional(BINARY).as(stringType()).named("service")
            .optional(BINARY).as(stringType()).named("team")
            .optional(BINARY).as(stringType()).named("queue")
            .optional(BINARY).as(stringType()).named("priority")
            .optional(BINARY).as(stringType()).named("urgency")
            .optional(BINARY).as(stringType()).named("status")
            .optionalList().optionalElement(BINARY).as(stringType()).named("tags")
            .optional(BINARY).as(stringType()).named("runbook_url")
            .optional(BINARY).as(stringType()).named("html_url")
            .optional(INT64).as(UTC_MICROS).named("created_at")
            .optional(INT64).as(UTC_MICROS).named("updated_at")
            .optional(INT64).as(UTC_MICROS).named("acknowledged_at")
            .optional(INT64).as(UTC_MICROS).named("resolved_at")
            .optional(BINARY).as(stringType()).named("acknowledged_by")
            .optional(BINARY).as(stringType()).named("resolved_by")
            .optional(BOOLEAN).named("human_acknowledged")
            .optional(BOOLEAN).named("auto_resolved")
            .optional(BINARY).as(stringType()).named("resolve_reason")
            .optional(INT32).named("escalations")
            .optional(INT32).named("notifications")
            .optional(INT32).named("occurrences")
            .optional(INT32).named("alert_count")
            .optional(BINARY).as(stringType()).named("severity")
            .optional(BINARY).as(stringType()).named("source_severity")
            .required(BOOLEAN).named("significant")
            .optional(BINARY).as(stringType()).named("actionability")
            .optional(BINARY).as(stringType()).named("actionability_reason")
            .required(BOOLEAN).named("repeated")
            .required(BOOLEAN).named("flapping")
            .optional(BINARY).as(stringType()).named("duplicate_of")
            .optional(BINARY).as(stringType()).named("root_cause")
            .optional(BINARY).as(stringType()).named("root_cause_source")
            .optional(BINARY).as(stringType()).named("root_cause_evidence")
            .required(DOUBLE).named("root_cause_confidence")
            .optional(BINARY).as(stringType()).named("incident_ref")
            .optional(INT64).named("seconds_to_ack")
            .optional(INT64).named("seconds_to_resolve")
            .optional(BINARY).as(stringType()).named("hour_band")
            .required(BOOLEAN).named("overridden")
            .required(BOOLEAN).named("truncated")
            .optional(BINARY).as(stringType()).named("source_file")
            .named("event");

    /**
     * Ids, free text, instants and durations: written without a dictionary (see {@link ParquetBulkWriter#open}). An
     * actionability reason names the people and minutes of its alert: over half of them are unique at 100k alerts.
     */
    private static final Set<String> UNIQUE_COLUMNS = Set.of("event_id", "source_id", "source_number", "description",
            "dedup_key", "html_url", "actionability_reason", "root_cause_evidence", "created_at", "updated_at",
            "acknowledged_at", "resolved_at", "seconds_to_ack", "seconds_to_resolve");

    /** Free text and vendor ids: written without min/max statistics (see {@link ParquetBulkWriter#open}). */
    private static final Set<String> UNFILTERED_COLUMNS = Set.of("source_id", "source_number", "title",
            "description", "fingerprint", "dedup_key", "tags.list.element", "runbook_url", "html_url",
            "acknowledged_by", "resolved_by", "resolve_reason", "source_severity", "actionability_reason",
            "root_cause_evidence", "incident_ref", "source_file");

    @Override
    public BulkWriter<ClassifiedEvent> create(FSDataOutputStream out) throws IOException {
        return ParquetBulkWriter.open(out, SCHEMA, EventsParquetWriterFactory::writeRow, UNIQUE_COLUMNS,
                UNFILTERED_COLUMNS);
    }

    private static void writeRow(ClassifiedEvent classified, RowWriter row) {
        CanonicalEvent e = classified.event();
        row.string("event_id", e.eventId())
                .name("kind", e.kind())
                .string("source", e.source() == null ? null : e.source().id())
                .string("source_id", e.sourceId())
                .string("source_number", e.sourceNumber())
                .string("title", e.title())
                .string("description", e.description())
                .string("fingerprint", classified.fingerprint())
                .string("dedup_key", e.dedupKey())
                .string("service", e.service())
                .string("team", e.team())
                .string("queue", e.queue())
                .string("priority", e.priority())
                .string("urgency", e.urgency())
                .string("status", e.status())
                .stringList("tags", e.tags())
                .string("runbook_url", e.runbookUrl())
                .string("html_url", e.htmlUrl())
                .timestamp("created_at", e.createdAt())
                .timestamp("updated_at", e.updatedAt())
                .timestamp("acknowledged_at", e.acknowledgedAt())
                .timestamp("resolved_at", e.resolvedAt())
                .string("acknowledged_by", e.acknowledgedBy())
                .string("resolved_by", e.resolvedBy())
                .bool("human_acknowledged", e.humanAcknowledged())
                .bool("auto_resolved", e.autoResolved())
                .string("resolve_reason", e.resolveReason())
                .int32("escalations", e.escalations())
                .int32("notifications", e.notifications())
                .int32("occurrences", e.occurrences())
                .int32("alert_count", e.alertCount())
                .name("severity", classified.severity())
                .string("source_severity", classified.sourceSeverity())
                .bool("significant", classified.significant())
                .name("actionability", classified.actionability())
                .string("actionability_reason", classified.actionabilityReason())
                .bool("repeated", classified.repeated())
                .bool("flapping", classified.flapping())
                .string("duplicate_of", classified.duplicateOf())
                .name("root_cause", classified.rootCause())
                .string("root_cause_source", classified.rootCauseSource())
                .string("root_cause_evidence", classified.rootCauseEvidence())
                .float64("root_cause_confidence", classified.rootCauseConfidence())
                .string("incident_ref", classified.incidentRef())
                .int64("seconds_to_ack", classified.secondsToAck())
                .int64("seconds_to_resolve", classified.secondsToResolve())
                .name("hour_band", classified.hourBand())
                .bool("overridden", classified.overridden())
                .bool("truncated", e.truncated())
                .string("source_file", e.sourceFile());
    }
}
