package dev.opshistory.cluster;

import dev.opshistory.analytics.job.ClassifySettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.apache.flink.util.TimeUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The flags of the job jar. Their defaults name the services and volumes of {@code docker-compose.yml}, so
 * {@code flink run opshistory-cluster-job.jar} needs no flag inside that setup; on another cluster every one of
 * them can be set. Parsed once, into {@link ClassifySettings}.
 */
@Command(name = "opshistory-cluster-job", sortOptions = false,
        description = "Classifies the events in Kafka and writes the Parquet warehouse. Submit with `flink run`.")
public final class ClassifyJobFlags {

    /** The broker's listener for other containers: service {@code kafka} of docker-compose.yml. */
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "kafka:9092";
    /** Under the output volume that the JobManager, the TaskManagers and the one-shot all mount at /data/out. */
    public static final String DEFAULT_WAREHOUSE = "/data/out/warehouse";
    /** Every slot of docker-compose.yml: 2 TaskManagers with 2 slots each. */
    public static final int DEFAULT_PARALLELISM = 4;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", defaultValue = DEFAULT_BOOTSTRAP_SERVERS,
            description = "Kafka broker, as the TaskManagers reach it (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--warehouse", paramLabel = "DIR|URI", defaultValue = DEFAULT_WAREHOUSE,
            description = "Where the Parquet warehouse is written: a path every TaskManager sees at the same place, "
                    + "or a URI of a file system Flink has a plugin for, such as s3://bucket/warehouse "
                    + "(default: ${DEFAULT-VALUE}). The report reads <out>/warehouse.")
    String warehouse;

    @Option(names = "--parallelism", defaultValue = "" + DEFAULT_PARALLELISM,
            description = "Parallelism of every operator; at most the cluster's free slots (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--checkpoint-interval", paramLabel = "DURATION", defaultValue = "2s",
            converter = FlinkDuration.class,
            description = "How often state and Parquet files are committed, as Flink writes durations: 500ms, 2s, 1min "
                    + "(default: ${DEFAULT-VALUE}). Where checkpoints go is the cluster's execution.checkpointing.dir.")
    Duration checkpointInterval;

    @Option(names = "--follow",
            description = "Keep running on new records instead of stopping at the end of the topics.")
    boolean follow;

    @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of hour bands (default: ${DEFAULT-VALUE}).")
    ZoneId timeZone;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Rules YAML overriding the classification defaults; read where `flink run` runs.")
    Path rulesFile;

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "A reviewer's corrections: CSV with event_id,field,value,note (see alerts.csv); "
                    + "read where `flink run` runs.")
    Path overridesFile;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean helpRequested;

    private ClassifyJobFlags() {
    }

    /**
     * The flags of a command line, defaults filled in.
     *
     * @throws CommandLine.ParameterException on an unknown flag or a value that does not parse
     */
    public static ClassifyJobFlags parse(String... args) {
        ClassifyJobFlags flags = new ClassifyJobFlags();
        new CommandLine(flags).parseArgs(args);
        return flags;
    }

    /** Whether {@code --help} was given. */
    public boolean helpRequested() {
        return helpRequested;
    }

    /** Prints the flags and their defaults. */
    public static void usage(PrintStream out) {
        new CommandLine(new ClassifyJobFlags()).usage(out);
    }

    /**
     * The job's settings.
     *
     * @throws IllegalArgumentException when the parallelism is below 1
     */
    public ClassifySettings settings() {
        if (parallelism < 1) {
            throw new IllegalArgumentException("--parallelism must be at least 1, not " + parallelism);
        }
        return new ClassifySettings(bootstrapServers, warehouse, follow, parallelism, checkpointInterval, timeZone,
                rulesFile, overridesFile);
    }

    /** Durations in Flink's own notation, so a value reads the same here as in the cluster's config.yaml. */
    static final class FlinkDuration implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return TimeUtils.parseDuration(value);
        }
    }
}
