package dev.opshistory.analytics.stateful;

import dev.opshistory.analytics.rules.RuleSettings;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which alerts of one fingerprint are <em>flapping</em> (DESIGN.md §4): every member of a run where the
 * fingerprint triggered and resolved at least {@code minCycles} times within {@code window}. Pure: no Flink,
 * no clock.
 *
 * <ul>
 *   <li>A <b>cycle</b> is a time when the fingerprint was continuously firing: an alert from its creation to
 *       its resolution, merged with every alert of the same fingerprint created while it was still open
 *       (overlapping alerts are one cycle, because the condition never cleared in between: two alerts open at
 *       once are a duplicate notification, not a flap). An alert created at the very instant the previous
 *       one resolved starts a new cycle: the condition cleared and came back.</li>
 *   <li>A <b>run</b> is {@code minCycles} or more consecutive cycles from the first one's trigger to the last
 *       one's resolution within {@code window}, both ends inclusive (with the defaults, three cycles whose
 *       last resolve is exactly one hour after the first trigger flap).</li>
 *   <li>Every alert of every cycle of a run is flapping.</li>
 *   <li>Alerts that never resolved (still open when exported, or no resolve time in the export) are not
 *       cycles: they neither flap nor join, split or break cycles of others.</li>
 * </ul>
 */
public final class FlappingDetector implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int minCycles;
    private final Duration window;

    /**
     * @param minCycles trigger-resolve cycles that make a run, at least 1
     * @param window    longest span from a run's first trigger to its last resolve, not negative
     */
    public FlappingDetector(int minCycles, Duration window) {
        if (minCycles < 1) {
            throw new IllegalArgumentException("minCycles must be at least 1, was " + minCycles);
        }
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative, was " + window);
        }
        this.minCycles = minCycles;
        this.window = window;
    }

    /** The detector of the rules' {@code flapping} section. */
    public static FlappingDetector of(RuleSettings rules) {
        return new FlappingDetector(rules.flappingMinCycles(), rules.flappingWindow());
    }

    /** The longest span of a run. */
    public Duration window() {
        return window;
    }

    /**
     * @param alerts the alerts of one fingerprint, in any order
     * @return for each alert, in the order given, whether it belongs to a flapping run
     */
    public boolean[] flapping(List<AlertSpan> alerts) {
        List<Cycle> cycles = cycles(alerts);
        boolean[] flapping = new boolean[alerts.size()];
        // Cycles are disjoint and in order, so their ends rise too: checking every minCycles consecutive
        // cycles finds every run.
        for (int first = 0; first + minCycles <= cycles.size(); first++) {
            Cycle last = cycles.get(first + minCycles - 1);
            if (Duration.between(cycles.get(first).start, last.end).compareTo(window) <= 0) {
                for (Cycle cycle : cycles.subList(first, first + minCycles)) {
                    cycle.members.forEach(i -> flapping[i] = true);
                }
            }
        }
        return flapping;
    }

    /** The resolved alerts merged into cycles, in time order. */
    private static List<Cycle> cycles(List<AlertSpan> alerts) {
        int[] resolved = IntStream.range(0, alerts.size())
                .filter(i -> alerts.get(i).resolved())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> alerts.get(i).createdAt())
                        .thenComparing(i -> alerts.get(i).end()))
                .mapToInt(Integer::intValue).toArray();
        List<Cycle> cycles = new ArrayList<>();
        Cycle current = null;
        for (int i : resolved) {
            AlertSpan alert = alerts.get(i);
            if (current == null || !alert.createdAt().isBefore(current.end)) {
                current = new Cycle(alert.createdAt());
                cycles.add(current);
            }
            current.add(i, alert.end());
        }
        return cycles;
    }

    /** A time the fingerprint was firing without a break, and the alerts (by index) that made it. */
    private static final class Cycle {
        private final Instant start;
        private Instant end;
        private final List<Integer> members = new ArrayList<>();

        Cycle(Instant start) {
            this.start = start;
            this.end = start;
        }

        void add(int alert, Instant alertEnd) {
            members.add(alert);
            if (alertEnd.isAfter(end)) {
                end = alertEnd;
            }
        }
    }
}
