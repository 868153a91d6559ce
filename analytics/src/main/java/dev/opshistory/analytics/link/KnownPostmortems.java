package dev.opshistory.analytics.link;

import dev.opshistory.analytics.rootcause.PostmortemIndex;
import dev.opshistory.analytics.warehouse.ClassifiedPostmortem;
import dev.opshistory.model.ClassifiedEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The postmortems one operator instance has seen, indexed for linking. A working copy of the operator's
 * broadcast state, which stays the record that checkpoints keep: an instance builds it from that state on first
 * use (so also after a restore) and adds each postmortem as it arrives. Not thread-safe; one per instance.
 */
public final class KnownPostmortems {

    private final PostmortemIndex index = new PostmortemIndex();
    private final Map<String, ClassifiedPostmortem> byId = new HashMap<>();

    /** Adds a postmortem; a later version of the same id replaces the earlier one in the lookup. */
    public void add(ClassifiedPostmortem postmortem) {
        byId.put(postmortem.event().eventId(), postmortem);
        index.add(postmortem.event());
    }

    /** The event linked to the postmortem that names it, if any ({@link PostmortemLinks}). */
    public ClassifiedEvent link(ClassifiedEvent event, PostmortemLinks links) {
        return links.apply(event, index, byId::get);
    }
}
