package dev.opshistory.analytics.rules;

import dev.opshistory.model.HourBand;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The on-call hour band of an instant (DESIGN.md §4), by default: {@link HourBand#BUSINESS} 08–18 Monday to
 * Friday; {@link HourBand#OFF_HOURS} 18–22 on weekdays and 08–22 on weekends; {@link HourBand#SLEEP} 22–08
 * every day. Hours are local to the configured zone, so the same UTC hour can change band when daylight
 * saving time starts or ends. Each band includes its start hour and excludes its end hour.
 */
public final class HourBands implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ZoneId zone;
    private final Set<DayOfWeek> businessDays;
    private final int dayStartHour;
    private final int businessEndHour;
    private final int sleepStartHour;

    /** Bands with the zone, business days and hours of the rule settings. */
    public HourBands(RuleSettings settings) {
        this(settings.timeZone(), settings.businessDays(), settings.dayStartHour(), settings.businessEndHour(),
                settings.sleepStartHour());
    }

    /**
     * @throws IllegalArgumentException unless {@code 0 <= dayStartHour < businessEndHour <= sleepStartHour <= 23}
     */
    public HourBands(ZoneId zone, Set<DayOfWeek> businessDays, int dayStartHour, int businessEndHour,
                     int sleepStartHour) {
        if (!(0 <= dayStartHour && dayStartHour < businessEndHour && businessEndHour <= sleepStartHour
                && sleepStartHour <= 23)) {
            throw new IllegalArgumentException("hour bands need 0 <= day start < business end <= sleep start <= 23");
        }
        this.zone = zone;
        this.businessDays = Set.copyOf(businessDays);
        this.dayStartHour = dayStartHour;
        this.businessEndHour = businessEndHour;
        this.sleepStartHour = sleepStartHour;
    }

    /** The band of an instant in this zone; null when the instant is null. */
    public HourBand of(Instant instant) {
        if (instant == null) {
            return null;
        }
        ZonedDateTime local = instant.atZone(zone);
        int hour = local.getHour();
        if (hour >= sleepStartHour || hour < dayStartHour) {
            return HourBand.SLEEP;
        }
        if (businessDays.contains(local.getDayOfWeek()) && hour < businessEndHour) {
            return HourBand.BUSINESS;
        }
        return HourBand.OFF_HOURS;
    }

    /** The zone the bands are computed in. */
    public ZoneId zone() {
        return zone;
    }
}
