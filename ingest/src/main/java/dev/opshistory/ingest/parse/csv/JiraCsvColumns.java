package dev.opshistory.ingest.parse.csv;

import java.util.List;
import java.util.Set;

/**
 * The columns of a Jira issue CSV export (issue navigator "Export CSV"), as {@link CsvHeader} normalises them
 * ({@code formats/jsm/jira-issue-export/jira-csv-headers.evidence.md}): which columns and in which order depends
 * on the site and the fields chosen, casing varies, multi-valued fields repeat their column ({@code Labels},
 * {@code Comment}, {@code Component/s}), custom fields are {@code Custom field (<name>)} and links one column per
 * direction and type, {@code Inward issue link (<type>)}.
 */
final class JiraCsvColumns {

    static final String SUMMARY = "summary";
    static final String ISSUE_KEY = "issue_key";
    static final String ISSUE_ID = "issue_id";
    static final String ISSUE_TYPE = "issue_type";
    static final String STATUS = "status";
    static final String PRIORITY = "priority";
    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String RESOLVED = "resolved";
    static final String LABELS = "labels";
    static final String DESCRIPTION = "description";
    static final String COMPONENTS = "component/s";
    static final String COMMENT = "comment";
    static final String AFFECTED_SERVICES = "custom_field_(affected_services)";
    static final String MAJOR_INCIDENT = "custom_field_(major_incident)";
    static final List<String> LINK_PREFIXES = List.of("inward_issue_link_(", "outward_issue_link_(");

    /** Without these no row is an event: its id (the same as the REST API's) and when it was created. */
    static final List<String> REQUIRED = List.of(ISSUE_ID, CREATED);

    /** What tells a Jira issue export: no other export has an issue key and an issue type. */
    static final Set<String> SIGNATURE = Set.of(SUMMARY, ISSUE_KEY, ISSUE_ID, ISSUE_TYPE, CREATED);

    static final Set<String> ALL = Set.of(SUMMARY, ISSUE_KEY, ISSUE_ID, ISSUE_TYPE, STATUS, PRIORITY, CREATED, UPDATED,
            RESOLVED, LABELS, DESCRIPTION, COMPONENTS, COMMENT, AFFECTED_SERVICES, MAJOR_INCIDENT);

    private JiraCsvColumns() {
    }
}
