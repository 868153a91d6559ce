package dev.opshistory.ingest;

import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.ingest.parse.ParserChoice;
import dev.opshistory.ingest.parse.TeamDirectory;
import dev.opshistory.ingest.privacy.PrivacyFilter;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Reject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads export files one after the other: picks each file's parser (or the forced one), streams its
 * records into canonical events and rejects, hands them on, and counts every record, so that the run ends
 * with a {@link Reconciliation}. A file that cannot be read at all is one reject with its reason. Every event,
 * enrichment and reject passes through a {@link PrivacyFilter} before it is handed on, so no consumer ever sees a
 * secret (or, when pseudonymising, a person's name). Filtering and handing on may run on a background thread
 * ({@link DeliveryThread}), in the same order, so that parsing overlaps them.
 *
 * <p>Before the first export, the inputs are searched for side files ({@link SideFiles}): an Opsgenie
 * {@code GET /v2/teams} response gives the team names that Opsgenie records lack (they name teams by id); side
 * files are not exports, hold no records and are listed apart in the reconciliation.
 */
public final class IngestRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IngestRunner.class);
    /** How much of a file detection reads to choose its parser. */
    public static final int HEAD_BYTES = 64 * 1024;
    /** Records handed to the delivery thread at once, and batches that may wait: a few hundred records at most. */
    private static final int DELIVERY_BATCH = 64;
    private static final int DELIVERY_BATCHES = 8;

    private final FormatChooser chooser;
    private final Consumer<CanonicalEvent> events;
    private final Consumer<Enrichment> enrichments;
    private final Consumer<Reject> rejects;
    private final Progress progress;
    private final PrivacyFilter privacy;
    private final boolean background;
    /** Set while a run hands its records to a background thread. */
    private DeliveryThread delivery;

    /** A runner that redacts secrets and keeps names (see the other constructor). */
    public IngestRunner(FormatChooser chooser, Consumer<CanonicalEvent> events, Consumer<Enrichment> enrichments,
            Consumer<Reject> rejects, Progress progress) {
        this(chooser, events, enrichments, rejects, progress, PrivacyFilter.redactOnly());
    }

    /**
     * @param chooser  picks the parser of a file
     * @param events      receives every accepted event (e.g. the Kafka producer)
     * @param enrichments receives every folded record (log entries, notes, grouped alerts)
     * @param rejects     receives every rejected record (e.g. the rejects topic and file)
     * @param progress told about records as they pass, for long files
     * @param privacy  applied to every record before a consumer sees it
     */
    public IngestRunner(FormatChooser chooser, Consumer<CanonicalEvent> events, Consumer<Enrichment> enrichments,
            Consumer<Reject> rejects, Progress progress, PrivacyFilter privacy) {
        this(chooser, events, enrichments, rejects, progress, privacy, false);
    }

    /**
     * Like the other constructor; with {@code background}, the privacy filter and the three consumers run on one
     * background thread, in the order the records were read, while this thread goes on parsing (the consumers and
     * the filter then need not be thread-safe, but they must not rely on running on the caller's thread).
     * {@link #ingest} returns once every record has been handed on, and throws what a consumer threw.
     */
    public IngestRunner(FormatChooser chooser, Consumer<CanonicalEvent> events, Consumer<Enrichment> enrichments,
            Consumer<Reject> rejects, Progress progress, PrivacyFilter privacy, boolean background) {
        this.background = background;
        this.chooser = chooser;
        this.events = events;
        this.enrichments = enrichments;
        this.rejects = rejects;
        this.progress = progress;
        this.privacy = privacy;
    }

    /** Ingests the files in order and returns the account of every record. */
    public Reconciliation ingest(List<Path> files) throws IOException {
        if (!background) {
            return ingestAll(files);
        }
        try (DeliveryThread thread = new DeliveryThread("opshistory-ingest-delivery", DELIVERY_BATCH, DELIVERY_BATCHES)) {
            delivery = thread;
            return ingestAll(files); // closing the thread first waits for the last records, or throws their failure
        } finally {
            delivery = null;
        }
    }

    private Reconciliation ingestAll(List<Path> files) throws IOException {
        SideFiles.Found side = SideFiles.find(files);
        TeamDirectory teams = side.teams();
        List<Reconciliation.FileCount> counts = new ArrayList<>();
        for (Path file : files) {
            if (!side.paths().contains(file)) {
                counts.add(ingestFile(file, teams));
            }
        }
        if (teams.unnamedIds() > 0) {
            LOG.info("{} team ids had no name in the teams lookup{}", teams.unnamedIds(),
                    teams.size() == 0 ? " (no Opsgenie GET /v2/teams response among the inputs)" : "");
        }
        return Reconciliation.of(counts, side.files(), teams.unnamedIds(), teams.unnamedServiceIds());
    }

    private void deliver(Runnable task) {
        if (delivery == null) {
            task.run();
        } else {
            delivery.submit(task);
        }
    }

    private Reconciliation.FileCount ingestFile(Path file, TeamDirectory teams) throws IOException {
        String name = InputFiles.nameOf(file);
        CountingSink sink = new CountingSink();
        String head;
        try {
            head = ExportText.head(file);
        } catch (IOException e) {
            sink.reject(Reject.of(name, "file", null, "cannot read the file: " + e.getMessage(), null));
            return sink.count(name, null, null);
        }
        ParserChoice choice = chooser.choose(file.getFileName().toString(), head);
        if (choice.parser() == null) {
            sink.reject(Reject.of(name, "file", null, "unsupported or unrecognised export: " + choice.reason(),
                    head.length() > 200 ? head.substring(0, 200) : head));
            return sink.count(name, null, sha256(file));
        }
        ExportParser parser = choice.parser();
        MessageDigest digest = sha256Digest();
        // The digest sees the bytes as saved, below the one buffer the parser reads through.
        try (BufferedInputStream in = new BufferedInputStream(
                new DigestInputStream(Files.newInputStream(file), digest), 1 << 16)) {
            parser.parse(ExportText.utf8(in), name, sink, teams);
            in.transferTo(OutputStream.nullOutputStream()); // a parser may stop early: hash the whole file
        } catch (IOException e) {
            sink.reject(Reject.of(name, "record " + (sink.read + 1), null,
                    "reading stopped: " + e.getMessage(), null));
            return sink.count(name, parser.format(), null);
        }
        return sink.count(name, parser.format(), HexFormat.of().formatHex(digest.digest()));
    }

    /** The file's SHA-256 in hex, or null when it cannot be read. */
    static String sha256(Path file) {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return null;
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Counts what passes and hands it on. */
    private final class CountingSink implements ParseSink {
        long read;
        long accepted;
        long rejected;
        long folded;

        @Override
        public void accept(CanonicalEvent event) {
            read++;
            accepted++;
            deliver(() -> events.accept(privacy.event(event)));
            progress.record();
        }

        @Override
        public void fold(Enrichment enrichment) {
            read++;
            accepted++;
            folded++;
            deliver(() -> enrichments.accept(privacy.enrichment(enrichment)));
            progress.record();
        }

        @Override
        public void reject(Reject reject) {
            read++;
            rejected++;
            deliver(() -> rejects.accept(privacy.reject(reject)));
            progress.record();
        }

        Reconciliation.FileCount count(String file, String format, String sha256) {
            return new Reconciliation.FileCount(file, format, read, accepted, rejected, folded, sha256);
        }
    }
}
