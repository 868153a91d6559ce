package dev.opshistory.reports.inputs;

import com.fasterxml.jackson.core.JacksonException;
import dev.opshistory.model.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads {@code <run>/ingest/reconciliation.json}. */
public final class ReconciliationReader {

    /** Where ingest writes its account, relative to the run folder. */
    public static final Path RELATIVE_PATH = Path.of("ingest", "reconciliation.json");

    private ReconciliationReader() {
    }

    /**
     * The account, or empty when the file does not exist.
     *
     * @throws MalformedInputException when the file exists but is not a reconciliation
     * @throws UncheckedIOException    when the file cannot be read
     */
    public static Optional<IngestReconciliation> read(Path runDir) {
        Path file = runDir.resolve(RELATIVE_PATH);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            IngestReconciliation account = EventJson.mapper().readValue(file.toFile(), IngestReconciliation.class);
            if (account == null) {
                throw new MalformedInputException(file + " is empty");
            }
            return Optional.of(account);
        } catch (JacksonException e) {
            throw new MalformedInputException(file + " is not a reconciliation: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The reconciliation file exists but cannot be understood. */
    public static final class MalformedInputException extends RuntimeException {
        public MalformedInputException(String message) {
            super(message);
        }
    }
}
