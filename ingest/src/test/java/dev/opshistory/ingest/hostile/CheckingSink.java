package dev.opshistory.ingest.hostile;

import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Reject;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a parser's calls and notes every call that breaks the contract: a reject without a position or a
 * reason or naming another file, an event without an id (or an alert or incident without a creation time), an
 * enrichment without a parent.
 */
final class CheckingSink implements ParseSink {

    private final String fileName;
    final List<String> problems = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    int accepted;
    int folded;

    CheckingSink(String fileName) {
        this.fileName = fileName;
    }

    int calls() {
        return accepted + folded + rejects.size();
    }

    @Override
    public void accept(CanonicalEvent event) {
        accepted++;
        if (event == null) {
            problems.add("accept(null)");
        } else if (isBlank(event.eventId()) || event.kind() == null || event.source() == null
                || !fileName.equals(event.sourceFile())) {
            problems.add("event without id, kind, source or source_file: " + event);
        } else if (event.kind() != EventKind.POSTMORTEM && event.createdAt() == null) {
            // alerts and incidents are placed in time by created_at; only a postmortem may lack a date
            problems.add("alert or incident without created_at: " + event);
        }
    }

    @Override
    public void fold(Enrichment enrichment) {
        folded++;
        if (enrichment == null || isBlank(enrichment.parentEventId())) {
            problems.add("enrichment without parent: " + enrichment);
        }
    }

    @Override
    public void reject(Reject reject) {
        rejects.add(reject);
        if (reject == null || isBlank(reject.position()) || isBlank(reject.reason()) || !fileName.equals(reject.file())) {
            problems.add("reject without position, reason or file: " + reject);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
