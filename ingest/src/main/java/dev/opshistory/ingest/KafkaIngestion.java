package dev.opshistory.ingest;

import dev.opshistory.ingest.privacy.PrivacyFilter;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.Reject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The ingest stage as the command line runs it: export files → Kafka topics, rejects → the rejects topic
 * and {@code <out>/rejects.ndjson}, and the account → {@code <out>/ingest/reconciliation.json}.
 */
public final class KafkaIngestion {

    /** Path of the reconciliation file below the output folder (docs/warehouse.md). */
    public static final String RECONCILIATION_FILE = "ingest/reconciliation.json";
    /** Path of the rejects file below the output folder. */
    public static final String REJECTS_FILE = "rejects.ndjson";

    private KafkaIngestion() {
    }

    /**
     * Ingests the files into the broker, redacting secrets, and writes the rejects and the reconciliation under
     * {@code outDir}.
     *
     * @throws IllegalStateException when Kafka cannot be reached or refuses records
     */
    public static Reconciliation run(List<Path> files, FormatChooser chooser, String bootstrapServers,
            Path outDir, Progress progress) throws IOException {
        return run(files, chooser, bootstrapServers, outDir, progress, PrivacyFilter.redactOnly());
    }

    /**
     * Ingests the files into the broker and writes the rejects and the reconciliation under {@code outDir};
     * every event, enrichment and reject passes {@code privacy} before it reaches Kafka or the rejects file. Filtering,
     * serialising and sending run on a background thread while the files are parsed (see {@link IngestRunner}).
     *
     * @throws IllegalStateException when Kafka cannot be reached or refuses records
     */
    public static Reconciliation run(List<Path> files, FormatChooser chooser, String bootstrapServers,
            Path outDir, Progress progress, PrivacyFilter privacy) throws IOException {
        return run(files, List.of(), chooser, bootstrapServers, outDir, progress, privacy);
    }

    /**
     * As {@link #run(List, FormatChooser, String, Path, Progress, PrivacyFilter)}, with the files of the inputs'
     * folders left unread by their names ({@link InputFiles#skipped}) named in the account as side files.
     */
    public static Reconciliation run(List<Path> files, List<Path> skipped, FormatChooser chooser,
            String bootstrapServers, Path outDir, Progress progress, PrivacyFilter privacy) throws IOException {
        KafkaTopics.ensure(bootstrapServers);
        Path rejectsFile = outDir.resolve(REJECTS_FILE);
        Files.createDirectories(outDir);
        Reconciliation reconciliation;
        try (EventProducer producer = new EventProducer(bootstrapServers);
                BufferedWriter rejects = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8)) {
            IngestRunner runner = new IngestRunner(chooser, producer::send, producer::send, reject -> {
                producer.send(reject);
                writeLine(rejects, reject);
            }, progress, privacy, true);
            reconciliation = runner.ingest(files);
        }
        if (!skipped.isEmpty()) {
            reconciliation = reconciliation.withSkipped(skipped.stream().map(InputFiles::nameOf).toList());
        }
        writeReconciliation(outDir, reconciliation);
        return reconciliation;
    }

    /** Writes the reconciliation where the report looks for it. */
    public static void writeReconciliation(Path outDir, Reconciliation reconciliation) throws IOException {
        Path file = outDir.resolve(RECONCILIATION_FILE);
        Files.createDirectories(file.getParent());
        try {
            EventJson.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), reconciliation);
        } catch (IOException e) {
            // The bare cause (e.g. "No space left on device") does not say which file.
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeLine(BufferedWriter out, Reject reject) {
        try {
            out.write(EventJson.toJson(reject));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + REJECTS_FILE, e);
        }
    }
}
