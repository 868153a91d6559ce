package dev.opshistory.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a canonical event as {@link EventJson}'s mapper does, byte for byte, unless a text in it holds a surrogate
 * (characters beyond the Basic Multilingual Plane, such as emoji): ingest writes every event once, and the mapper's
 * bean serializer (reflection and look-ups per property, a generator per event) was a good part of ingest's cost; a
 * name with an accent is common enough (a sixth of the generated PagerDuty rows) that escaping and UTF-8 are written
 * here too. Events with a surrogate, and every event with postmortem details, are left to the mapper. The mapper's
 * form: fields in the record's order, snake_case names, no white space, nulls left out, empty lists and
 * {@code truncated} always written, enums by name, instants as {@link IsoInstants#format} writes them. A test
 * compares the two with every field set or left out, plain and not.
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
    private static final int[] ESCAPES = escapes();
    private static final byte[] HEX = ascii("0123456789ABCDEF");

    private byte[] out = new byte[1024];
    /** An instant's characters, reused for each of the event's instants. */
    private final char[] instantText = new char[IsoInstants.MAX_FORMATTED];
    private int length;
    /** False once a text holds a surrogate: the caller then uses the mapper. */
    private boolean plain = true;

    private CanonicalEventWriter() {
    }

    /** The event's JSON in UTF-8, or null when a text holds a surrogate (an emoji…), or it has postmortem details. */
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

    /**
     * A quoted text, escaped and encoded as the mapper writes it: {@code \"}, {@code \\}, the short escapes of
     * {@code \b \t \n \f \r}, a {@code \\u} escape with four capital hex digits for the other control characters,
     * every other character as its UTF-8 bytes. A surrogate (an emoji…) marks the event as not plain: the mapper
     * writes those.
     */
    private void string(String value) {
        int n = value.length();
        ensure(n + 2);
        // the buffer and its length in locals: the loop writes a byte a character, and stays tight so
        byte[] bytes = out;
        int at = length;
        bytes[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80 && ESCAPES[c] == 0) {
                bytes[at++] = (byte) c;
                continue;
            }
            if (Character.isSurrogate(c)) {
                plain = false;
                return;
            }
            length = at;
            if (c < 0x80) {
                escape(ESCAPES[c], c, n - i);
            } else {
                utf8(c, n - i);
            }
            bytes = out;
            at = length;
        }
        bytes[at++] = '"';
        length = at;
    }

    /** A character beyond ASCII, not a surrogate, as UTF-8; room for the {@code left} characters after it too. */
    private void utf8(char c, int left) {
        ensure(3 + left);
        if (c < 0x800) {
            out[length++] = (byte) (0xc0 | (c >> 6));
        } else {
            out[length++] = (byte) (0xe0 | (c >> 12));
            out[length++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        }
        out[length++] = (byte) (0x80 | (c & 0x3f));
    }

    /** An escaped character ({@link #ESCAPES}); room for the {@code left} characters of the text after it too. */
    private void escape(int escape, char c, int left) {
        ensure(6 + left);
        out[length++] = '\\';
        if (escape > 0) {
            out[length++] = (byte) escape;
        } else {
            out[length++] = 'u';
            out[length++] = '0';
            out[length++] = '0';
            out[length++] = HEX[c >> 4];
            out[length++] = HEX[c & 0xf];
        }
    }

    /** For each ASCII character: 0 when written as it is, its short escape's letter, or -1 for a {@code \\u} escape. */
    private static int[] escapes() {
        int[] escapes = new int[0x80];
        for (int c = 0; c < 0x20; c++) {
            escapes[c] = -1;
        }
        escapes['"'] = '"';
        escapes['\\'] = '\\';
        escapes['\b'] = 'b';
        escapes['\t'] = 't';
        escapes['\n'] = 'n';
        escapes['\f'] = 'f';
        escapes['\r'] = 'r';
        return escapes;
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
