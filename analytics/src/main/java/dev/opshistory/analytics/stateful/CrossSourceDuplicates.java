package dev.opshistory.analytics.stateful;

import dev.opshistory.model.Source;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which alerts of one title template are copies of an alert forwarded from another tool (Opsgenie →
 * PagerDuty or back, DESIGN.md §4), and of which. Pure: no Flink, no clock.
 *
 * <p>In creation order (ties by event id, so the verdict does not depend on input order), an alert is a copy
 * of the earliest <em>original</em> that
 * <ul>
 *   <li>comes from a different source,</li>
 *   <li>was created at most {@code window} before it (inclusive; the same instant counts), and</li>
 *   <li>has no copy in the alert's source yet: a forward makes one copy per tool, so a second alert of that
 *       tool within the window is an alert of its own, not a second copy.</li>
 * </ul>
 * Alerts that are not copies are originals. A copy points at the original, never at another copy, so a chain
 * Opsgenie → PagerDuty → JSM counts once. The original stays unflagged.
 *
 * <p>Alerts already decided ({@code settled}) keep their verdict and only tell which originals already have
 * copies; that is how a continuous run decides new alerts without revisiting emitted ones.
 */
public final class CrossSourceDuplicates implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Creation order, ties by event id. */
    static final Comparator<Sighting> CREATION_ORDER =
            Comparator.comparing(Sighting::createdAt).thenComparing(Sighting::eventId);

    private final Duration window;

    /** @param window longest time between an original's creation and its copy's, not negative */
    public CrossSourceDuplicates(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative, was " + window);
        }
        this.window = window;
    }

    /** The longest time between an original and its copy. */
    public Duration window() {
        return window;
    }

    /**
     * One alert as this rule sees it.
     *
     * @param eventId     its event id
     * @param source      the tool it came from
     * @param createdAt   when it was created
     * @param duplicateOf for a settled alert, its verdict (null: an original); ignored for alerts to decide
     */
    public record Sighting(String eventId, Source source, Instant createdAt, String duplicateOf) {
        public Sighting {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /**
     * @param settled alerts already decided, with their verdicts; any order
     * @param due     alerts to decide; any order
     * @return for each alert of {@code due}, in the order given, the event id of its original or null
     */
    public List<String> duplicateOf(List<Sighting> settled, List<Sighting> due) {
        List<Entry> entries = new ArrayList<>();
        settled.forEach(s -> entries.add(new Entry(s, -1)));
        for (int i = 0; i < due.size(); i++) {
            entries.add(new Entry(due.get(i), i));
        }
        entries.sort(Comparator.comparing(Entry::sighting, CREATION_ORDER));

        String[] verdicts = new String[due.size()];
        Deque<Original> open = new ArrayDeque<>();
        Map<String, Original> byId = new HashMap<>();
        for (Entry entry : entries) {
            Sighting alert = entry.sighting();
            Instant earliest = alert.createdAt().minus(window);
            while (!open.isEmpty() && open.peekFirst().sighting.createdAt().isBefore(earliest)) {
                byId.remove(open.pollFirst().sighting.eventId());
            }
            String original;
            if (entry.dueIndex() < 0) {
                original = alert.duplicateOf();
                Original known = original == null ? null : byId.get(original);
                if (known != null) {
                    known.copiedTo.add(alert.source());
                }
            } else {
                original = match(open, alert);
                verdicts[entry.dueIndex()] = original;
            }
            if (original == null) {
                Original added = new Original(alert);
                open.addLast(added);
                byId.put(alert.eventId(), added);
            }
        }
        return Arrays.asList(verdicts);
    }

    private static String match(Deque<Original> open, Sighting alert) {
        for (Original candidate : open) {
            if (candidate.sighting.source() != alert.source() && candidate.copiedTo.add(alert.source())) {
                return candidate.sighting.eventId();
            }
        }
        return null;
    }

    private record Entry(Sighting sighting, int dueIndex) {
    }

    /** An original still within reach of later alerts, and the tools it already has a copy in. */
    private static final class Original {
        private final Sighting sighting;
        private final Set<Source> copiedTo = EnumSet.noneOf(Source.class);

        Original(Sighting sighting) {
            this.sighting = sighting;
        }
    }
}
