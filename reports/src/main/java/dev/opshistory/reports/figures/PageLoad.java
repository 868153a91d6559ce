package dev.opshistory.reports.figures;

import java.util.List;

/**
 * Pages (ALERTs of high urgency or SEV1–SEV3) and when they came, in the report's time zone.
 *
 * @param afterHours pages outside the BUSINESS band (off-hours and sleep)
 * @param sleep      pages in sleep hours, 22–08
 * @param heatMap    pages per hour band and ISO weekday: 21 cells, BUSINESS first, Monday first
 */
public record PageLoad(long pages, long afterHours, long sleep, List<HeatCell> heatMap) {

    public static final PageLoad NONE = new PageLoad(0, 0, 0, List.of());

    public PageLoad {
        heatMap = List.copyOf(heatMap);
    }

    /** One cell of the heat map: {@code weekday} 1 = Monday … 7 = Sunday. */
    public record HeatCell(String band, int weekday, long pages) {
    }

    /** afterHours / pages, or null without pages. */
    public Double afterHoursShare() {
        return pages == 0 ? null : (double) afterHours / pages;
    }

    /** sleep / pages, or null without pages. */
    public Double sleepShare() {
        return pages == 0 ? null : (double) sleep / pages;
    }
}
