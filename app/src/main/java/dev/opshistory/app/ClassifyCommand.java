package dev.opshistory.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opshistory classify}: the Flink job over the event topics. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Runs the Flink classification job over the event topics and writes the Parquet warehouse "
                + "(<out>/warehouse) and the opshistory.classified topic.")
final class ClassifyCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT", description = "Kafka broker.")
    String bootstrapServers;

    @Option(names = "--follow", description = "Keep running on new records instead of stopping at the end of the topics.")
    boolean follow;

    @Option(names = "--parallelism", defaultValue = "2", description = "Flink parallelism (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--timezone", defaultValue = "UTC", paramLabel = "ZONE", description = "Time zone of hour bands.")
    ZoneId timeZone;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rules YAML overriding the classification defaults.")
    Path rulesFile;

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "A reviewer's corrections: CSV with event_id,field,value,note (see alerts.csv).")
    Path overridesFile;

    @Override
    public Integer call() throws Exception {
        Stages.checkKafka(bootstrapServers);
        Stages.classify(bootstrapServers, output.writableOut(), follow, parallelism, timeZone, rulesFile, overridesFile);
        return 0;
    }
}
