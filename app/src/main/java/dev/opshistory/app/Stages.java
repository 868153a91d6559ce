package dev.opshistory.app;

import dev.opshistory.analytics.job.ClassifyJob;
import dev.opshistory.analytics.job.ClassifySettings;
import dev.opshistory.analytics.overrides.Overrides;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.ingest.KafkaIngestion;
import dev.opshistory.ingest.Progress;
import dev.opshistory.ingest.Reconciliation;
import dev.opshistory.reports.ReportGenerator;
import dev.opshistory.reports.ReportRequest;
import dev.opshistory.reports.ReportResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The three stages as the commands run them, each printing what a user needs to see. */
final class Stages {

    private Stages() {
    }

    /** Ingests files into Kafka and prints the reconciliation, per file and in total. */
    static Reconciliation ingest(List<Path> files, String format, String bootstrapServers, Path out,
            PrintStream stdout, PrintStream stderr) throws IOException {
        Reconciliation reconciliation = KafkaIngestion.run(files, Formats.chooser(format), bootstrapServers, out,
                new Progress(stderr));
        for (Reconciliation.FileCount f : reconciliation.files()) {
            stdout.printf("  %s [%s] read=%d accepted=%d rejected=%d%n", f.file(),
                    f.format() == null ? "unrecognised" : f.format(), f.read(), f.accepted(), f.rejected());
        }
        stdout.println("reconciliation: " + reconciliation.line());
        if (reconciliation.total().rejected() > 0) {
            stdout.println("rejected records and reasons: " + out.resolve(KafkaIngestion.REJECTS_FILE));
        }
        return reconciliation;
    }

    /**
     * Reads the rules and overrides files once before any work starts, so a mistake in them is a one-line
     * user error (exit 1) rather than a failed job half way through a run.
     */
    static void checkClassifyInputs(Path rulesFile, Path overridesFile) {
        try {
            if (rulesFile != null) {
                RuleSettings.load(rulesFile);
            }
            if (overridesFile != null) {
                Overrides.load(overridesFile);
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** Runs the Flink job on the topics; the warehouse is rebuilt from them, so an old one is removed first. */
    static void classify(String bootstrapServers, Path out, boolean follow, int parallelism, ZoneId timeZone,
            Path rulesFile, Path overridesFile) throws Exception {
        checkClassifyInputs(rulesFile, overridesFile);
        Path warehouse = out.resolve("warehouse");
        deleteRecursively(warehouse);
        ClassifyRunRecord.write(out, timeZone, parallelism, rulesFile, overridesFile);
        Path checkpoints = out.resolve(".checkpoints");
        deleteRecursively(checkpoints);
        ClassifyJob.execute(new ClassifySettings(bootstrapServers, warehouse.toAbsolutePath().toString(), follow,
                parallelism, ClassifySettings.DEFAULT_CHECKPOINT_INTERVAL, timeZone, rulesFile, overridesFile,
                checkpoints.toAbsolutePath().toUri().toString()));
        deleteRecursively(checkpoints); // only a run in progress needs them
    }

    /** Writes the report files and lists them. */
    static ReportResult report(ReportRequest request, PrintStream stdout) {
        ReportResult result = new ReportGenerator().generate(request);
        for (Path written : result.written()) {
            stdout.println("wrote " + written);
        }
        return result;
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
