package dev.opshistory.app;

import dev.opshistory.analytics.classify.EventClassifier;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.ingest.ExportText;
import dev.opshistory.ingest.parse.FileExtension;
import dev.opshistory.ingest.parse.TeamsLookup;
import dev.opshistory.ingest.parse.ParserChoice;
import dev.opshistory.ingest.privacy.PrivacyFilter;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.Reject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opshistory inspect FILE}: which parser reads a file, and the events it makes. No Kafka. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Detects the format of an export and prints its canonical events as NDJSON on stdout "
                + "(snake_case fields, ISO-8601 UTC). The parser chosen, why, and any rejects go to stderr.",
                "With --classify, prints each event with the verdicts of the stateless rules (severity, "
                        + "actionability and its reason, fingerprint, hour band, root cause with evidence): "
                        + "no Kafka, no Flink; the way to debug a rule."})
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "An export file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = KnownFormats.class,
            description = "Force a parser instead of detecting the format; one of: ${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = "--classify", description = "Apply the stateless classification rules to each event.")
    boolean classify;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rules YAML overriding the defaults (with --classify).")
    Path rulesFile;

    @Option(names = "--timezone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Time zone of hour bands (with --classify; default: ${DEFAULT-VALUE}).")
    ZoneId timeZone;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("not a file: " + file);
        }
        String head;
        try {
            head = ExportText.head(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException("not a file: " + file);
        }
        if (format == null && FileExtension.of(file.getFileName().toString()).equals("zip")) {
            throw new UserInputException(file + " is a zip archive: ingest and run read it as a folder; inspect reads one"
                    + " file, so unzip it and inspect a file from it");
        }
        ParserChoice choice = Formats.chooser(format).choose(file.getFileName().toString(), head);
        if (choice.parser() == null && format == null) {
            Optional<TeamsLookup.Names> lookup;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                lookup = TeamsLookup.readNames(in);
            }
            if (lookup.isPresent()) {
                boolean teams = lookup.get().kind().equals(TeamsLookup.KIND);
                System.err.println("side file: " + lookup.get().kind() + " (" + lookup.get().byId().size()
                        + (teams ? " teams" : " services") + "), not an export: ingest reads it to name Opsgenie "
                        + (teams ? "teams" : "services"));
                return 0;
            }
        }
        if (choice.parser() == null) {
            throw new UserInputException(file + ": no parser reads this file: " + choice.reason());
        }
        System.err.println("format: " + choice.parser().format() + " (" + choice.reason() + ")");
        PrintStream out = System.out;
        // inspect prints what ingest would send: secrets are redacted here too, never shown on a terminal
        PrivacyFilter privacy = PrivacyFilter.redactOnly();
        Function<CanonicalEvent, Object> view = classify ? classifier()::classify : event -> event;
        int[] rejected = {0};
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            choice.parser().parse(ExportText.utf8(in), file.toString(), new ParseSink() {
                @Override
                public void accept(CanonicalEvent event) {
                    out.println(EventJson.toJson(view.apply(privacy.event(event))));
                }

                @Override
                public void fold(Enrichment enrichment) {
                    System.err.println("folded into " + privacy.enrichment(enrichment).parentEventId() + ": " + enrichment.type()
                            + (enrichment.at() == null ? "" : " at " + enrichment.at()));
                }

                @Override
                public void reject(Reject reject) {
                    rejected[0]++;
                    System.err.println("reject: " + privacy.reject(reject).describe());
                }
            });
        }
        out.flush();
        return rejected[0] == 0 ? 0 : Main.EXIT_BAD_INPUT;
    }

    private EventClassifier classifier() {
        try {
            RuleSettings rules = rulesFile == null ? RuleSettings.defaults() : RuleSettings.load(rulesFile);
            return new EventClassifier(rules.withTimeZone(timeZone));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
