package dev.opshistory.analytics.stateful;

import dev.opshistory.analytics.rules.RuleSettings;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Which alerts of one fingerprint are <em>repeated</em> (DESIGN.md §4): every member of a group of at least
 * {@code minAlerts} alerts created within {@code window}, the first included. Pure: no Flink, no clock.
 *
 * <p>A <b>group</b> is any {@code minAlerts} alerts whose creation instants span at most {@code window}: from
 * the first one's creation to the last one's, both ends inclusive, so with the defaults three alerts with the
 * third created exactly 24 h after the first form a group, and 24 h plus one millisecond do not. An alert is
 * repeated when it belongs to at least one group; groups may overlap and chain, so a steady alert every 10
 * hours marks every one of them (each is in some three-in-24-h group), while two alerts a day apart never
 * are. Alerts created at the same instant span zero and count separately. The vendor's occurrence count is
 * not used here: an alert deduplicated by its vendor is repeated by itself (set by the stateless classifier),
 * but it is one alert in a group of others.
 */
public final class RepeatDetector implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int minAlerts;
    private final Duration window;

    /**
     * @param minAlerts alerts that make a group, at least 1
     * @param window    longest span from the first to the last creation of a group, not negative
     */
    public RepeatDetector(int minAlerts, Duration window) {
        if (minAlerts < 1) {
            throw new IllegalArgumentException("minAlerts must be at least 1, was " + minAlerts);
        }
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative, was " + window);
        }
        this.minAlerts = minAlerts;
        this.window = window;
    }

    /** The detector of the rules' {@code repeats} section. */
    public static RepeatDetector of(RuleSettings rules) {
        return new RepeatDetector(rules.repeatMinAlerts(), rules.repeatWindow());
    }

    /** The longest span of a group. */
    public Duration window() {
        return window;
    }

    /**
     * @param createdAt creation instants of the alerts of one fingerprint, in any order, none null
     * @return for each alert, in the order given, whether it belongs to a group
     */
    public boolean[] repeated(List<Instant> createdAt) {
        createdAt.forEach(Objects::requireNonNull);
        int[] order = IntStream.range(0, createdAt.size()).boxed()
                .sorted(Comparator.comparing(createdAt::get))
                .mapToInt(Integer::intValue).toArray();
        boolean[] repeated = new boolean[order.length];
        // A set of N alerts spans at least as much as the N consecutive ones (in time) starting at its first,
        // so checking every run of N consecutive alerts finds every group.
        int markedUpTo = 0;
        for (int first = 0; first + minAlerts <= order.length; first++) {
            int last = first + minAlerts - 1;
            Duration span = Duration.between(createdAt.get(order[first]), createdAt.get(order[last]));
            if (span.compareTo(window) <= 0) {
                for (int i = Math.max(first, markedUpTo); i <= last; i++) {
                    repeated[order[i]] = true;
                }
                markedUpTo = last + 1;
            }
        }
        return repeated;
    }
}
