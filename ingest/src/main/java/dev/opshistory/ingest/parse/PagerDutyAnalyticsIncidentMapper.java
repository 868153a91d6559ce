package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.RecordMapper;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.ingest.parse.json.Timestamps;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Maps one PagerDuty Analytics raw incident ({@code AnalyticsRawIncident}, FIELD_REFERENCE §4) to the
 * ALERT event of that incident, with the same event id as the REST incident ({@code pagerduty:alert:<id>}):
 * <ul>
 *   <li>title and description: {@code description} (analytics has no title; the REST API writes the same
 *       text in both);</li>
 *   <li>service, team, queue: {@code service_name}, {@code team_name}, {@code escalation_policy_name},
 *       each falling back to its {@code _id};</li>
 *   <li>priority: {@code priority_name}, {@code priority_order}; urgency, status, {@code incident_number};
 *       major: the {@code major} flag, or an {@code incident_type_name} saying "major";</li>
 *   <li>acknowledged at: {@code created_at + seconds_to_first_ack}; resolved at:
 *       {@code created_at + seconds_to_resolve}, else {@code resolved_at} (PagerDuty computes the duration;
 *       the API reference example's {@code resolved_at} even lies before its {@code created_at});</li>
 *   <li>acknowledged by: the first of {@code acknowledged_user_names} (else ids), human when any is
 *       listed (the list holds users only); resolved by: {@code resolved_by_user_name}, else its id;
 *       {@code auto_resolved} as given, else false when a user resolved it;</li>
 *   <li>escalations: {@code escalation_count}; notifications: {@code total_notifications};
 *       updated at: {@code updated_at}, which analytics sets when it processed the record.</li>
 * </ul>
 * Not mapped, for want of a canonical field: interruptions by hour band ({@code business_hour_},
 * {@code off_hour_}, {@code sleep_hour_interruptions}, {@code total_interruptions}; the reference example
 * even spells the last one {@code total_interruptions\"}) — the report recomputes hour bands from
 * {@code created_at}; engaged, joined and assigned users and their counts; engage/mobilize/snooze seconds.
 *
 * <p>Timestamps without a zone ({@code "2023-05-31T10:05:00"}, as in the list example) are read as UTC:
 * the envelope's {@code time_zone} is {@code Etc/UTC} in every example, and it may follow the records,
 * which a streaming reader has already passed. Required: {@code id} and {@code created_at}.
 */
final class PagerDutyAnalyticsIncidentMapper implements RecordMapper {

    @Override
    public CanonicalEvent map(ObjectNode record, String container, String sourceFile) throws RecordProblem {
        RecordView r = RecordView.of(record);
        String id = r.requiredText("id");
        if (!r.has("created_at")) {
            throw new RecordProblem("created_at", "missing created_at");
        }
        Instant createdAt = utcInstant(r, "created_at");
        Long toAck = seconds(r, "seconds_to_first_ack");
        Long toResolve = seconds(r, "seconds_to_resolve");
        Instant resolvedAt = toResolve != null ? createdAt.plusSeconds(toResolve) : utcInstant(r, "resolved_at");

        List<String> ackNames = r.strings("acknowledged_user_names");
        List<String> ackIds = r.strings("acknowledged_user_ids");
        String acknowledgedBy = !ackNames.isEmpty() ? ackNames.get(0) : !ackIds.isEmpty() ? ackIds.get(0) : null;
        String resolvedBy = first(r.nonBlankText("resolved_by_user_name"), r.nonBlankText("resolved_by_user_id"));
        Boolean autoResolved = r.bool("auto_resolved");
        if (autoResolved == null && resolvedBy != null) {
            autoResolved = false;
        }
        Boolean majorFlag = r.bool("major");
        String typeName = r.nonBlankText("incident_type_name");
        Boolean major = majorFlag == null && typeName == null ? null
                : Boolean.TRUE.equals(majorFlag) || typeName != null && typeName.toLowerCase(Locale.ROOT).contains("major");
        Integer number = r.integer("incident_number");
        String description = r.text("description");

        return CanonicalEvent.builder()
                .kind(EventKind.ALERT)
                .source(Source.PAGERDUTY)
                .sourceId(id)
                .sourceNumber(number == null ? null : number.toString())
                .title(description)
                .description(description)
                .service(first(r.nonBlankText("service_name"), r.nonBlankText("service_id")))
                .team(first(r.nonBlankText("team_name"), r.nonBlankText("team_id")))
                .queue(first(r.nonBlankText("escalation_policy_name"), r.nonBlankText("escalation_policy_id")))
                .priority(r.nonBlankText("priority_name"))
                .priorityOrder(r.integer("priority_order"))
                .urgency(r.nonBlankText("urgency"))
                .status(r.nonBlankText("status"))
                .createdAt(createdAt)
                .updatedAt(utcInstant(r, "updated_at"))
                .acknowledgedAt(toAck == null ? null : createdAt.plusSeconds(toAck))
                .resolvedAt(resolvedAt)
                .acknowledgedBy(acknowledgedBy)
                .humanAcknowledged(acknowledgedBy == null ? null : true)
                .resolvedBy(resolvedBy)
                .autoResolved(autoResolved)
                .escalations(r.integer("escalation_count"))
                .notifications(r.integer("total_notifications"))
                .major(major)
                .sourceFile(sourceFile)
                .truncated(r.truncated())
                .build();
    }

    /** A timestamp with a zone, or without one read as UTC; null when absent. */
    private static Instant utcInstant(RecordView r, String field) throws RecordProblem {
        JsonNode value = r.raw(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            return r.instant(field); // the view's own message for a non-text value
        }
        String text = value.asText().trim();
        return Timestamps.parseZonelessAsUtc(text)
                .orElseThrow(() -> new RecordProblem(r.full(field), Timestamps.zonelessProblem(text)));
    }

    private static Long seconds(RecordView r, String field) throws RecordProblem {
        Long value = r.longNumber(field);
        if (value != null && value < 0) {
            throw new RecordProblem(r.full(field), "negative duration " + value);
        }
        return value;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
