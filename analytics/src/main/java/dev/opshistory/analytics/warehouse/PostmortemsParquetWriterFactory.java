package dev.opshistory.analytics.warehouse;

import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.PostmortemDetails;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

import java.io.IOException;

import static org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit.MICROS;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

/**
 * Writes {@link ClassifiedPostmortem}s as rows of {@code warehouse/postmortems} (docs/warehouse.md):
 * snappy, {@code created_at} (the document's date, the event's {@code createdAt}) as UTC microseconds,
 * action items as a list of structs. A postmortem without details writes nulls for its sections.
 */
public final class PostmortemsParquetWriterFactory implements BulkWriter.Factory<ClassifiedPostmortem> {

    private static final long serialVersionUID = 1L;

    /** The columns of {@code warehouse/postmortems}, in the contract's order. */
    public static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("event_id")
            .optional(BINARY).as(stringType()).named("title")
            .optional(BINARY).as(stringType()).named("source_file")
            .optional(INT64).as(timestampType(true, MICROS)).named("created_at")
            .optionalList().optionalElement(BINARY).as(stringType()).named("incident_refs")
            .optional(BINARY).as(stringType()).named("summary")
            .optional(BINARY).as(stringType()).named("impact")
            .optional(BINARY).as(stringType()).named("duration")
            .optional(BINARY).as(stringType()).named("root_cause_text")
            .optional(BINARY).as(stringType()).named("trigger")
            .optional(BINARY).as(stringType()).named("resolution")
            .optional(BINARY).as(stringType()).named("detection")
            .optional(BINARY).as(stringType()).named("lessons")
            .optionalList().optionalGroupElement()
                .optional(BINARY).as(stringType()).named("text")
                .optional(BINARY).as(stringType()).named("owner")
                .optional(BINARY).as(stringType()).named("type")
                .optional(BINARY).as(stringType()).named("status")
                .named("action_items")
            .optional(BINARY).as(stringType()).named("root_cause")
            .optional(BINARY).as(stringType()).named("root_cause_evidence")
            .named("postmortem");

    @Override
    public BulkWriter<ClassifiedPostmortem> create(FSDataOutputStream out) throws IOException {
        return ParquetBulkWriter.open(out, SCHEMA, PostmortemsParquetWriterFactory::writeRow);
    }

    private static void writeRow(ClassifiedPostmortem postmortem, RowWriter row) {
        CanonicalEvent e = postmortem.event();
        row.string("event_id", e.eventId())
                .string("title", e.title())
                .string("source_file", e.sourceFile())
                .timestamp("created_at", e.createdAt());
        PostmortemDetails d = e.postmortem();
        if (d != null) {
            row.stringList("incident_refs", d.incidentRefs())
                    .string("summary", d.summary())
                    .string("impact", d.impact())
                    .string("duration", d.duration())
                    .string("root_cause_text", d.rootCause())
                    .string("trigger", d.trigger())
                    .string("resolution", d.resolution())
                    .string("detection", d.detection())
                    .string("lessons", d.lessons())
                    .groupList("action_items", d.actionItems(), PostmortemsParquetWriterFactory::writeActionItem);
        }
        row.name("root_cause", postmortem.rootCause())
                .string("root_cause_evidence", postmortem.rootCauseEvidence());
    }

    private static void writeActionItem(ActionItem item, RowWriter struct) {
        struct.string("text", item.text())
                .string("owner", item.owner())
                .string("type", item.type())
                .string("status", item.status());
    }
}
