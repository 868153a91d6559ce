package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes one alert as {@code GET /v2/alerts} lists it ({@code BaseAlert}: no details, entity or description,
 * which only {@code GET /v2/alerts/{id}} returns), as seen at the export instant. {@code report.ackTime} and
 * {@code closeTime} are milliseconds since {@code createdAt}; {@code closedBy} is a person's e-mail, the
 * integration's name, or {@code System}. Real list items also carry {@code teams} and {@code ownerTeamId}.
 */
final class OpsgenieAlertJson {

    private final Instant end;

    OpsgenieAlertJson(Instant end) {
        this.end = end;
    }

    void write(JsonGenerator json, OgAlert a) throws IOException {
        boolean acked = a.ackedBy(end);
        boolean closed = a.closedBy(end);
        boolean snoozed = a.snoozedUntil != null && !closed;
        Instant lastOccurred = a.created.plus(Duration.ofMinutes(20L * (a.count - 1)));
        if (lastOccurred.isAfter(end)) {
            lastOccurred = a.created;
        }
        Instant updated = lastOccurred;
        if (acked && a.ack.at().isAfter(updated)) {
            updated = a.ack.at();
        }
        if (closed && a.close.at().isAfter(updated)) {
            updated = a.close.at();
        }
        boolean seen = acked || closed || snoozed;

        json.writeStartObject();
        json.writeBooleanField("seen", seen);
        json.writeStringField("id", a.id);
        json.writeStringField("tinyId", Long.toString(a.tinyId));
        json.writeStringField("alias", a.alias);
        json.writeStringField("message", a.message);
        json.writeStringField("status", closed ? "closed" : "open");
        json.writeBooleanField("acknowledged", acked);
        json.writeBooleanField("isSeen", seen);
        json.writeArrayFieldStart("tags");
        for (String tag : a.integration.tags()) {
            json.writeString(tag);
        }
        for (String tag : a.tags) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeBooleanField("snoozed", snoozed);
        if (snoozed) {
            json.writeStringField("snoozedUntil", Times.opsgenie(a.snoozedUntil));
        }
        json.writeNumberField("count", a.count);
        json.writeStringField("lastOccurredAt", Times.opsgenie(lastOccurred));
        json.writeStringField("createdAt", Times.opsgenie(a.created));
        json.writeStringField("updatedAt", Times.opsgenie(updated));
        json.writeStringField("source", a.integration.kind().source);
        json.writeStringField("owner", acked ? a.ack.by() : "");
        json.writeStringField("priority", a.priority);
        json.writeArrayFieldStart("teams");
        json.writeStartObject();
        json.writeStringField("id", a.integration.team().id());
        json.writeEndObject();
        json.writeEndArray();
        json.writeArrayFieldStart("responders");
        json.writeStartObject();
        json.writeStringField("type", "team");
        json.writeStringField("id", a.integration.team().id());
        json.writeEndObject();
        if (a.responderUserId != null) {
            json.writeStartObject();
            json.writeStringField("type", "user");
            json.writeStringField("id", a.responderUserId);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("integration");
        json.writeStringField("id", a.integration.id());
        json.writeStringField("name", a.integration.name());
        json.writeStringField("type", a.integration.kind().type);
        json.writeEndObject();
        if (acked || closed) {
            json.writeObjectFieldStart("report");
            if (acked) {
                json.writeNumberField("ackTime", a.ack.at().toEpochMilli() - a.created.toEpochMilli());
            }
            if (closed) {
                json.writeNumberField("closeTime", a.close.at().toEpochMilli() - a.created.toEpochMilli());
            }
            if (acked) {
                json.writeStringField("acknowledgedBy", a.ack.by());
            }
            if (closed) {
                json.writeStringField("closedBy", a.close.by());
            }
            json.writeEndObject();
        }
        json.writeStringField("ownerTeamId", a.integration.team().id());
        json.writeEndObject();
    }
}
