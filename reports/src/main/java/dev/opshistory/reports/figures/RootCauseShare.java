package dev.opshistory.reports.figures;

/**
 * One root-cause category over the period, with the earlier trend window's shares for comparison.
 *
 * @param category                a {@link dev.opshistory.model.RootCause} name
 * @param alerts                  alerts of the category (human-named and inferred)
 * @param alertsHuman             of which named by a human (postmortem, reviewer)
 * @param incidents               incidents of the category
 * @param incidentsHuman          of which named by a human
 * @param postmortems             postmortems dated in the period filed under the category (read by the rules
 *                                from the authors' own text)
 * @param alertShare              alerts / all alerts, null without alerts
 * @param incidentShare           incidents / all incidents, null without incidents
 * @param postmortemShare         postmortems / all dated postmortems, null without any
 * @param earlierAlertShare       the same share in the trend's earlier window, null when it had no alerts
 * @param earlierIncidentShare    the same share in the trend's earlier window, null when it had no incidents
 * @param earlierPostmortemShare  the same share in the trend's earlier window, null when it had no postmortems
 * @param investment              what the category points to investing in
 */
public record RootCauseShare(String category, long alerts, long alertsHuman, long incidents, long incidentsHuman,
                             long postmortems, Double alertShare, Double incidentShare, Double postmortemShare,
                             Double earlierAlertShare, Double earlierIncidentShare, Double earlierPostmortemShare,
                             String investment) {

    /** Alerts whose category the job inferred. */
    public long alertsInferred() {
        return alerts - alertsHuman;
    }

    /** Incidents whose category the job inferred. */
    public long incidentsInferred() {
        return incidents - incidentsHuman;
    }

    /** True when the category has an alert, an incident or a postmortem in the period. */
    public boolean seen() {
        return alerts + incidents + postmortems > 0;
    }
}
