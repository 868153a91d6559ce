package dev.opshistory.app;

import dev.opshistory.ingest.InputFiles;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opshistory ingest}: exports → Kafka topics. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parses exports into canonical events and produces them to Kafka; writes rejects.ndjson "
                + "and ingest/reconciliation.json in the output folder.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT", description = "Kafka broker.")
    String bootstrapServers;

    @Option(names = "--pseudonymize",
            description = {"Replace responders' names and e-mail addresses by stable pseudonyms (person-<hex>) in "
                    + "every output: Kafka, warehouse, rejects, report.",
                    "Key: OPSHISTORY_PSEUDONYM_KEY or the file named by OPSHISTORY_PSEUDONYM_KEY_FILE; without "
                            + "either, a random key makes pseudonyms stable within this run only."})
    boolean pseudonymize;

    @Override
    public Integer call() throws Exception {
        Stages.checkKafka(bootstrapServers);
        try (InputFiles files = input.files()) {
            Stages.ingest(files, input.format, bootstrapServers, output.writableOut(),
                    pseudonymize, System.out, System.err);
        }
        return 0;
    }
}
