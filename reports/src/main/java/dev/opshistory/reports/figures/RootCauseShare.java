package dev.opshistory.reports.figures;

/**
 * One root-cause category over the period, with the earlier trend window's shares for comparison.
 *
 * @param category               a {@link dev.opshistory.model.RootCause} name
 * @param alerts                 alerts of the category (human-named and inferred)
 * @param alertsHuman            of which named by a human (postmortem, reviewer)
 * @param incidents              incidents of the category
 * @param incidentsHuman         of which named by a human
 * @param alertShare             alerts / all alerts, null without alerts
 * @param incidentShare          incidents / all incidents, null without incidents
 * @param earlierAlertShare      the same share in the trend's earlier window, null when it had no alerts
 * @param earlierIncidentShare   the same share in the trend's earlier window, null when it had no incidents
 * @param investment             what the category points to investing in
 */
public record RootCauseShare(String category, long alerts, long alertsHuman, long incidents, long incidentsHuman,
                             Double alertShare, Double incidentShare, Double earlierAlertShare,
                             Double earlierIncidentShare, String investment) {

    /** Alerts whose category the job inferred. */
    public long alertsInferred() {
        return alerts - alertsHuman;
    }

    /** Incidents whose category the job inferred. */
    public long incidentsInferred() {
        return incidents - incidentsHuman;
    }
}
