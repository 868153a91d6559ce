package dev.opshistory.reports.inputs;

import com.fasterxml.jackson.core.JacksonException;
import dev.opshistory.model.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads {@code <run>/classify/run.json}, the classify stage's record of its rules, overrides and zone. */
public final class ClassifyRunReader {

    /** Where the classify stage writes its record, relative to the run folder. */
    public static final Path RELATIVE_PATH = Path.of("classify", "run.json");

    private ClassifyRunReader() {
    }

    /**
     * The record, or empty when the file does not exist (a run made before the stage wrote one).
     *
     * @throws ReconciliationReader.MalformedInputException when the file exists but is not such a record
     * @throws UncheckedIOException                         when the file cannot be read
     */
    public static Optional<ClassifyRun> read(Path runDir) {
        Path file = runDir.resolve(RELATIVE_PATH);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ClassifyRun run = EventJson.mapper().readValue(file.toFile(), ClassifyRun.class);
            if (run == null) {
                throw new ReconciliationReader.MalformedInputException(file + " is empty");
            }
            return Optional.of(run);
        } catch (JacksonException e) {
            throw new ReconciliationReader.MalformedInputException(file + " is not a classify run record: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
