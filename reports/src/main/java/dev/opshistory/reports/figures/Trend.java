package dev.opshistory.reports.figures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The period against the one before it (DESIGN.md §6.7): the equal span before the period when the data
 * reaches back that far ({@link Mode#PREVIOUS_PERIOD}), otherwise the period's second half against its first
 * ({@link Mode#HALVES}).
 */
public record Trend(Mode mode, Window earlier, Window later) {

    /** How the two windows were chosen. */
    public enum Mode { PREVIOUS_PERIOD, HALVES, NONE }

    public static final Trend NONE = new Trend(Mode.NONE, Window.EMPTY, Window.EMPTY);

    /**
     * The headline figures of one window [from, to).
     *
     * @param mttaMedian minutes, null without acknowledged alerts
     * @param mttrMedian minutes, null without resolved alerts
     */
    public record Window(Instant from, Instant to, long alerts, long pages, long nonActionable, long sleepPages,
                         long incidents, Double mttaMedian, Double mttrMedian) {

        public static final Window EMPTY = new Window(null, null, 0, 0, 0, 0, 0, null, null);

        /** nonActionable / alerts, or null without alerts. */
        public Double nonActionableShare() {
            return alerts == 0 ? null : (double) nonActionable / alerts;
        }
    }

    /**
     * One headline figure in both windows.
     *
     * @param change       later / earlier − 1, null when the earlier value is 0 or either is unknown
     * @param beyondChance for a count: whether the two windows differ beyond chance ({@link #differsBeyondChance});
     *                     null for shares and medians, which this test does not fit
     */
    public record Row(String key, String label, Double earlier, Double later, Double change, Boolean beyondChance) {
    }

    /**
     * True when either window holds an alert or an incident: without any (a folder of postmortems) every figure
     * compared is 0 or unknown, a table of zeros that says nothing.
     */
    public boolean comparesEvents() {
        return earlier.alerts() + earlier.incidents() + later.alerts() + later.incidents() > 0;
    }

    /** The figures compared, in the report's order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(count("alerts", "Alerts", earlier.alerts(), later.alerts()));
        rows.add(count("pages", "Pages", earlier.pages(), later.pages()));
        rows.add(row("non_actionable_share", "Non-actionable share", earlier.nonActionableShare(),
                later.nonActionableShare()));
        rows.add(count("sleep_pages", "Pages in sleep hours", earlier.sleepPages(), later.sleepPages()));
        rows.add(count("incidents", "Incidents", earlier.incidents(), later.incidents()));
        rows.add(row("mtta_median_minutes", "MTTA median (min)", earlier.mttaMedian(), later.mttaMedian()));
        rows.add(row("mttr_median_minutes", "MTTR median (min)", earlier.mttrMedian(), later.mttrMedian()));
        return rows;
    }

    /** How unlikely a rise must be under chance alone to count as one: a one-sided 5 % level. */
    public static final double RISE_SIGNIFICANCE = 0.05;

    /**
     * Whether {@code later} counts of an equal-length window are a rise over {@code earlier} beyond chance: under
     * equal rates each of the {@code earlier + later} events falls in either window with probability one half, so
     * the later count is Binomial(n, 1/2); the rise counts when P(X ≥ later) is below {@link #RISE_SIGNIFICANCE}.
     * 2 → 4 pages is chance (p = 0.34), 1 → 7 is not (p = 0.035), nor is 100 → 140 (p = 0.007).
     */
    public static boolean significantRise(long earlier, long later) {
        if (later <= earlier) {
            return false;
        }
        BinomialDistribution equalRates = new BinomialDistribution(null, Math.toIntExact(earlier + later), 0.5);
        return 1 - equalRates.cumulativeProbability(Math.toIntExact(later - 1)) < RISE_SIGNIFICANCE;
    }

    /**
     * Whether two equal windows' counts differ beyond chance in the direction they moved: {@link #significantRise}
     * for a rise, and for a fall the same test with the windows swapped (Binomial(n, 1/2) is symmetric), so the
     * table and the trend finding never disagree about the same counts.
     */
    public static boolean differsBeyondChance(long earlier, long later) {
        return later > earlier ? significantRise(earlier, later) : significantRise(later, earlier);
    }

    /** later / earlier − 1, or null when it cannot be said. */
    public static Double change(Double earlier, Double later) {
        if (earlier == null || later == null || earlier == 0) {
            return null;
        }
        return later / earlier - 1;
    }

    private static Row row(String key, String label, Double earlier, Double later) {
        return new Row(key, label, earlier, later, change(earlier, later), null);
    }

    private static Row count(String key, String label, long earlier, long later) {
        return new Row(key, label, (double) earlier, (double) later, change((double) earlier, (double) later),
                differsBeyondChance(earlier, later));
    }
}
