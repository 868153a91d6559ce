package dev.opshistory.reports.figures;

/**
 * Alerts flagged repeated or flapping (flags, not classes: an alert can be both, and of any class).
 *
 * @param alerts all alerts in the period, the base of both shares
 */
public record FlagCounts(long repeated, long flapping, long alerts) {

    public static final FlagCounts NONE = new FlagCounts(0, 0, 0);

    /** repeated / alerts, or null without alerts. */
    public Double repeatedShare() {
        return alerts == 0 ? null : (double) repeated / alerts;
    }

    /** flapping / alerts, or null without alerts. */
    public Double flappingShare() {
        return alerts == 0 ? null : (double) flapping / alerts;
    }
}
