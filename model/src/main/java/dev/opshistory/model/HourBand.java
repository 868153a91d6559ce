package dev.opshistory.model;

/**
 * When a page arrived, for on-call load (DESIGN.md §4): business 08–18 Mon–Fri; off-hours 18–22 on
 * weekdays and weekend daytime 08–22; sleep 22–08 every day. Computed in the report's time zone.
 */
public enum HourBand {
    BUSINESS, OFF_HOURS, SLEEP
}
