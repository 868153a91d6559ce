package dev.opshistory.analytics.warehouse;

import static org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit.MICROS;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import dev.opshistory.model.Enrichment;
import java.io.IOException;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * Writes the enrichments whose event never arrived (a log entry, note or grouped alert of an incident the input did
 * not hold) as rows of {@code warehouse/orphans} (docs/warehouse.md): ingest counted them as folded, and the report
 * says which found nothing to fold into, by file, rather than let them vanish.
 */
public final class OrphansParquetWriterFactory implements BulkWriter.Factory<Enrichment> {

    private static final long serialVersionUID = 1L;

    /** The columns of {@code warehouse/orphans}, in the contract's order. */
    public static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("parent_event_id")
            .optional(BINARY).as(stringType()).named("type")
            .optional(BINARY).as(stringType()).named("source_id")
            .optional(INT64).as(timestampType(true, MICROS)).named("created_at")
            .optional(BINARY).as(stringType()).named("source_file")
            .named("orphan");

    @Override
    public BulkWriter<Enrichment> create(FSDataOutputStream out) throws IOException {
        return ParquetBulkWriter.open(out, SCHEMA, OrphansParquetWriterFactory::writeRow);
    }

    private static void writeRow(Enrichment orphan, RowWriter row) {
        row.string("parent_event_id", orphan.parentEventId())
                .name("type", orphan.type())
                .string("source_id", orphan.sourceId())
                .timestamp("created_at", orphan.at())
                .string("source_file", orphan.sourceFile());
    }
}
