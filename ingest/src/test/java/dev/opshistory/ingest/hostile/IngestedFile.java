package dev.opshistory.ingest.hostile;

import dev.opshistory.ingest.FormatChooser;
import dev.opshistory.ingest.IngestRunner;
import dev.opshistory.ingest.Progress;
import dev.opshistory.ingest.Reconciliation;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link IngestRunner} made of one file, with in-memory consumers in place of Kafka: the events, folded
 * records and rejects it handed on, and its per-file count.
 */
record IngestedFile(Reconciliation.FileCount count, List<CanonicalEvent> events, List<Enrichment> folded,
        List<Reject> rejects) {

    /** Runs one file through the runner, as {@code ingest} does, choosing its parser with {@code chooser}. */
    static IngestedFile ingest(Path file, FormatChooser chooser) throws IOException {
        List<CanonicalEvent> events = new ArrayList<>();
        List<Enrichment> folded = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        IngestRunner runner = new IngestRunner(chooser, events::add, folded::add, rejects::add, Progress.silent());
        Reconciliation reconciliation = runner.ingest(List.of(file));
        return new IngestedFile(reconciliation.files().get(0), events, folded, rejects);
    }
}
