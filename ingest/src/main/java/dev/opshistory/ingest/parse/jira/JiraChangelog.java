package dev.opshistory.ingest.parse.jira;

import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who acknowledged and who resolved a Jira incident, from its status changes ({@code expand=changelog}:
 * {@code changelog.histories[]} with {@code created}, {@code author} and {@code items[]} whose {@code field} is
 * {@code status}) — Jira records nothing else of the kind (formats/jsm/FIELD_REFERENCE.md). The first status change
 * before the resolution is the acknowledgement: someone moved the incident off its opening status ("Open" →
 * "Investigating"), whatever the workflow calls its statuses. The change at the resolution time (within a minute of
 * {@code resolutiondate}) is the resolution, and its author resolved it. An author whose {@code accountType} is
 * {@code app} is an automation or integration, not a person; {@code atlassian} and {@code customer} are people.
 *
 * @param acknowledgedAt   the first status change before the resolution, or null
 * @param acknowledgedBy   its author's display name, or null
 * @param humanAcknowledged whether that author is a person; null when unknown
 * @param resolvedBy       the resolving change's author's display name, or null
 * @param autoResolved     whether that author is an automation; null when unknown
 */
record JiraChangelog(Instant acknowledgedAt, String acknowledgedBy, Boolean humanAcknowledged, String resolvedBy,
        Boolean autoResolved) {

    /** How far a status change may lie from {@code resolutiondate} and still be the one that resolved. */
    private static final Duration RESOLVING = Duration.ofMinutes(1);

    private static final JiraChangelog NONE = new JiraChangelog(null, null, null, null, null);

    private record StatusChange(Instant at, RecordView author) {
    }

    /** The acknowledgement and resolution an issue's changelog shows; all null without one. */
    static JiraChangelog of(RecordView issue, Instant resolvedAt) throws RecordProblem {
        List<StatusChange> changes = new ArrayList<>();
        for (RecordView history : issue.objects("changelog.histories")) {
            boolean status = false;
            for (RecordView item : history.objects("items")) {
                status |= "status".equals(item.nonBlankText("field"));
            }
            if (status) {
                changes.add(new StatusChange(history.requiredInstant("created"), history.object("author")));
            }
        }
        if (changes.isEmpty()) {
            return NONE;
        }
        changes.sort(Comparator.comparing(StatusChange::at)); // the API gives them newest first or oldest first
        StatusChange acknowledged = null;
        StatusChange resolved = null;
        for (StatusChange change : changes) {
            boolean resolving = resolvedAt != null && Duration.between(change.at(), resolvedAt).abs().compareTo(RESOLVING) <= 0;
            if (resolving) {
                resolved = change;
            } else if (acknowledged == null && (resolvedAt == null || change.at().isBefore(resolvedAt))) {
                acknowledged = change;
            }
        }
        return new JiraChangelog(acknowledged == null ? null : acknowledged.at(), name(acknowledged),
                isPerson(acknowledged), name(resolved), resolved == null || isPerson(resolved) == null ? null : !isPerson(resolved));
    }

    private static String name(StatusChange change) throws RecordProblem {
        return change == null || change.author() == null ? null : change.author().nonBlankText("displayName");
    }

    private static Boolean isPerson(StatusChange change) throws RecordProblem {
        if (change == null || change.author() == null) {
            return null;
        }
        String type = change.author().nonBlankText("accountType");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "app" -> false;
            case "atlassian", "customer" -> true;
            default -> null;
        };
    }
}
