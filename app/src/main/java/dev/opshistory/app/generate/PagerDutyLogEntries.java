package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.opshistory.app.generate.PagerDutyAccount.User;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The log entries of an incident as {@code GET /log_entries?is_overview=false} returns them: trigger, notify,
 * escalate, acknowledge, annotate (the notes, which carry the false-positive markers), resolve; each with its
 * {@code incident.id}, so the parser folds it into its incident. Entries after the export instant have not
 * happened and are not written.
 */
final class PagerDutyLogEntries {

    /** One log entry to write. {@code user} is the person acting or notified; null when the service acts. */
    record Entry(Instant at, String id, String type, PdIncident incident, User user, String detail) {
    }

    private static final String[] ACK_CHANNELS = {"website", "phone", "sms", "website"};
    private static final String[] NOTIFICATIONS = {"push_notification", "sms_notification", "phone_notification", "email_notification"};

    private final Instant start;
    private final Instant end;
    private final LongFunction<String> ids;
    private long sequence;

    /** @param ids log entry ids by sequence number, unique per number */
    PagerDutyLogEntries(Instant start, Instant end, LongFunction<String> ids) {
        this.start = start;
        this.end = end;
        this.ids = ids;
    }

    /** A new unique log entry id (the trigger's is given to the incident before its entries are planned). */
    String nextId() {
        return ids.apply(sequence++);
    }

    /** The entries of one incident up to the export, in the order they happened. */
    List<Entry> of(PdIncident inc) {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry(inc.created, inc.triggerLogId, "trigger_log_entry", inc, null, null));
        if ("high".equals(inc.urgency)) {
            out.add(new Entry(inc.created.plusSeconds(5), nextId(), "notify_log_entry", inc,
                    inc.service.primary(inc.created, start), NOTIFICATIONS[(int) (inc.number % NOTIFICATIONS.length)]));
        }
        if (inc.escalated != null) {
            out.add(new Entry(inc.escalated.at(), nextId(), "escalate_log_entry", inc, inc.escalated.user(), null));
            out.add(new Entry(inc.escalated.at().plusSeconds(5), nextId(), "notify_log_entry", inc, inc.escalated.user(),
                    "phone_notification"));
        }
        if (inc.ack != null) {
            out.add(new Entry(inc.ack.at(), nextId(), "acknowledge_log_entry", inc, inc.ack.user(),
                    ACK_CHANNELS[(int) (inc.number % ACK_CHANNELS.length)]));
        }
        for (PdIncident.Note note : inc.notes) {
            out.add(new Entry(note.at(), nextId(), "annotate_log_entry", inc, note.user(), note.content()));
        }
        if (inc.resolved != null) {
            out.add(new Entry(inc.resolved.at(), nextId(), "resolve_log_entry", inc, inc.resolved.person(), inc.resolved.channel()));
        }
        out.removeIf(e -> e.at().isAfter(end));
        return out;
    }

    /** Writes one entry. */
    static void write(JsonGenerator json, Entry e) throws IOException {
        PdIncident inc = e.incident();
        json.writeStartObject();
        json.writeStringField("id", e.id());
        json.writeStringField("type", e.type());
        json.writeStringField("summary", summary(e));
        json.writeStringField("self", PagerDutyAccount.API + "/log_entries/" + e.id());
        json.writeStringField("html_url", "trigger_log_entry".equals(e.type()) ? inc.htmlUrl() + "/log_entries/" + e.id() : null);
        json.writeStringField("created_at", Times.pagerDuty(e.at()));
        boolean personActs = e.user() != null && !"notify_log_entry".equals(e.type()) && !"escalate_log_entry".equals(e.type());
        if (personActs) {
            PagerDutyRefs.user(json, "agent", e.user());
        } else {
            PagerDutyRefs.service(json, "agent", inc.service);
        }
        channel(json, e);
        PagerDutyRefs.service(json, "service", inc.service);
        PagerDutyRefs.incident(json, "incident", inc);
        json.writeArrayFieldStart("teams");
        PagerDutyRefs.team(json, inc.service.team());
        json.writeEndArray();
        json.writeArrayFieldStart("contexts");
        json.writeEndArray();
        switch (e.type()) {
            case "trigger_log_entry" -> {
                json.writeObjectFieldStart("event_details");
                json.writeStringField("description", inc.title);
                json.writeEndObject();
            }
            case "notify_log_entry" -> PagerDutyRefs.user(json, "user", e.user());
            case "escalate_log_entry" -> {
                json.writeArrayFieldStart("assignees");
                PagerDutyRefs.user(json, e.user());
                json.writeEndArray();
            }
            case "acknowledge_log_entry" -> {
                json.writeNumberField("acknowledgement_timeout", 1800);
                json.writeObjectFieldStart("event_details");
                json.writeEndObject();
            }
            case "annotate_log_entry" -> json.writeStringField("note", e.detail());
            case "resolve_log_entry" -> {
                json.writeObjectFieldStart("event_details");
                json.writeEndObject();
            }
            default -> throw new IllegalStateException("unplanned log entry type " + e.type());
        }
        json.writeEndObject();
    }

    private static void channel(JsonGenerator json, Entry e) throws IOException {
        PdIncident inc = e.incident();
        json.writeObjectFieldStart("channel");
        switch (e.type()) {
            case "trigger_log_entry" -> {
                json.writeStringField("type", "api");
                json.writeStringField("summary", inc.title);
                json.writeStringField("description", inc.title);
                if (inc.incidentKey != null) {
                    json.writeStringField("incident_key", inc.incidentKey);
                }
                json.writeObjectFieldStart("details");
                json.writeStringField("service", inc.service.name());
                json.writeEndObject();
            }
            case "notify_log_entry" -> {
                json.writeStringField("type", "auto");
                json.writeObjectFieldStart("notification");
                json.writeStringField("type", e.detail());
                json.writeStringField("started_at", Times.pagerDuty(e.at()));
                if ("email_notification".equals(e.detail())) {
                    json.writeStringField("address", e.user().email());
                } else if (!"push_notification".equals(e.detail())) {
                    json.writeStringField("address", String.format(Locale.ROOT, "+1 415-555-01%02d", Math.floorMod(e.user().id().hashCode(), 100)));
                }
                json.writeStringField("status", "success");
                json.writeEndObject();
            }
            case "escalate_log_entry" -> json.writeStringField("type", "auto");
            case "acknowledge_log_entry" -> json.writeStringField("type", e.detail());
            case "annotate_log_entry" -> {
                json.writeStringField("type", "note");
                json.writeStringField("summary", e.detail());
            }
            case "resolve_log_entry" -> json.writeStringField("type", e.detail());
            default -> throw new IllegalStateException("unplanned log entry type " + e.type());
        }
        json.writeEndObject();
    }

    private static String summary(Entry e) {
        return switch (e.type()) {
            case "trigger_log_entry" -> "Triggered through the API.";
            case "notify_log_entry" -> "Notified " + e.user().name() + " by " + e.detail().replace("_notification", "") + ".";
            case "escalate_log_entry" -> "Escalated to " + e.user().name() + " by timeout";
            case "acknowledge_log_entry" -> "Acknowledged by " + e.user().name() + ".";
            case "annotate_log_entry" -> "Note added by " + e.user().name() + ".";
            case "resolve_log_entry" -> "timeout".equals(e.detail()) ? "Resolved by timeout."
                    : e.user() == null ? "Resolved through the API." : "Resolved by " + e.user().name() + ".";
            default -> throw new IllegalStateException("unplanned log entry type " + e.type());
        };
    }
}
