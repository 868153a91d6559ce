package dev.opshistory.analytics.rootcause;

import dev.opshistory.model.CanonicalEvent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The postmortems of a run indexed by every way an event can be named in them — URL, id, dedup key, incident
 * number, title — so that linking an event costs a few lookups instead of a scan of every postmortem (with
 * tens of thousands of events and hundreds of postmortems the scan dominated the whole job). Matching follows
 * {@link PostmortemLinker}: the same normalisations, tried in the same order (URL, id, key, number, title); when
 * several postmortems name an event the same way, the one with the smallest event id wins, so the result does
 * not depend on arrival order. Not thread-safe; one per operator instance.
 */
public final class PostmortemIndex {

    /** A postmortem that names an event, and how. */
    public record Match(String postmortemId, PostmortemLinker.Link link) {
    }

    private final Map<String, Match> byUrl = new HashMap<>();
    private final Map<String, Match> byId = new HashMap<>();
    private final Map<String, Match> byDedupKey = new HashMap<>();
    private final Map<String, Match> byNumber = new HashMap<>();
    private final Map<String, Match> byTitle = new HashMap<>();

    /** Indexes a postmortem under every reference it makes. */
    public void add(CanonicalEvent postmortem) {
        String id = postmortem.eventId();
        Set<String> values = PostmortemLinker.refValues(postmortem);
        for (String v : values) {
            boolean url = PostmortemLinker.isUrl(v);
            if (url) {
                put(byUrl, PostmortemLinker.normalizeUrl(v), id, PostmortemLinker.By.HTML_URL, v);
            }
            String refId = url ? PostmortemLinker.idInUrl(v) : v;
            if (refId != null) {
                put(byId, refId.strip().toLowerCase(Locale.ROOT), id, PostmortemLinker.By.SOURCE_ID, v);
            }
            put(byDedupKey, v, id, PostmortemLinker.By.DEDUP_KEY, v);
            if (!url) {
                for (String number : PostmortemLinker.numbers(v, true)) {
                    put(byNumber, number, id, PostmortemLinker.By.SOURCE_NUMBER, v);
                }
            }
        }
        if (postmortem.title() != null) {
            for (String number : PostmortemLinker.numbers(postmortem.title(), false)) {
                put(byNumber, number, id, PostmortemLinker.By.SOURCE_NUMBER, postmortem.title());
            }
            putTitle(postmortem.title(), id, postmortem.title());
        }
        for (String v : values) {
            putTitle(v, id, v);
        }
    }

    /** The postmortem that names the event, if any. */
    public Optional<Match> find(CanonicalEvent event) {
        Match m = null;
        if (event.htmlUrl() != null) {
            m = byUrl.get(PostmortemLinker.normalizeUrl(event.htmlUrl()));
        }
        if (m == null && event.sourceId() != null) {
            m = byId.get(event.sourceId().strip().toLowerCase(Locale.ROOT));
        }
        if (m == null && event.dedupKey() != null) {
            m = byDedupKey.get(event.dedupKey().strip());
        }
        if (m == null && event.sourceNumber() != null) {
            m = byNumber.get(PostmortemLinker.stripZeros(event.sourceNumber().strip()));
        }
        if (m == null && event.title() != null) {
            String title = PostmortemLinker.normalizeTitle(event.title());
            m = title.isEmpty() ? null : byTitle.get(title);
        }
        return Optional.ofNullable(m);
    }

    private void putTitle(String text, String postmortemId, String ref) {
        String title = PostmortemLinker.normalizeTitle(text);
        if (!title.isEmpty()) {
            put(byTitle, title, postmortemId, PostmortemLinker.By.TITLE, ref);
        }
    }

    private static void put(Map<String, Match> index, String key, String postmortemId, PostmortemLinker.By by,
            String ref) {
        index.merge(key, new Match(postmortemId, new PostmortemLinker.Link(by, ref)),
                (a, b) -> a.postmortemId().compareTo(b.postmortemId()) <= 0 ? a : b);
    }
}
