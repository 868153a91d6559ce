package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import dev.opshistory.ingest.parse.json.JsonShape;
import java.util.Set;

/**
 * Grafana OnCall (and Grafana Cloud IRM) alert groups as JSON ({@code formats/jsm/FIELD_REFERENCE.md}, Appendix B):
 * a page of the public API {@code GET /api/v1/alert_groups/} ({@code {"count","next","previous","results":[…],
 * "current_page_number","page_size","total_pages"}}), a bare array of alert groups, a bare alert group and NDJSON.
 * Each alert group becomes one ALERT event of source GRAFANA_ONCALL; see {@link GrafanaOnCallAlertGroupMapper}.
 *
 * <p>Detection looks at the first record's keys, because every OnCall list wraps its records in {@code results}:
 * an alert group has {@code id}, {@code created_at} and {@code alerts_count}, and a field of the alert group
 * serializer ({@code state}, {@code permalinks}, {@code last_alert}, {@code integration_id}, {@code route_id}).
 * OnCall's alerts ({@code GET /api/v1/alerts/}: {@code alert_group_id}, {@code payload}) and resolution notes are
 * not taken. An empty page is claimed with a low score: it holds nothing to tell the lists apart.
 */
public final class GrafanaOnCallAlertGroupsJsonParser extends JsonExportParser {

    public static final String FORMAT = "grafana-oncall-alert-groups-json";

    private static final Set<String> GROUP_KEYS = Set.of("state", "permalinks", "last_alert", "integration_id",
            "route_id");
    private static final Set<String> PAGE_KEYS = Set.of("current_page_number", "page_size", "total_pages");

    private static final JsonShape SHAPE = JsonShape.ofKeys("Grafana OnCall alert groups",
                    "bare Grafana OnCall alert group", GrafanaOnCallAlertGroupsJsonParser::looksLikeAlertGroup)
            .list("results", "Grafana OnCall alert groups page (GET /api/v1/alert_groups/)")
            .empty(20, "empty Grafana OnCall page (alert groups or another OnCall list)", (fileName, head) ->
                    head.isEmptyArray("results") && head.rootKeys().stream().anyMatch(PAGE_KEYS::contains));

    public GrafanaOnCallAlertGroupsJsonParser() {
        super(FORMAT, SHAPE, new GrafanaOnCallAlertGroupMapper());
    }

    static boolean looksLikeAlertGroup(Set<String> keys) {
        return keys.contains("id") && keys.contains("created_at") && keys.contains("alerts_count")
                && keys.stream().anyMatch(GROUP_KEYS::contains);
    }
}
