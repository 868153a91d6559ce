package dev.opshistory.reports.figures;

import java.util.List;

/**
 * Pages per 12-hour on-call shift (08–20, 20–08 in the report's time zone) per on-call rota (the escalation
 * policy, else the team paged: "{@code <team> (team)}"), as a
 * distribution; only shifts wholly inside the period count.
 *
 * @param guide            the SRE book's guide: at most this many incidents per shift
 * @param distribution     how many shifts (over all queues) had each number of pages, fewest first
 * @param shifts           queue-shifts counted
 * @param shiftsOverGuide  of which had more than {@code guide} pages
 * @param byQueue          per on-call rota, most loaded first
 */
public record OnCallLoad(int guide, List<ShiftCount> distribution, long shifts, long shiftsOverGuide,
                         List<QueueLoad> byQueue) {

    /** The SRE book's guide of at most two incidents per 12-hour shift. */
    public static final int SRE_GUIDE = 2;

    public static final OnCallLoad NONE = new OnCallLoad(SRE_GUIDE, List.of(), 0, 0, List.of());

    public OnCallLoad {
        distribution = List.copyOf(distribution);
        byQueue = List.copyOf(byQueue);
    }

    /** shiftsOverGuide / shifts, or null without shifts. */
    public Double shareOverGuide() {
        return shifts == 0 ? null : (double) shiftsOverGuide / shifts;
    }

    /** Shifts that had {@code pages} pages. */
    public record ShiftCount(long pages, long shifts) {
    }

    /**
     * One on-call rota's shifts.
     *
     * @param queue untrusted text
     */
    public record QueueLoad(String queue, long shifts, long pages, long maxPages, long shiftsOverGuide,
                            Double medianPages) {

        /** shiftsOverGuide / shifts, or null without shifts. */
        public Double shareOverGuide() {
            return shifts == 0 ? null : (double) shiftsOverGuide / shifts;
        }
    }
}
