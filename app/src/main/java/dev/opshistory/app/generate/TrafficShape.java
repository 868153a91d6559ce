package dev.opshistory.app.generate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * How alert volume is spread over the hours of the history: a diurnal and weekly cycle (weekday business
 * hours weigh 1, Tuesday and Thursday release afternoons 1.8, weekday evenings 0.45, weekend days 0.3, nights
 * 0.2; the teams' clocks are taken as UTC), turned into an exact quota per hour: after hour {@code h} the
 * generator has emitted {@code round(total × share of the weight up to h)} alerts, and exactly {@code total}
 * after the last hour. Holds one number per hour of the history, never one per alert.
 */
final class TrafficShape {

    private final Instant start;
    private final long total;
    private final long reserved;
    private final double[] cumulative;

    /**
     * @param total alerts over the whole history; a few of them ({@link #reservedForLastHour}) are kept for the
     *              last hour, so that every history ends with alerts still open at the export
     */
    TrafficShape(Instant start, int days, long total) {
        this.start = start;
        this.total = total;
        this.reserved = reservedForLastHour(total);
        int hours = days * 24;
        cumulative = new double[hours];
        double sum = 0;
        for (int h = 0; h < hours; h++) {
            sum += weight(hourStart(h));
            cumulative[h] = sum;
        }
    }

    int hours() {
        return cumulative.length;
    }

    Instant hourStart(int hour) {
        return start.plus(Duration.ofHours(hour));
    }

    /** How many alerts should have been emitted by the end of {@code hour}. */
    long quotaThrough(int hour) {
        if (hour == cumulative.length - 1) {
            return total;
        }
        return Math.round((total - reserved) * cumulative[hour] / cumulative[cumulative.length - 1]);
    }

    /** 0.3% of the alerts, at least one: created in the last hour, still open when the export is taken. */
    static long reservedForLastHour(long total) {
        return Math.min(total, Math.max(1, total * 3 / 1000));
    }

    boolean isLast(int hour) {
        return hour == cumulative.length - 1;
    }

    /** The relative alert volume of the hour that starts at {@code t}. */
    static double weight(Instant t) {
        ZonedDateTime at = t.atZone(ZoneOffset.UTC);
        boolean weekday = at.getDayOfWeek().getValue() <= 5;
        int hour = at.getHour();
        if (weekday && hour >= 8 && hour < 18) {
            return isReleaseWindow(t) ? 1.8 : 1.0;
        }
        if (weekday && hour >= 18 && hour < 22) {
            return 0.45;
        }
        if (!weekday && hour >= 8 && hour < 22) {
            return 0.3;
        }
        return 0.2;
    }

    /** Tuesday and Thursday 13:00–17:00: the release trains, when deploy-related bursts happen. */
    static boolean isReleaseWindow(Instant t) {
        ZonedDateTime at = t.atZone(ZoneOffset.UTC);
        DayOfWeek day = at.getDayOfWeek();
        return (day == DayOfWeek.TUESDAY || day == DayOfWeek.THURSDAY) && at.getHour() >= 13 && at.getHour() < 17;
    }

    /** 01:00–07:00, when nightly batch jobs run and fail. */
    static boolean isBatchWindow(Instant t) {
        int hour = t.atZone(ZoneOffset.UTC).getHour();
        return hour >= 1 && hour < 7;
    }
}
