package dev.opshistory.app;

import dev.opshistory.analytics.job.ClassifyJob;
import dev.opshistory.analytics.job.ClassifySettings;
import dev.opshistory.analytics.overrides.Overrides;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.ingest.InputFiles;
import dev.opshistory.ingest.KafkaIngestion;
import dev.opshistory.ingest.KafkaTopics;
import dev.opshistory.ingest.Progress;
import dev.opshistory.ingest.Reconciliation;
import dev.opshistory.ingest.privacy.PrivacyFilter;
import dev.opshistory.reports.ReportGenerator;
import dev.opshistory.reports.ReportRequest;
import dev.opshistory.reports.ReportResult;
import dev.opshistory.reports.csv.CsvWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The three stages as the commands run them, each printing what a user needs to see.
 *
 * <p>No partial output is presented as complete: a run removes the previous report before it starts, a
 * report that fails half way is removed, and a bounded classify marks its warehouse with
 * {@value #INCOMPLETE_MARKER} until the job has finished, so a report refuses a warehouse whose job failed
 * or was killed.
 */
final class Stages {

    /** Lies in a warehouse while the classify job writing it has not finished. */
    static final String INCOMPLETE_MARKER = "_CLASSIFY_INCOMPLETE";

    /** Everything the report writes into the output folder. */
    private static final List<String> REPORT_OUTPUTS = List.of(ReportGenerator.MARKDOWN_FILE,
            ReportGenerator.HTML_FILE, ReportGenerator.SUMMARY_FILE, CsvWriter.ALERTS_FILE, CsvWriter.TABLES_FOLDER,
            ReportGenerator.CHARTS_FOLDER);

    private Stages() {
    }

    /** Ingests files into Kafka and prints the reconciliation, per file and in total. */
    static Reconciliation ingest(List<Path> files, String format, String bootstrapServers, Path out,
            PrintStream stdout, PrintStream stderr) throws IOException {
        return ingest(files, format, bootstrapServers, out, false, stdout, stderr);
    }

    /**
     * Ingests files into Kafka, secrets redacted and, with {@code pseudonymize}, people pseudonymised, and prints
     * the reconciliation, per file and in total.
     */
    static Reconciliation ingest(List<Path> files, String format, String bootstrapServers, Path out,
            boolean pseudonymize, PrintStream stdout, PrintStream stderr) throws IOException {
        return ingest(files, List.of(), format, bootstrapServers, out, pseudonymize, stdout, stderr);
    }

    /**
     * As {@link #ingest(List, String, String, Path, boolean, PrintStream, PrintStream)}, for the files of the given
     * inputs; those their folders held that were left unread by their names are named in the account as side files.
     */
    static Reconciliation ingest(InputFiles inputs, String format, String bootstrapServers, Path out,
            boolean pseudonymize, PrintStream stdout, PrintStream stderr) throws IOException {
        return ingest(inputs.files(), inputs.skipped(), format, bootstrapServers, out, pseudonymize, stdout, stderr);
    }

    private static Reconciliation ingest(List<Path> files, List<Path> skipped, String format, String bootstrapServers,
            Path out, boolean pseudonymize, PrintStream stdout, PrintStream stderr) throws IOException {
        PrivacyFilter privacy;
        try {
            privacy = PrivacyFilter.forRun(pseudonymize, System.getenv(), stderr);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        Reconciliation reconciliation = KafkaIngestion.run(files, skipped, Formats.chooser(format), bootstrapServers,
                out, new Progress(stderr), privacy);
        for (Reconciliation.FileCount f : reconciliation.files()) {
            stdout.printf("  %s [%s] read=%d accepted=%d rejected=%d%n", f.file(),
                    f.format() == null ? "unrecognised" : f.format(), f.read(), f.accepted(), f.rejected());
        }
        for (Reconciliation.SideFile side : reconciliation.sideFiles()) {
            stdout.printf("  %s [%s] side file, not an export: %d entries%s%n", side.file(), side.kind(), side.entries(),
                    side.note() == null ? "" : " (" + side.note() + ")");
        }
        stdout.println("reconciliation: " + reconciliation.line());
        if (reconciliation.teamIdsWithoutName() > 0) {
            stdout.println(reconciliation.teamIdsWithoutName() + " team ids had no name in a teams lookup "
                    + "(add Opsgenie's GET /v2/teams response or Grafana OnCall's GET /api/v1/teams/ page to the inputs to show names)");
        }
        if (reconciliation.serviceIdsWithoutName() > 0) {
            long unnamed = reconciliation.serviceIdsWithoutName();
            stdout.println(unnamed + (unnamed == 1 ? " service id" : " service ids") + " had no name in a services list "
                    + "(add Opsgenie's GET /v1/services response to the inputs to show names)");
        }
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

    /**
     * Fails fast, as a user's mistake, when the broker a user named does not answer: before any work, and
     * within the admin client's timeout rather than after a job's restarts.
     */
    static void checkKafka(String bootstrapServers) {
        try {
            KafkaTopics.ensure(bootstrapServers);
        } catch (KafkaTopics.UnreachableException e) {
            throw new UserInputException(e.getMessage() + " (check --bootstrap-servers)", e);
        }
    }

    /**
     * Runs the Flink job on the topics; the warehouse is rebuilt from them, so an old one is removed first,
     * and with it the report that described it.
     */
    static void classify(String bootstrapServers, Path out, boolean follow, int parallelism, ZoneId timeZone,
            Path rulesFile, Path overridesFile) throws Exception {
        checkClassifyInputs(rulesFile, overridesFile);
        Path warehouse = out.resolve("warehouse");
        deleteRecursively(warehouse);
        clearReport(out);
        Path marker = warehouse.resolve(INCOMPLETE_MARKER);
        if (!follow) {
            // A continuous job never finishes; its committed files are a consistent, growing warehouse.
            Files.createDirectories(warehouse);
            Files.writeString(marker, "The classify job writing this warehouse has not finished (it is running, "
                    + "failed or was killed). Run `opshistory classify` or `opshistory run` again.\n");
        }
        ClassifyRunRecord.write(out, timeZone, parallelism, rulesFile, overridesFile);
        Path checkpoints = out.resolve(".checkpoints");
        deleteRecursively(checkpoints);
        ClassifyJob.executeLocally(new ClassifySettings(bootstrapServers, warehouse.toAbsolutePath().toString(), follow,
                parallelism, ClassifySettings.DEFAULT_CHECKPOINT_INTERVAL, timeZone, rulesFile, overridesFile,
                checkpoints.toAbsolutePath().toUri().toString()));
        deleteRecursively(checkpoints); // only a run in progress needs them
        Files.deleteIfExists(marker);
    }

    /**
     * Writes the report files and lists them. Refuses a warehouse whose classify job did not finish; removes
     * what a failed report wrote, so no half-written report remains.
     */
    static ReportResult report(ReportRequest request, PrintStream stdout) {
        Path warehouse = request.runDir().resolve("warehouse");
        if (Files.exists(warehouse.resolve(INCOMPLETE_MARKER))) {
            throw new UserInputException("the warehouse " + warehouse + " is incomplete: its classify job did not "
                    + "finish (it failed or was killed); run `opshistory classify` or `opshistory run` again");
        }
        ReportResult result;
        try {
            result = new ReportGenerator().generate(request);
        } catch (RuntimeException e) {
            try {
                clearReport(request.outDir());
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        for (Path written : result.written()) {
            stdout.println("wrote " + written);
        }
        long orphaned = result.reconciliation().orphaned();
        if (orphaned > 0) {
            // ingest counted them as folded; only the classify job could tell that their event never came
            stdout.println(orphaned + " folded record" + (orphaned == 1 ? "" : "s") + " (log entries, notes, grouped"
                    + " alerts) found no event to fold into: the exports did not hold their incident or alert; by"
                    + " file under Data quality");
        }
        return result;
    }

    /**
     * Removes the report files from the output folder (not the warehouse or the ingest account), so that a run
     * that fails leaves no earlier or half-written report looking current.
     */
    static void clearReport(Path out) {
        for (String name : REPORT_OUTPUTS) {
            deleteRecursively(out.resolve(name));
        }
    }

    /**
     * Deletes a file or a folder with everything in it. Flink's cleaner may still be discarding subsumed
     * checkpoints when a job has returned: files vanishing meanwhile are fine, and a second pass finishes.
     */
    static void deleteRecursively(Path dir) {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteTree(dir);
                return;
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 3) {
                    throw new UncheckedIOException("cannot clear " + dir,
                            e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
