package dev.opshistory.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The output folder shared by ingest, classify and report. */
final class OutputOptions {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    /** The output folder, created if needed; a user error when it cannot be written. */
    Path writableOut() {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserInputException("cannot create the output folder " + out + ": " + e.getMessage());
        }
        if (!Files.isWritable(out)) {
            throw new UserInputException("the output folder " + out + " is not writable");
        }
        return out;
    }

    Path warehouse() {
        return out.resolve("warehouse");
    }
}
