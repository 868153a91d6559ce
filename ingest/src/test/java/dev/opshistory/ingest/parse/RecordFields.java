package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * The fields of a format's record that {@link ExportParserContractTest} changes: the id, the creation instant and
 * the main text (the last two a dotted path when nested: {@code annotations.summary}, {@code fields.created}), whether a record without the id is
 * rejected, and the source id a record gets (the id field's value, unless the format builds it from more fields).
 */
record RecordFields(String id, String created, String title, boolean idRequired, Function<JsonNode, String> sourceId) {

    RecordFields(String id, String created, String title, boolean idRequired) {
        this(id, created, title, idRequired, record -> record.hasNonNull(id) ? record.get(id).asText() : null);
    }

    /** A PagerDuty record: {@code id}, {@code created_at}. */
    static RecordFields pagerDuty(String title) {
        return new RecordFields("id", "created_at", title, true);
    }

    /** An Opsgenie/JSM alert or incident: {@code id}, {@code createdAt}. */
    static RecordFields opsgenie(String title) {
        return new RecordFields("id", "createdAt", title, true);
    }

    /** An Opsgenie/JSM alert log or note: no id of its own but an {@code offset}, kept without it. */
    static RecordFields opsgenieAlertLine(String title) {
        return new RecordFields("offset", "createdAt", title, false);
    }
}
