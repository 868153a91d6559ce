package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the alert an Opsgenie or JSM alert log or note belongs to, and which of the two products wrote it.
 * Logs and notes carry no alert id (DESIGN.md §3), so the parent comes from:
 * <ol>
 *   <li>the wrapping object: {@code alertId}, or the alert in a paging link, Opsgenie's {@code paging.first}
 *       / {@code next} / {@code prev} / {@code last} ({@code …/v2/alerts/{id}/logs?identifierType=id…}) or JSM's
 *       {@code links.next} ({@code /v1/alerts/{id}/logs?after=…}); a link that uses {@code identifierType=tiny}
 *       or {@code alias} names no id and is ignored;</li>
 *   <li>the file name: {@code <alert-id>.logs.json}, {@code <alert-id>.notes.json} and the other spellings of
 *       {@link FileNameParent}.</li>
 * </ol>
 * An id must look like an Opsgenie alert id: a UUID, optionally followed by {@code -<epoch millis>}.
 */
final class OpsgenieParent {

    /** An Opsgenie/JSM alert id: {@code 70413a06-38d6-4c85-92b8-5ebc900d42e2}, optionally {@code -1490128372353}. */
    static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(?:-\\d{10,16})?");

    private static final List<String> LINK_FIELDS = List.of("paging.first", "paging.next", "paging.prev", "paging.last",
            "links.next", "links.prev", "links.first", "links.last");
    private static final Pattern IDENTIFIER_TYPE = Pattern.compile("[?&]identifierType=([^&#]*)");

    private OpsgenieParent() {
    }

    /**
     * @param endpoint {@code logs} or {@code notes}: paging links of the other endpoint are not trusted
     * @return the alert id, or null when neither the wrapper nor the file name names one
     */
    static String alertId(RecordContext context, String endpoint) {
        String explicit = context.wrapperText("alertId");
        if (explicit != null && ID.matcher(explicit).matches()) {
            return explicit;
        }
        Pattern inLink = Pattern.compile("/alerts/([^/?#]+)/" + endpoint + "(?:[/?#]|$)");
        for (String field : LINK_FIELDS) {
            String link = context.wrapperText(field);
            if (link == null) {
                continue;
            }
            Matcher alert = inLink.matcher(link);
            Matcher identifierType = IDENTIFIER_TYPE.matcher(link);
            boolean byId = !identifierType.find() || identifierType.group(1).equalsIgnoreCase("id");
            if (alert.find() && byId && ID.matcher(alert.group(1)).matches()) {
                return alert.group(1);
            }
        }
        return FileNameParent.find(context.sourceFile(), List.of(endpoint), ID);
    }

    /**
     * JSM for records of a {@code values} envelope, a wrapper with JSM's {@code links}, or a record with a field
     * only JSM writes ({@code jsmOnlyKeys}); Opsgenie otherwise (a {@code data} envelope, {@code paging}…).
     */
    static Source source(JsonNode record, RecordContext context, Set<String> jsmOnlyKeys) {
        if ("values".equals(context.container())) {
            return Source.JSM;
        }
        if ("data".equals(context.container()) || context.wrapper().has("paging") || context.wrapper().has("requestId")) {
            return Source.OPSGENIE;
        }
        if (context.wrapper().has("links")) {
            return Source.JSM;
        }
        return jsmOnlyKeys.stream().anyMatch(record::hasNonNull) ? Source.JSM : Source.OPSGENIE;
    }

    /** The event id of the alert. */
    static String parentEventId(Source source, String alertId) {
        return CanonicalEvent.eventId(source, EventKind.ALERT, alertId);
    }
}
