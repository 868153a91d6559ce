package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Reject;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a parser emitted, in order. */
final class RecordingSink implements ParseSink {

    final List<CanonicalEvent> events = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    final List<Enrichment> folded = new ArrayList<>();
    /** Every call in order. */
    final List<String> calls = new ArrayList<>();

    @Override
    public void accept(CanonicalEvent event) {
        events.add(event);
        calls.add(event.eventId());
    }

    @Override
    public void reject(Reject reject) {
        rejects.add(reject);
        calls.add("reject " + reject.position());
    }

    @Override
    public void fold(Enrichment enrichment) {
        folded.add(enrichment);
        calls.add("fold " + enrichment.parentEventId());
    }
}
