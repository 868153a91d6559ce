package dev.opshistory.ingest.parse.jira;

import java.util.Locale;

/**
 * What a Jira issue is to this tool, by its issue type's name: Jira Service Management's incident types
 * ("[System] Incident", "Major incident"…), its review types ("Post-incident review", "Postmortem", "PIR"), or
 * anything else a JQL export holds beside them (tasks, service requests).
 */
public enum JiraIssueKind {
    INCIDENT, REVIEW, OTHER;

    /** The kind of an issue type; OTHER for none. */
    public static JiraIssueKind of(String typeName) {
        String type = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (type.contains("review") || type.contains("postmortem") || type.contains("post-mortem") || type.equals("pir")) {
            return REVIEW;
        }
        return type.contains("incident") ? INCIDENT : OTHER;
    }

    /** The reject reason for an issue of another type. */
    public static String notRead(String typeName) {
        return "issue type '" + typeName + "' is neither an incident nor a post-incident review";
    }
}
