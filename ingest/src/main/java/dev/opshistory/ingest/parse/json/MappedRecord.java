package dev.opshistory.ingest.parse.json;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link RecordHandler} made of one record: an event of its own, an enrichment folded into another
 * event (a log entry, a note, a grouped alert), or, for a record whose parent is named only by the wrapping
 * object, a request to ask again once the whole wrapper has been read.
 */
public sealed interface MappedRecord permits MappedRecord.Event, MappedRecord.EventWithParts, MappedRecord.Folded,
        MappedRecord.Deferred {

    /** The record became an event: the reader calls {@code ParseSink.accept}. */
    record Event(CanonicalEvent event) implements MappedRecord {
        public Event {
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * The record became an event and carried records of its own that fold into it (a PagerDuty incident exported by a
     * sync tool with its {@code log_entries} and {@code alerts}): the reader accepts the event, then folds each part
     * or rejects it with its problem.
     */
    record EventWithParts(CanonicalEvent event, List<Part> parts) implements MappedRecord {
        public EventWithParts {
            Objects.requireNonNull(event, "event");
            parts = List.copyOf(parts);
        }
    }

    /**
     * One record carried inside another: where it was ({@code log_entries[3]}), and the enrichment it made or the
     * problem that rejects it with its text.
     */
    record Part(String where, Enrichment enrichment, RecordProblem problem, String raw) {
        public Part {
            Objects.requireNonNull(where, "where");
            if ((enrichment == null) == (problem == null)) {
                throw new IllegalArgumentException("a part is an enrichment or a problem");
            }
        }
    }

    /** The record adds to another event: the reader calls {@code ParseSink.fold}. */
    record Folded(Enrichment enrichment) implements MappedRecord {
        public Folded {
            Objects.requireNonNull(enrichment, "enrichment");
        }
    }

    /**
     * The record cannot be placed until the rest of the wrapping object is read (Opsgenie's {@code paging}
     * and JSM's {@code links} name the alert after the records). Allowed only while
     * {@link RecordContext#wrapperComplete()} is false.
     */
    enum Deferred implements MappedRecord { INSTANCE }

    static MappedRecord event(CanonicalEvent event) {
        return new Event(event);
    }

    static MappedRecord folded(Enrichment enrichment) {
        return new Folded(enrichment);
    }

    static MappedRecord deferred() {
        return Deferred.INSTANCE;
    }
}
