package dev.opshistory.analytics.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of one classify job, parsed once by the command line. The defaults match the embedded run and
 * the services of docker-compose.yml.
 *
 * @param bootstrapServers   the Kafka broker holding the event topics
 * @param warehouseDir       where the Parquet warehouse is written ({@code <out>/warehouse}); a local path or a URI Flink understands
 * @param follow             keep running on new records (continuous mode) instead of stopping at the current end of the topics
 * @param parallelism        operator parallelism
 * @param checkpointInterval how often state and Parquet files are committed
 * @param timeZone           time zone of hour bands
 * @param rulesFile          a rules YAML overriding the defaults, or null
 * @param overridesFile      a reviewer's overrides CSV ({@code event_id,field,value,note}), or null
 * @param checkpointDir      where checkpoints go (a file-system URI or path); null leaves it to the cluster's
 *                           configuration. Local runs need one: the JobManager's in-memory storage refuses states
 *                           over a few MB, and a bounded run holds every event until the end.
 */
public record ClassifySettings(
        String bootstrapServers,
        String warehouseDir,
        boolean follow,
        int parallelism,
        Duration checkpointInterval,
        ZoneId timeZone,
        Path rulesFile,
        Path overridesFile,
        String checkpointDir) {

    /** Settings that leave checkpoint storage to the cluster's configuration. */
    public ClassifySettings(String bootstrapServers, String warehouseDir, boolean follow, int parallelism,
            Duration checkpointInterval, ZoneId timeZone, Path rulesFile, Path overridesFile) {
        this(bootstrapServers, warehouseDir, follow, parallelism, checkpointInterval, timeZone, rulesFile, overridesFile,
                null);
    }

    public static final int DEFAULT_PARALLELISM = 2;
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(2);
}
