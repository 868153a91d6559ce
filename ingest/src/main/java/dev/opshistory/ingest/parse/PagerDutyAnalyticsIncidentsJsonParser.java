package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import dev.opshistory.ingest.parse.json.JsonShape;
import java.util.Set;

/**
 * PagerDuty Analytics raw incidents as JSON: {@code POST /analytics/raw/incidents} pages
 * ({@code {"data":[…],"first","last","limit","more","order","order_by",…}}, cursor pagination),
 * {@code GET /analytics/raw/incidents/{id}} ({@code {"time_zone":…,"data":{…}}}), a bare record, a bare
 * array and NDJSON. Each record becomes the ALERT event of its incident, with the id the REST incident
 * gets, so both exports of one incident dedupe; see {@link PagerDutyAnalyticsIncidentMapper} (zone-less
 * timestamps are read as UTC there).
 *
 * <p>Detection looks at the first record's keys: an analytics incident has {@code id} and
 * {@code created_at} and at least two fields only analytics records have (the {@code seconds_to_*}
 * durations, interruption counts, flat {@code service_name}…). Other analytics payloads are not taken:
 * {@code /analytics/metrics/incidents/all} aggregates have no {@code id}, and
 * {@code /analytics/raw/incidents/{id}/responses} has no {@code data}. REST incidents have none of the
 * analytics fields.
 */
public final class PagerDutyAnalyticsIncidentsJsonParser extends JsonExportParser {

    public static final String FORMAT = "pagerduty-analytics-incidents-json";

    private static final int MIN_ANALYTICS_KEYS = 2;
    private static final Set<String> ANALYTICS_ONLY_KEYS = Set.of("seconds_to_first_ack", "seconds_to_resolve",
            "seconds_to_engage", "seconds_to_mobilize", "engaged_seconds", "engaged_user_count", "active_user_count",
            "snoozed_seconds", "business_hour_interruptions", "off_hour_interruptions", "sleep_hour_interruptions",
            "total_notifications", "manual_escalation_count", "timeout_escalation_count", "service_name",
            "escalation_policy_name", "acknowledged_user_ids", "assigned_user_ids", "resolved_by_user_id");
    private static final Set<String> CURSOR_KEYS = Set.of("order_by", "starting_after", "ending_before", "first", "last");

    private static final JsonShape SHAPE = JsonShape.ofKeys("PagerDuty Analytics raw incidents",
                    "bare PagerDuty Analytics raw incident", PagerDutyAnalyticsIncidentsJsonParser::looksLikeAnalyticsIncident)
            .listOrSingle("data", "PagerDuty Analytics raw incidents page (POST /analytics/raw/incidents)",
                    "single PagerDuty Analytics raw incident (GET /analytics/raw/incidents/{id})")
            .empty(60, "empty PagerDuty Analytics raw incidents page", (fileName, head) -> head.isEmptyArray("data")
                    && head.rootKeys().stream().anyMatch(CURSOR_KEYS::contains));

    public PagerDutyAnalyticsIncidentsJsonParser() {
        super(FORMAT, SHAPE, new PagerDutyAnalyticsIncidentMapper());
    }

    static boolean looksLikeAnalyticsIncident(Set<String> keys) {
        return keys.contains("id") && keys.contains("created_at")
                && keys.stream().filter(ANALYTICS_ONLY_KEYS::contains).count() >= MIN_ANALYTICS_KEYS;
    }
}
