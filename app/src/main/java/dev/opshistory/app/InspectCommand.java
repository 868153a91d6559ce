package dev.opshistory.app;

import dev.opshistory.ingest.parse.ParserChoice;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.Reject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opshistory inspect FILE}: which parser reads a file, and the events it makes. No Kafka. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Detects the format of an export and prints its canonical events as NDJSON on stdout "
                + "(snake_case fields, ISO-8601 UTC). The parser chosen, why, and any rejects go to stderr."})
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "An export file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force a parser instead of detecting the format.")
    String format;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("not a file: " + file);
        }
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException("not a file: " + file);
        }
        ParserChoice choice = Formats.chooser(format).choose(file.getFileName().toString(), head);
        if (choice.parser() == null) {
            throw new UserInputException(file + ": no parser reads this file: " + choice.reason());
        }
        System.err.println("format: " + choice.parser().format() + " (" + choice.reason() + ")");
        PrintStream out = System.out;
        int[] rejected = {0};
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            choice.parser().parse(in, file.toString(), new ParseSink() {
                @Override
                public void accept(CanonicalEvent event) {
                    out.println(EventJson.toJson(event));
                }

                @Override
                public void fold(Enrichment enrichment) {
                    System.err.println("folded into " + enrichment.parentEventId() + ": " + enrichment.type()
                            + (enrichment.at() == null ? "" : " at " + enrichment.at()));
                }

                @Override
                public void reject(Reject reject) {
                    rejected[0]++;
                    System.err.println("reject: " + reject.describe());
                }
            });
        }
        out.flush();
        return rejected[0] == 0 ? 0 : Main.EXIT_BAD_INPUT;
    }
}
