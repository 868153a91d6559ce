package dev.opshistory.ingest.parse.csv;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of PagerDuty's incidents CSV export (advanced reporting "Download CSV", and the legacy
 * {@code GET /reports/raw/incidents.csv}), as listed in {@code formats/pagerduty/FIELD_REFERENCE.md} §5(a),
 * and how a header cell is matched to them: case, surrounding spaces, inner spaces, hyphens and
 * underscores do not matter ({@code "Created On"} is {@code created_on}).
 */
final class PagerDutyCsvColumns {

    static final String ID = "id";
    static final String INCIDENT_NUMBER = "incident_number";
    static final String DESCRIPTION = "description";
    static final String SERVICE_ID = "service_id";
    static final String SERVICE_NAME = "service_name";
    static final String ESCALATION_POLICY_ID = "escalation_policy_id";
    static final String ESCALATION_POLICY_NAME = "escalation_policy_name";
    static final String CREATED_ON = "created_on";
    static final String RESOLVED_ON = "resolved_on";
    static final String SECONDS_TO_FIRST_ACK = "seconds_to_first_ack";
    static final String SECONDS_TO_RESOLVE = "seconds_to_resolve";
    static final String AUTO_RESOLVED = "auto_resolved";
    static final String ESCALATION_COUNT = "escalation_count";
    static final String AUTO_ESCALATION_COUNT = "auto_escalation_count";
    static final String ACKNOWLEDGE_COUNT = "acknowledge_count";
    static final String ASSIGNMENT_COUNT = "assignment_count";
    static final String ACKNOWLEDGED_BY_USER_IDS = "acknowledged_by_user_ids";
    static final String ACKNOWLEDGED_BY_USER_NAMES = "acknowledged_by_user_names";
    static final String ASSIGNED_TO_USER_IDS = "assigned_to_user_ids";
    static final String ASSIGNED_TO_USER_NAMES = "assigned_to_user_names";
    static final String RESOLVED_BY_USER_ID = "resolved_by_user_id";
    static final String RESOLVED_BY_USER_NAME = "resolved_by_user_name";
    static final String URGENCY = "urgency";

    /** All 23 columns, in the order the export writes them (the parser does not rely on the order). */
    static final List<String> ALL = List.of(ID, INCIDENT_NUMBER, DESCRIPTION, SERVICE_ID, SERVICE_NAME,
            ESCALATION_POLICY_ID, ESCALATION_POLICY_NAME, CREATED_ON, RESOLVED_ON, SECONDS_TO_FIRST_ACK,
            SECONDS_TO_RESOLVE, AUTO_RESOLVED, ESCALATION_COUNT, AUTO_ESCALATION_COUNT, ACKNOWLEDGE_COUNT,
            ASSIGNMENT_COUNT, ACKNOWLEDGED_BY_USER_IDS, ACKNOWLEDGED_BY_USER_NAMES, ASSIGNED_TO_USER_IDS,
            ASSIGNED_TO_USER_NAMES, RESOLVED_BY_USER_ID, RESOLVED_BY_USER_NAME, URGENCY);

    /** Without these a row cannot become an event (the event id and its place in time). */
    static final List<String> REQUIRED = List.of(ID, CREATED_ON);

    /**
     * Columns that a CSV written from the REST API's JSON would not have (it has {@code created_at},
     * not {@code created_on}): detection wants several of them.
     */
    static final Set<String> EXPORT_ONLY = Set.of(CREATED_ON, RESOLVED_ON, SECONDS_TO_FIRST_ACK, SECONDS_TO_RESOLVE,
            AUTO_RESOLVED, ESCALATION_COUNT, AUTO_ESCALATION_COUNT, ACKNOWLEDGE_COUNT, ASSIGNMENT_COUNT,
            ACKNOWLEDGED_BY_USER_IDS, ACKNOWLEDGED_BY_USER_NAMES, ASSIGNED_TO_USER_IDS, ASSIGNED_TO_USER_NAMES,
            RESOLVED_BY_USER_ID, RESOLVED_BY_USER_NAME, SERVICE_NAME, ESCALATION_POLICY_NAME);

    private PagerDutyCsvColumns() {
    }

    /** The canonical spelling of a header cell: lower case, words joined by single underscores, BOM dropped. */
    static String normalise(String headerCell) {
        String cell = headerCell.startsWith("\uFEFF") ? headerCell.substring(1) : headerCell;
        return cell.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
    }
}
