package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.opshistory.app.generate.OpsgenieAccount.Person;
import dev.opshistory.app.generate.OpsgenieAccount.Team;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one alert as an alert group of Grafana OnCall's {@code GET /api/v1/alert_groups/}
 * ({@code formats/jsm/FIELD_REFERENCE.md}, Appendix B), as seen at the export instant: {@code state}
 * {@code firing}, {@code acknowledged}, {@code silenced} (a snoozed alert) or {@code resolved}; acknowledged and
 * resolved times with the user id of the person, and a resolution without a user when the group resolved by
 * itself (the integration's resolve signal or an automatic close); {@code alerts_count} the alerts grouped in it;
 * the web permalink; labels {@code service} and {@code severity} (as the Alertmanager rule sets it); and the last alert, whose payload is the
 * Alertmanager webhook body OnCall received (firing, or resolved when the group resolved by itself).
 */
final class GrafanaOnCallAlertGroupJson {

    static final String WEB = "https://acme-shop.grafana.net/a/grafana-oncall-app/alert-groups/";

    private final Instant end;
    private final AlertmanagerWebhook payloads;
    /** OnCall user ids by e-mail address, for the account's people (bounded like the account). */
    private final Map<String, String> users = new HashMap<>();

    GrafanaOnCallAlertGroupJson(OpsgenieAccount account, Instant end) {
        this.end = end;
        this.payloads = new AlertmanagerWebhook(end);
        for (Team team : account.teams()) {
            for (Person person : team.people()) {
                users.put(person.email(), id('U', person.userId()));
            }
        }
    }

    void write(JsonGenerator json, OgAlert a, String id) throws IOException {
        boolean acked = a.ackedBy(end);
        boolean resolved = a.closedBy(end);
        String resolvedBy = resolved ? users.get(a.close.by()) : null;
        boolean resolvedByItself = resolved && resolvedBy == null;
        Instant silenced = a.snoozedUntil != null && !resolved ? a.created.plus(Duration.ofMinutes(3)) : null;
        if (silenced != null && silenced.isAfter(end)) {
            silenced = null;
        }
        String state = resolved ? "resolved" : silenced != null ? "silenced" : acked ? "acknowledged" : "firing";

        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("integration_id", id('C', a.integration.id()));
        json.writeStringField("team_id", id('T', a.integration.team().id()));
        json.writeStringField("route_id", id('R', a.integration.id() + "/default-route"));
        json.writeNumberField("alerts_count", a.count);
        json.writeStringField("state", state);
        json.writeStringField("created_at", Times.grafanaOnCall(a.created));
        time(json, "resolved_at", resolved ? a.close.at() : null);
        json.writeStringField("resolved_by", resolvedBy);
        time(json, "acknowledged_at", acked ? a.ack.at() : null);
        json.writeStringField("acknowledged_by", acked ? users.get(a.ack.by()) : null);
        json.writeArrayFieldStart("labels");
        label(json, "service", a.integration.domain());
        label(json, "severity", AlertmanagerWebhook.severity(a));
        json.writeEndArray();
        json.writeStringField("title", a.message);
        json.writeObjectFieldStart("permalinks");
        json.writeNullField("slack");
        json.writeNullField("slack_app");
        json.writeNullField("telegram");
        json.writeStringField("web", WEB + id);
        json.writeEndObject();
        time(json, "silenced_at", silenced);
        Instant lastAlert = resolvedByItself ? a.close.at() : a.created.plus(Duration.ofMinutes(20L * (a.count - 1)));
        json.writeObjectFieldStart("last_alert");
        json.writeStringField("id", id('A', id + "/last"));
        json.writeStringField("alert_group_id", id);
        json.writeStringField("created_at", Times.pagerDuty(lastAlert.isAfter(end) ? a.created : lastAlert));
        json.writeFieldName("payload");
        payloads.write(json, a, resolvedByItself);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void time(JsonGenerator json, String field, Instant t) throws IOException {
        json.writeStringField(field, t == null ? null : Times.grafanaOnCall(t));
    }

    private static void label(JsonGenerator json, String key, String value) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("key");
        json.writeStringField("id", id('K', key));
        json.writeStringField("name", key);
        json.writeEndObject();
        json.writeObjectFieldStart("value");
        json.writeStringField("id", id('V', key + "=" + value));
        json.writeStringField("name", value);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** An OnCall-looking id derived from one of the account's ids: a letter and 12 base-36 characters. */
    private static String id(char prefix, String from) {
        String digits = Long.toUnsignedString(Long.parseUnsignedLong(OpsgenieEpisodes.sha256(from).substring(0, 16), 16), 36);
        return prefix + ("0".repeat(13) + digits.toUpperCase(Locale.ROOT)).substring(digits.length() + 1);
    }
}
