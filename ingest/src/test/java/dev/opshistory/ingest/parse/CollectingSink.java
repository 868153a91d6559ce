package dev.opshistory.ingest.parse;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Reject;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a parser emitted, in order. */
class CollectingSink implements ParseSink {

    final List<CanonicalEvent> events = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    final List<Enrichment> folded = new ArrayList<>();
    /** Every call in order: an event's id or "reject <position>". */
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
