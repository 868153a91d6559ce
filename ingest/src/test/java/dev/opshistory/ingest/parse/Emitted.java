package dev.opshistory.ingest.parse;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import java.time.Instant;

/**
 * What the parser contract checks of one emitted record, an accepted event or a folded enrichment alike: its
 * vendor id, its main instant (an event's {@code created_at}, an enrichment's {@code at}), its main text (an
 * event's title, an enrichment's text), whether it was flagged truncated (null for enrichments, which carry no
 * flag), and its source file.
 */
record Emitted(Object record, String sourceId, Instant at, String text, Boolean truncated, String sourceFile) {

    static Emitted of(Object record) {
        if (record instanceof CanonicalEvent e) {
            return new Emitted(e, e.sourceId(), e.createdAt(), e.title(), e.truncated(), e.sourceFile());
        }
        Enrichment n = (Enrichment) record;
        return new Emitted(n, n.sourceId(), n.at(), n.text(), null, n.sourceFile());
    }

    /** The record without its source file, to compare the same records read from differently named inputs. */
    Object withoutSourceFile() {
        if (record instanceof CanonicalEvent e) {
            return e.toBuilder().sourceFile(null).build();
        }
        Enrichment n = (Enrichment) record;
        return new Enrichment(n.parentEventId(), n.type(), n.sourceId(), n.at(), n.agent(), n.human(), n.channel(),
                n.text(), n.alertKey(), n.alertSeverity(), n.runbookUrl(), null);
    }
}
