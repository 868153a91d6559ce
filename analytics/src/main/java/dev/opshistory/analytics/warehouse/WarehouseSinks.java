package dev.opshistory.analytics.warehouse;

import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.Enrichment;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;

/**
 * The {@link FileSink}s of the Parquet warehouse (docs/warehouse.md). Part files are named
 * {@code part-<uid>-<n>.parquet} and committed on checkpoints in a continuous run, at the end of input in a
 * bounded (BATCH) run; until then they are hidden {@code .part-….inprogress} files that DuckDB globs skip.
 */
public final class WarehouseSinks {

    private static final OutputFileConfig PARQUET_PARTS =
            OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".parquet").build();

    private WarehouseSinks() {
    }

    /** {@code <warehouse>/events/<yyyy-MM>/part-*.parquet}, bucketed by the UTC month of {@code created_at}. */
    public static FileSink<ClassifiedEvent> events(Path warehouse) {
        return FileSink.forBulkFormat(new Path(warehouse, "events"), new EventsParquetWriterFactory())
                .withBucketAssigner(new EventMonthBucketAssigner())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(PARQUET_PARTS)
                .build();
    }

    /** {@code <warehouse>/orphans/part-*.parquet}: the enrichments whose event the input did not hold. */
    public static FileSink<Enrichment> orphans(Path warehouse) {
        return inOneFolder(new Path(warehouse, "orphans"), new OrphansParquetWriterFactory());
    }

    /** {@code <warehouse>/postmortems/part-*.parquet}, in one folder. */
    public static FileSink<ClassifiedPostmortem> postmortems(Path warehouse) {
        return inOneFolder(new Path(warehouse, "postmortems"), new PostmortemsParquetWriterFactory());
    }

    private static <T> FileSink<T> inOneFolder(Path folder, BulkWriter.Factory<T> rows) {
        return FileSink.forBulkFormat(folder, rows)
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(PARQUET_PARTS)
                .build();
    }
}
