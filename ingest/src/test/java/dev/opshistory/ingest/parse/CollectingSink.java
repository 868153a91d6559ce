package dev.opshistory.ingest.parse;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Reject;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a parser emitted, in order; the sink of every parser test. */
public class CollectingSink implements ParseSink {

    public final List<CanonicalEvent> events = new ArrayList<>();
    public final List<Reject> rejects = new ArrayList<>();
    public final List<Enrichment> folded = new ArrayList<>();
    /** Events and enrichments together, in the order they were emitted. */
    public final List<Object> outputs = new ArrayList<>();
    /** Every call in order: an event's id, "reject <position>" or "fold <parent event id>". */
    public final List<String> calls = new ArrayList<>();

    /** The one event of a file that is one record (a postmortem document), asserting no reject and no other event. */
    public CanonicalEvent onlyEvent() {
        org.assertj.core.api.Assertions.assertThat(rejects).isEmpty();
        org.assertj.core.api.Assertions.assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** The events and enrichments as the parser contract sees them, in order. */
    List<Emitted> emitted() {
        return outputs.stream().map(Emitted::of).toList();
    }

    @Override
    public void accept(CanonicalEvent event) {
        events.add(event);
        outputs.add(event);
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
        outputs.add(enrichment);
        calls.add("fold " + enrichment.parentEventId());
    }
}
