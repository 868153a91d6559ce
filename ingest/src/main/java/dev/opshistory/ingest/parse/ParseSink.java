package dev.opshistory.ingest.parse;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Reject;

/**
 * Where a parser puts what it read: each record is either accepted as an event, folded into another event
 * (a log entry, note or grouped alert: an {@link Enrichment}), or rejected with a reason, exactly once, in
 * input order. Calls come from the parsing thread only.
 */
public interface ParseSink {

    /** A record that became an event; its instants are UTC and its {@code source_file} is set. */
    void accept(CanonicalEvent event);

    /**
     * A record, or a part of the file, that could not become an event. Positions are {@code record N}
     * (1-based within a JSON array), {@code line N} (NDJSON, or where unreadable JSON stopped the file),
     * or {@code file}.
     */
    void reject(Reject reject);

    /**
     * A record that adds to another event rather than being one (a log entry, a note, a grouped alert).
     * Counted as accepted and folded, never as an alert.
     */
    void fold(Enrichment enrichment);
}
