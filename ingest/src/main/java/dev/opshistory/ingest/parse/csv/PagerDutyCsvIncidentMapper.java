package dev.opshistory.ingest.parse.csv;

import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.ACKNOWLEDGED_BY_USER_IDS;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.ACKNOWLEDGED_BY_USER_NAMES;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.AUTO_RESOLVED;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.CREATED_ON;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.DESCRIPTION;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.ESCALATION_COUNT;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.ESCALATION_POLICY_ID;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.ESCALATION_POLICY_NAME;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.ID;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.INCIDENT_NUMBER;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.RESOLVED_BY_USER_ID;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.RESOLVED_BY_USER_NAME;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.RESOLVED_ON;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.SECONDS_TO_FIRST_ACK;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.SECONDS_TO_RESOLVE;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.SERVICE_ID;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.SERVICE_NAME;
import static dev.opshistory.ingest.parse.csv.PagerDutyCsvColumns.URGENCY;

import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Instant;

/**
 * Maps one row of PagerDuty's incidents CSV to the same ALERT event the JSON parser makes of the same
 * incident (event id {@code pagerduty:alert:<id>}, so a CSV and a JSON export of one incident dedupe):
 * <ul>
 *   <li>title and description: {@code description} (the CSV has no title; in the REST API both hold the
 *       same text);</li>
 *   <li>service, queue: {@code service_name}, {@code escalation_policy_name}, else their ids; the CSV
 *       has no team and no priority;</li>
 *   <li>acknowledged at: {@code created_on + seconds_to_first_ack}; resolved at: {@code resolved_on},
 *       else {@code created_on + seconds_to_resolve};</li>
 *   <li>status: {@code resolved} when the row has a resolve time, else null (the CSV has no status column,
 *       and "triggered" and "acknowledged" cannot be told apart from it);</li>
 *   <li>acknowledged by: the {@code acknowledged_by_user_names} cell as written (else the ids cell), since
 *       the separator for several users is undocumented; {@code human_acknowledged} is true when it names
 *       anybody (the column lists users only), else null;</li>
 *   <li>resolved by: {@code resolved_by_user_name}, else its id; {@code auto_resolved} from its
 *       {@code 0}/{@code 1} column, else false when a user resolved it;</li>
 *   <li>escalations: {@code escalation_count}. Not mapped, for want of a canonical field:
 *       {@code auto_escalation_count}, {@code acknowledge_count}, {@code assignment_count} and the
 *       assigned users.</li>
 * </ul>
 * Required: {@code id} and {@code created_on}.
 */
final class PagerDutyCsvIncidentMapper {

    CanonicalEvent map(CsvRow row, String sourceFile) throws RecordProblem {
        String id = row.required(ID);
        Instant createdAt = row.requiredInstant(CREATED_ON);
        Integer number = row.integer(INCIDENT_NUMBER);
        Long toAck = row.seconds(SECONDS_TO_FIRST_ACK);
        Long toResolve = row.seconds(SECONDS_TO_RESOLVE);
        Instant resolvedAt = row.instant(RESOLVED_ON);
        if (resolvedAt == null && toResolve != null) {
            resolvedAt = createdAt.plusSeconds(toResolve);
        }
        String acknowledgers = first(row.trimmed(ACKNOWLEDGED_BY_USER_NAMES), row.trimmed(ACKNOWLEDGED_BY_USER_IDS));
        String resolver = first(row.trimmed(RESOLVED_BY_USER_NAME), row.trimmed(RESOLVED_BY_USER_ID));
        Boolean autoResolved = row.flag(AUTO_RESOLVED);
        if (autoResolved == null && resolver != null) {
            autoResolved = false;
        }
        String description = row.text(DESCRIPTION);

        return CanonicalEvent.builder()
                .kind(EventKind.ALERT)
                .source(Source.PAGERDUTY)
                .sourceId(id)
                .sourceNumber(number == null ? null : number.toString())
                .title(description)
                .description(description)
                .service(first(row.trimmed(SERVICE_NAME), row.trimmed(SERVICE_ID)))
                .queue(first(row.trimmed(ESCALATION_POLICY_NAME), row.trimmed(ESCALATION_POLICY_ID)))
                .urgency(row.trimmed(URGENCY))
                .status(resolvedAt == null ? null : "resolved")
                .createdAt(createdAt)
                .acknowledgedAt(toAck == null ? null : createdAt.plusSeconds(toAck))
                .resolvedAt(resolvedAt)
                .acknowledgedBy(acknowledgers)
                .humanAcknowledged(UserCell.users(acknowledgers).isEmpty() ? null : true)
                .resolvedBy(resolver)
                .autoResolved(autoResolved)
                .escalations(row.integer(ESCALATION_COUNT))
                .sourceFile(sourceFile)
                .truncated(row.truncated())
                .build();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
