package dev.opshistory.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a canonical event as {@link EventJson}'s mapper does, byte for byte, when every text in it is plain
 * printable ASCII (no quote, backslash, control or non-ASCII character: nothing Jackson would escape or encode):
 * ingest writes every event once, and the mapper's bean serializer (reflection and look-ups per property, a
 * generator per event) was a good part of ingest's cost. Any other event, and every event with postmortem details,
 * is left to the mapper. The mapper's form: fields in the record's order, snake_case names, no white space, nulls
 * left out, empty lists and {@code truncated} always written, enums by name, instants as {@link IsoInstants#format}
 * writes them. A test compares the two with every field set or left out, plain and not.
 */
final class CanonicalEventWriter {

    private static final byte[] EVENT_ID = name("event_id");
    private static final byte[] KIND = name("kind");
    private static final byte[] SOURCE = name("source");
    private static final byte[] SOURCE_ID = name("source_id");
    private static final byte[] SOURCE_NUMBER = name("source_number");
    private static final byte[] TITLE = name("title");
    private static final byte[] DESCRIPTION = name("description");
    private static final byte[] SERVICE = name("service");
    private static final byte[] TEAM = name("team");
    private static final byte[] QUEUE = name("queue");
    private static final byte[] DEDUP_KEY = name("dedup_key");
    private static final byte[] PRIORITY = name("priority");
    private static final byte[] PRIORITY_ORDER = name("priority_order");
    private static final byte[] URGENCY = name("urgency");
    private static final byte[] ALERT_SEVERITY = name("alert_severity");
    private static final byte[] STATUS = name("status");
    private static final byte[] CREATED_AT = name("created_at");
    private static final byte[] UPDATED_AT = name("updated_at");
    private static final byte[] ACKNOWLEDGED_AT = name("acknowledged_at");
    private static final byte[] RESOLVED_AT = name("resolved_at");
    private static final byte[] ACKNOWLEDGED_BY = name("acknowledged_by");
    private static final byte[] RESOLVED_BY = name("resolved_by");
    private static final byte[] HUMAN_ACKNOWLEDGED = name("human_acknowledged");
    private static final byte[] AUTO_RESOLVED = name("auto_resolved");
    private static final byte[] RESOLVE_REASON = name("resolve_reason");
    private static final byte[] ESCALATIONS = name("escalations");
    private static final byte[] NOTIFICATIONS = name("notifications");
    private static final byte[] OCCURRENCES = name("occurrences");
    private static final byte[] ALERT_COUNT = name("alert_count");
    private static final byte[] MAJOR = name("major");
    private static final byte[] TAGS = name("tags");
    private static final byte[] NOTES = name("notes");
    private static final byte[] RUNBOOK_URL = name("runbook_url");
    private static final byte[] HTML_URL = name("html_url");
    private static final byte[] TRUNCATED = name("truncated");
    private static final byte[] SOURCE_FILE = name("source_file");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");

    private byte[] out = new byte[1024];
    /** An instant's characters, reused for each of the event's instants. */
    private final char[] instantText = new char[IsoInstants.MAX_FORMATTED];
    private int length;
    /** False once a text needs escaping or encoding: the caller then uses the mapper. */
    private boolean plain = true;

    private CanonicalEventWriter() {
    }

    /** The event's JSON in UTF-8, or null when it holds a text that is not plain ASCII, or postmortem details. */
    static byte[] toBytes(CanonicalEvent e) {
        if (e.postmortem() != null) {
            return null;
        }
        CanonicalEventWriter w = new CanonicalEventWriter();
        w.write(e);
        return w.plain ? Arrays.copyOf(w.out, w.length) : null;
    }

    private void write(CanonicalEvent e) {
        put((byte) '{');
        text(EVENT_ID, e.eventId());
        name(KIND, e.kind());
        name(SOURCE, e.source());
        text(SOURCE_ID, e.sourceId());
        text(SOURCE_NUMBER, e.sourceNumber());
        text(TITLE, e.title());
        text(DESCRIPTION, e.description());
        text(SERVICE, e.service());
        text(TEAM, e.team());
        text(QUEUE, e.queue());
        text(DEDUP_KEY, e.dedupKey());
        text(PRIORITY, e.priority());
        number(PRIORITY_ORDER, e.priorityOrder());
        text(URGENCY, e.urgency());
        text(ALERT_SEVERITY, e.alertSeverity());
        text(STATUS, e.status());
        instant(CREATED_AT, e.createdAt());
        instant(UPDATED_AT, e.updatedAt());
        instant(ACKNOWLEDGED_AT, e.acknowledgedAt());
        instant(RESOLVED_AT, e.resolvedAt());
        text(ACKNOWLEDGED_BY, e.acknowledgedBy());
        text(RESOLVED_BY, e.resolvedBy());
        flag(HUMAN_ACKNOWLEDGED, e.humanAcknowledged());
        flag(AUTO_RESOLVED, e.autoResolved());
        text(RESOLVE_REASON, e.resolveReason());
        number(ESCALATIONS, e.escalations());
        number(NOTIFICATIONS, e.notifications());
        number(OCCURRENCES, e.occurrences());
        number(ALERT_COUNT, e.alertCount());
        flag(MAJOR, e.major());
        texts(TAGS, e.tags());
        texts(NOTES, e.notes());
        text(RUNBOOK_URL, e.runbookUrl());
        text(HTML_URL, e.htmlUrl());
        flag(TRUNCATED, e.truncated());
        text(SOURCE_FILE, e.sourceFile());
        put((byte) '}');
    }

    private void text(byte[] field, String value) {
        if (value != null) {
            field(field);
            string(value);
        }
    }

    private void name(byte[] field, Enum<?> value) {
        if (value != null) {
            field(field);
            string(value.name());
        }
    }

    private void number(byte[] field, Integer value) {
        if (value != null) {
            field(field);
            putAscii(Integer.toString(value));
        }
    }

    private void flag(byte[] field, Boolean value) {
        if (value != null) {
            field(field);
            put(value ? TRUE : FALSE);
        }
    }

    private void instant(byte[] field, Instant value) {
        if (value != null) {
            field(field);
            int n = IsoInstants.format(value, instantText);
            ensure(n + 2);
            out[length++] = '"';
            for (int i = 0; i < n; i++) {
                out[length++] = (byte) instantText[i];
            }
            out[length++] = '"';
        }
    }

    /** A list always (empty too: nulls only are left out); its elements are never null (the record copies it). */
    private void texts(byte[] field, List<String> values) {
        if (values != null) {
            field(field);
            put((byte) '[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    put((byte) ',');
                }
                string(values.get(i));
            }
            put((byte) ']');
        }
    }

    /** A field's name, after a comma unless it is the first. */
    private void field(byte[] quotedNameAndColon) {
        if (length > 1) {
            put((byte) ',');
        }
        put(quotedNameAndColon);
    }

    /** A quoted text when it is plain printable ASCII; otherwise marks the event as not plain. */
    private void string(String value) {
        // UTF-8 of an ASCII text is its characters one byte each, and the encoder copies those in bulk
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != value.length()) {
            plain = false;
            return;
        }
        for (byte b : bytes) {
            if (b < 0x20 || b == 0x7f || b == '"' || b == '\\') {
                plain = false;
                return;
            }
        }
        ensure(bytes.length + 2);
        out[length++] = '"';
        System.arraycopy(bytes, 0, out, length, bytes.length);
        length += bytes.length;
        out[length++] = '"';
    }

    private void putAscii(String value) {
        ensure(value.length());
        for (int i = 0; i < value.length(); i++) {
            out[length++] = (byte) value.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        out[length++] = b;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, out, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    private static byte[] name(String field) {
        return ascii("\"" + field + "\":");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
