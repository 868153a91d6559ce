package dev.opshistory.analytics.warehouse;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

import java.util.Map;

/** A Parquet {@link WriteSupport} that writes each record as one row of a fixed schema through a {@link RowFormat}. */
final class RowWriteSupport<T> extends WriteSupport<T> {

    /** Fills one row's columns from a record. */
    @FunctionalInterface
    interface RowFormat<T> {
        void write(T record, RowWriter row);
    }

    private final MessageType schema;
    private final RowFormat<T> format;
    private RecordConsumer consumer;
    private RowWriter row;

    RowWriteSupport(MessageType schema, RowFormat<T> format) {
        this.schema = schema;
        this.format = format;
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, Map.of());
    }

    // Abstract in parquet-hadoop; only reached when a caller passes a Hadoop Configuration, which we never do.
    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
        this.row = new RowWriter(recordConsumer, schema);
    }

    @Override
    public void write(T record) {
        consumer.startMessage();
        format.write(record, row);
        consumer.endMessage();
    }
}
