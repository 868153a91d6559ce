package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.opshistory.app.generate.PagerDutyAccount.Priority;
import dev.opshistory.app.generate.PagerDutyAccount.Service;
import dev.opshistory.app.generate.PagerDutyAccount.User;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes one incident as {@code GET /incidents} returns it (the shape of the docs example and the real
 * captures in {@code testdata/formats/pagerduty}), as seen at the export instant: as in the real API, a
 * resolved incident has empty {@code assignments} and {@code acknowledgements}; who acknowledged it is in the
 * log entries, who resolved it is {@code last_status_change_by}.
 */
final class PagerDutyIncidentJson {

    private final PagerDutyAccount account;
    private final Instant start;
    private final Instant end;

    /**
     * @param start the history's first instant, which on-call rotations count weeks from
     * @param end   the export instant
     */
    PagerDutyIncidentJson(PagerDutyAccount account, Instant start, Instant end) {
        this.account = account;
        this.start = start;
        this.end = end;
    }

    /**
     * @param fullPriority the page was pulled with {@code include[]=priorities}: the full priority object,
     *                     else the reference only (as in the docs example)
     */
    void write(JsonGenerator json, PdIncident inc, boolean fullPriority) throws IOException {
        Service svc = inc.service;
        String status = inc.status(end);
        Instant lastAt = inc.created;
        Object lastBy = svc;
        if (inc.escalatedBy(end) && inc.escalated.at().isAfter(lastAt)) {
            lastAt = inc.escalated.at();
        }
        if (inc.ackedBy(end) && inc.ack.at().isAfter(lastAt)) {
            lastAt = inc.ack.at();
            lastBy = inc.ack.user();
        }
        if (inc.resolvedBy(end)) {
            lastAt = inc.resolved.at();
            lastBy = inc.resolved.byPerson() ? inc.resolved.person() : svc;
        }
        Instant updated = lastAt;
        for (PdIncident.Note note : inc.notes) {
            if (!note.at().isAfter(end) && note.at().isAfter(updated)) {
                updated = note.at();
            }
        }

        json.writeStartObject();
        json.writeNumberField("incident_number", inc.number);
        json.writeStringField("title", inc.title);
        json.writeStringField("description", inc.title);
        json.writeStringField("created_at", Times.pagerDuty(inc.created));
        json.writeStringField("updated_at", Times.pagerDuty(updated));
        json.writeStringField("status", status);
        json.writeStringField("incident_key", inc.incidentKey);
        PagerDutyRefs.service(json, "service", svc);
        json.writeArrayFieldStart("assignments");
        if (!"resolved".equals(status)) {
            boolean escalated = inc.escalatedBy(end);
            User assignee = escalated ? inc.escalated.user() : svc.primary(inc.created, start);
            json.writeStartObject();
            json.writeStringField("at", Times.pagerDuty(escalated ? inc.escalated.at() : inc.created.plusSeconds(1)));
            PagerDutyRefs.user(json, "assignee", assignee);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("assigned_via", "escalation_policy");
        json.writeStringField("last_status_change_at", Times.pagerDuty(lastAt));
        json.writeStringField("resolved_at", inc.resolvedBy(end) ? Times.pagerDuty(inc.resolved.at()) : null);
        json.writeObjectFieldStart("first_trigger_log_entry");
        json.writeStringField("id", inc.triggerLogId);
        json.writeStringField("type", "trigger_log_entry_reference");
        json.writeStringField("summary", "Triggered through the API.");
        json.writeStringField("self", PagerDutyAccount.API + "/log_entries/" + inc.triggerLogId);
        json.writeStringField("html_url", inc.htmlUrl() + "/log_entries/" + inc.triggerLogId);
        json.writeEndObject();
        int resolvedAlerts = "resolved".equals(status) ? inc.alerts : 0;
        json.writeObjectFieldStart("alert_counts");
        json.writeNumberField("all", inc.alerts);
        json.writeNumberField("triggered", inc.alerts - resolvedAlerts);
        json.writeNumberField("resolved", resolvedAlerts);
        json.writeEndObject();
        json.writeBooleanField("is_mergeable", true);
        json.writeObjectFieldStart("incident_type");
        json.writeStringField("name", "incident_default");
        json.writeEndObject();
        PagerDutyRefs.policy(json, "escalation_policy", svc);
        json.writeArrayFieldStart("teams");
        PagerDutyRefs.team(json, svc.team());
        json.writeEndArray();
        json.writeArrayFieldStart("impacted_services");
        PagerDutyRefs.service(json, svc);
        json.writeEndArray();
        pendingActions(json, inc, status);
        json.writeArrayFieldStart("acknowledgements");
        if ("acknowledged".equals(status)) {
            json.writeStartObject();
            json.writeStringField("at", Times.pagerDuty(inc.ack.at()));
            PagerDutyRefs.user(json, "acknowledger", inc.ack.user());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNullField("basic_alert_grouping");
        if (inc.alerts > 1) {
            json.writeObjectFieldStart("alert_grouping");
            json.writeStringField("grouping_type", "advanced");
            json.writeStringField("started_at", Times.pagerDuty(inc.created));
            json.writeStringField("ended_at", "resolved".equals(status) ? Times.pagerDuty(inc.resolved.at()) : null);
            json.writeBooleanField("alert_grouping_active", !"resolved".equals(status));
            json.writeEndObject();
        } else {
            json.writeNullField("alert_grouping");
        }
        if (lastBy instanceof User user) {
            PagerDutyRefs.user(json, "last_status_change_by", user);
        } else {
            PagerDutyRefs.service(json, "last_status_change_by", svc);
        }
        priority(json, inc.priority, fullPriority);
        json.writeNullField("resolve_reason");
        if (inc.conference) {
            json.writeObjectFieldStart("conference_bridge");
            json.writeStringField("conference_number", String.format(Locale.ROOT, "+1-415-555-01%02d,,,,%d#", inc.number % 100, inc.number));
            json.writeStringField("conference_url", "https://meet.acme-shop.example/inc-" + inc.number);
            json.writeEndObject();
        }
        responders(json, inc);
        json.writeArrayFieldStart("subscriber_requests");
        json.writeEndArray();
        json.writeStringField("urgency", inc.urgency);
        json.writeStringField("id", inc.id);
        json.writeStringField("type", "incident");
        json.writeStringField("summary", inc.summary());
        json.writeStringField("self", inc.self());
        json.writeStringField("html_url", inc.htmlUrl());
        json.writeEndObject();
    }

    private void pendingActions(JsonGenerator json, PdIncident inc, String status) throws IOException {
        json.writeArrayFieldStart("pending_actions");
        if ("acknowledged".equals(status)) {
            action(json, "unacknowledge", inc.ack.at().plus(Duration.ofMinutes(30)));
            if ("low".equals(inc.urgency)) {
                action(json, "resolve", inc.created.plus(Duration.ofHours(4)));
            }
        } else if ("triggered".equals(status)) {
            action(json, "escalate", inc.created.plus(Duration.ofMinutes(15)));
        }
        json.writeEndArray();
    }

    private static void action(JsonGenerator json, String type, Instant at) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", type);
        json.writeStringField("at", Times.pagerDuty(at));
        json.writeEndObject();
    }

    private void priority(JsonGenerator json, String name, boolean full) throws IOException {
        if (name == null) {
            json.writeNullField("priority");
            return;
        }
        Priority p = account.priority(name);
        json.writeObjectFieldStart("priority");
        json.writeStringField("id", p.id());
        json.writeStringField("type", full ? "priority" : "priority_reference");
        json.writeStringField("summary", name);
        json.writeStringField("self", PagerDutyAccount.API + "/priorities/" + p.id());
        if (full) {
            json.writeNullField("html_url");
            json.writeStringField("account_id", account.priorityAccountId());
            json.writeStringField("color", p.color());
            json.writeStringField("created_at", "2024-03-11T10:02:41Z");
            json.writeStringField("description", p.description());
            json.writeStringField("name", name);
            json.writeNumberField("order", p.order());
            json.writeNumberField("schema_version", 0);
            json.writeStringField("updated_at", "2025-01-20T16:45:03Z");
        }
        json.writeEndObject();
    }

    private void responders(JsonGenerator json, PdIncident inc) throws IOException {
        User requester = inc.ack == null ? null : inc.ack.user();
        json.writeArrayFieldStart("incidents_responders");
        for (PdIncident.Step step : inc.responders) {
            if (!step.at().isAfter(end)) {
                responder(json, inc, step, requester);
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("responder_requests");
        for (PdIncident.Step step : inc.responders) {
            if (step.at().isAfter(end)) {
                continue;
            }
            json.writeStartObject();
            PagerDutyRefs.incident(json, "incident", inc);
            PagerDutyRefs.user(json, "requester", requester);
            json.writeStringField("requested_at", Times.pagerDuty(step.at()));
            json.writeStringField("message", "Please join incident #" + inc.number + ": " + inc.title);
            json.writeArrayFieldStart("responder_request_targets");
            json.writeStartObject();
            json.writeObjectFieldStart("responder_request_target");
            json.writeStringField("type", "user");
            json.writeStringField("id", step.user().id());
            json.writeStringField("summary", step.user().name());
            json.writeArrayFieldStart("incidents_responders");
            responder(json, inc, step, requester);
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void responder(JsonGenerator json, PdIncident inc, PdIncident.Step step, User requester) throws IOException {
        json.writeStartObject();
        json.writeStringField("state", "joined");
        PagerDutyRefs.user(json, "user", step.user());
        PagerDutyRefs.incident(json, "incident", inc);
        json.writeStringField("updated_at", Times.pagerDuty(step.at().plus(Duration.ofMinutes(2))));
        json.writeStringField("message", "Please join incident #" + inc.number + ": " + inc.title);
        PagerDutyRefs.user(json, "requester", requester);
        json.writeStringField("requested_at", Times.pagerDuty(step.at()));
        json.writeEndObject();
    }
}
