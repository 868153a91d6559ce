package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which parser format each real payload of {@code shared/formats} belongs to (as MANIFEST.md says), or
 * {@link #NONE} for payloads no parser here reads: the table every parser's detection is checked against,
 * so that a new parser can show it takes its own files and steals nobody else's.
 */
public final class SharedPayloadOwners {

    public static final String NONE = "none";

    private static final Map<String, String> OWNERS = new LinkedHashMap<>();

    static {
        String pdRest = "pagerduty-incidents-json";
        String pdAnalytics = "pagerduty-analytics-incidents-json";
        String ogAlerts = "opsgenie-alerts-json";
        String ogIncidents = "opsgenie-incidents-json";
        String pdx = "pagerduty/api-reference-examples/";
        OWNERS.put(pdx + "GET_incidents.response.json", pdRest);
        OWNERS.put(pdx + "GET_incidents_id.response.json", pdRest);
        OWNERS.put("pagerduty/real-captures/hpe-hcss.GET_incidents_id.json", pdRest);
        for (String which : new String[] {"a", "b", "c", "d"}) {
            OWNERS.put("pagerduty/real-captures/port-ocean.incident." + which + ".json", pdRest);
            OWNERS.put("opsgenie/real-captures/port-ocean.alert." + which + ".json", ogAlerts);
        }
        OWNERS.put("opsgenie/docs-samples/GET_v2_alerts.list.response.json", ogAlerts);
        OWNERS.put("jsm/api-reference-examples/GET_v1_alerts.list.response.RECONSTRUCTED.json", ogAlerts);
        OWNERS.put("jsm/api-reference-examples/GET_v1_alerts_id.response.current-spec.DERIVED.json", ogAlerts);
        OWNERS.put("jsm/api-reference-examples/GET_v1_alerts_id.response.rapid7-fixture.json", ogAlerts);
        OWNERS.put("jsm/real-captures/boomi-sre.GET_v1_alerts.list.json", ogAlerts);
        OWNERS.put("jsm/real-captures/rust-alert-feed.GET_v1_alerts.list.json", ogAlerts);

        // pandas' to_csv of GET /incidents results, nested objects as Python literals
        OWNERS.put("pagerduty/real-captures/pagerduty-trial.incidents_api_dump.csv", "pagerduty-incidents-api-csv");
        OWNERS.put(pdx + "POST_analytics_raw_incidents.response.json", pdAnalytics);
        OWNERS.put(pdx + "GET_analytics_raw_incidents_id.response.json", pdAnalytics);
        OWNERS.put("opsgenie/docs-samples/GET_v1_incidents.list.response.RESERIALIZED.json", ogIncidents);
        OWNERS.put("opsgenie/real-captures/port-ocean.incident.a.json", ogIncidents);
        OWNERS.put("opsgenie/real-captures/port-ocean.incident.b.json", ogIncidents);
        OWNERS.put("jsm/alertmanager/webhook.v4.example.from-grafana-oncall.DERIVED.json", "alertmanager-webhook-json");
        OWNERS.put("jsm/grafana-oncall/GET_api_v1_alert_groups.response.DERIVED.json", "grafana-oncall-alert-groups-json");

        for (String other : new String[] {
                pdx + "GET_log_entries.response.json", pdx + "GET_log_entries_id.response.json",
                pdx + "GET_incidents_id_log_entries.response.json", "pagerduty/log_entries.multi_type.remedy-integration.json",
                pdx + "GET_analytics_raw_incidents_id_responses.response.json",
                pdx + "POST_analytics_metrics_incidents_all.response.json",
                pdx + "POST_analytics_metrics_incidents_all.request.json",
                pdx + "POST_analytics_raw_incidents.request.json", pdx + "GET_incidents_id_alerts.response.json",
                pdx + "GET_incidents_id_alerts_alert_id.response.json", "pagerduty/real-captures/hpe-hcss.GET_incidents_id_alerts.json",
                pdx + "GET_incidents_id_notes.response.json", pdx + "GET_incidents_id_past_incidents.response.json",
                pdx + "GET_incidents_id_related_incidents.response.json",
                "pagerduty/spec/PagerDuty-api-schema.REST.openapiv3.json",
                "opsgenie/docs-samples/GET_v2_alerts_id_logs.response.RESERIALIZED.json",
                "opsgenie/docs-samples/GET_v2_alerts_id_recipients.response.RESERIALIZED.json",
                "jsm/api-reference-examples/GET_v1_alerts_id_logs.response.DERIVED.json",
                "jsm/api-reference-examples/GET_v1_alerts_id_notes.response.DERIVED.json",
                "jsm/api-reference-examples/GET_v1_alerts_requests_id.response.json",
                "jsm/real-captures/rapid7.POST_v1_alerts.response.json", "jsm/webhook-alert-action/Create.json",
                "jsm/grafana-oncall/GET_api_v1_alerts.response.json",
                "jsm/grafana-oncall/POST_api_v1_resolution_notes.response.json",
                "jsm/incidents-api/GET_incident_issueID.response.json",
                "jsm/incidents-api/GET_incident_issueID_responder-alerts.response.json",
                "postmortems/google-sre-example/shakespeare-sonnet-postmortem.atx-headings.md"}) {
            OWNERS.put(other, NONE);
        }
        // pagerduty-incidents-csv owns no shared file: no real PagerDuty CSV export is public (SOURCES.md).
    }

    private SharedPayloadOwners() {
    }

    /** Path under {@code shared/formats} → owning format or {@link #NONE}, in a stable order. */
    public static Map<String, String> owners() {
        return OWNERS;
    }

    /** Asserts that the parser of {@code format} detects exactly the payloads that format owns, and no other. */
    public static void assertDetectsOnlyItsOwn(ExportParser parser, String format) {
        for (Map.Entry<String, String> payload : OWNERS.entrySet()) {
            Detection d = parser.detect(payload.getKey(), head(payload.getKey()));
            assertThat(d.matches()).as(payload.getKey() + ": " + d.reason()).isEqualTo(format.equals(payload.getValue()));
        }
    }

    /** The file of a path under {@code shared/formats}. */
    public static Path file(String relative) {
        return SharedFormats.file(relative);
    }

    /** The first 64 KiB of a shared payload, as detection sees it. */
    public static String head(String relative) {
        return Parsing.head(SharedFormats.file(relative));
    }
}
