package dev.opshistory.analytics.warehouse;

import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;

import java.io.IOException;
import java.util.Set;

/**
 * One Parquet part file that Flink's {@code FileSink} writes: snappy-compressed, rows buffered in memory
 * until {@link #finish()} writes the row groups and the footer. Flink calls {@code finish} when it rolls
 * the part file on a checkpoint, then closes and commits the stream itself.
 */
final class ParquetBulkWriter<T> implements BulkWriter<T> {

    private final ParquetWriter<T> writer;

    private ParquetBulkWriter(ParquetWriter<T> writer) {
        this.writer = writer;
    }

    /** Opens a writer of rows of {@code schema} on a stream that Flink opened for a new part file. */
    static <T> ParquetBulkWriter<T> open(FSDataOutputStream out, MessageType schema, RowWriteSupport.RowFormat<T> format)
            throws IOException {
        return open(out, schema, format, Set.of(), Set.of());
    }

    /**
     * Like {@link #open(FSDataOutputStream, MessageType, RowWriteSupport.RowFormat)}, with the columns whose values
     * are (nearly) all different written without a dictionary: ids, free text and instants never repeat enough for
     * one to pay, and looking every value up in it was the dearest part of writing the warehouse. The columns of
     * {@code unfilteredColumns} (dotted paths, such as {@code tags.list.element}) get no min/max statistics: nobody
     * filters free text by range, so DuckDB never skips a row group by them, and comparing every value with the
     * running minimum and maximum cost a few percent of writing.
     */
    static <T> ParquetBulkWriter<T> open(FSDataOutputStream out, MessageType schema, RowWriteSupport.RowFormat<T> format,
            Set<String> uniqueColumns, Set<String> unfilteredColumns) throws IOException {
        Builder<T> builder = new Builder<>(new FlinkOutputFile(out), new RowWriteSupport<>(schema, format))
                // A plain configuration keeps Hadoop's Configuration (and its classpath scanning) out of the job.
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.SNAPPY);
        for (String column : uniqueColumns) {
            schema.getType(column); // fails on a name that is not in the schema
            builder = builder.withDictionaryEncoding(column, false);
        }
        for (String column : unfilteredColumns) {
            schema.getColumnDescription(column.split("\\.")); // fails on a path that is not in the schema
            builder = builder.withStatisticsEnabled(column, false);
        }
        return new ParquetBulkWriter<>(builder.build());
    }

    @Override
    public void addElement(T element) throws IOException {
        writer.write(element);
    }

    /** Nothing to do: Parquet can only write whole row groups, and the footer must follow them. */
    @Override
    public void flush() {
    }

    /** Writes the buffered rows and the footer; the stream stays open for Flink to commit. */
    @Override
    public void finish() throws IOException {
        writer.close();
    }

    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {

        private final WriteSupport<T> writeSupport;

        Builder(OutputFile file, WriteSupport<T> writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration configuration) {
            return writeSupport;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(Configuration configuration) {
            return writeSupport;
        }
    }
}
