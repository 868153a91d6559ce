package dev.opshistory.app;

import dev.opshistory.ingest.InputFiles;

import dev.opshistory.broker.EmbeddedKafkaBroker;
import dev.opshistory.reports.ReportRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opshistory run}: ingest, classify and report in one go. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline: exports → Kafka → Flink classification → Parquet warehouse → report.",
                "Starts an embedded Kafka broker and a local Flink MiniCluster unless --bootstrap-servers is given."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Use this Kafka broker instead of starting an embedded one.")
    String bootstrapServers;

    @Mixin
    ReportOptions report;

    @Option(names = "--parallelism", defaultValue = "2", description = "Flink parallelism (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rules YAML overriding the classification defaults.")
    Path rulesFile;

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "A reviewer's corrections: CSV with event_id,field,value,note (see alerts.csv).")
    Path overridesFile;

    @Option(names = "--pseudonymize",
            description = {"Replace responders' names and e-mail addresses by stable pseudonyms (person-<hex>) in "
                    + "every output: Kafka, warehouse, rejects, report.",
                    "Key: OPSHISTORY_PSEUDONYM_KEY or the file named by OPSHISTORY_PSEUDONYM_KEY_FILE; without "
                            + "either, a random key makes pseudonyms stable within this run only."})
    boolean pseudonymize;

    @Override
    public Integer call() throws Exception {
        Path out = output.writableOut();
        Stages.clearReport(out); // whatever happens next, the previous report must not look like this run's
        InputFiles files = input.files();
        EmbeddedKafkaBroker embedded = null;
        try {
            Stages.checkClassifyInputs(rulesFile, overridesFile);
            ReportRequest request = report.request(out);
            String bootstrap = bootstrapServers;
            if (bootstrap == null) {
                System.err.println("kafka: starting an embedded broker…");
                embedded = EmbeddedKafkaBroker.start().closeOnShutdown();
                bootstrap = embedded.bootstrapServers();
                System.err.println("kafka: embedded broker at " + bootstrap);
            } else {
                Stages.checkKafka(bootstrap);
            }
            Stages.ingest(files, input.format, bootstrap, out, pseudonymize, System.out, System.err);
            files.close(); // the inputs are read: their archives need not stay open through classify
            System.err.println("classify: running the Flink job…");
            Stages.classify(bootstrap, out, false, parallelism, report.timeZone, rulesFile, overridesFile);
            Stages.report(request, System.out);
            return 0;
        } finally {
            files.close(); // when a check or the ingest failed; closing twice is harmless
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
