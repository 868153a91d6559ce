package dev.opshistory.ingest.parse.json;

import java.util.Set;

/**
 * The top-level keys under which a vendor wraps its records: {@code listKeys} hold an array of records
 * ({@code {"incidents":[…]}}), {@code singleKeys} hold one record ({@code {"incident":{…}}}). A key may be
 * both (Opsgenie's {@code data}); the JSON type of its value decides.
 *
 * @param inArrays whether the elements of a root array may themselves be list envelopes whose records are read
 *                 (an array of Alertmanager webhook payloads, each holding its {@code alerts}); otherwise an
 *                 element of a root array is always a record
 */
public record EnvelopeKeys(Set<String> listKeys, Set<String> singleKeys, boolean inArrays) {

    /**
     * The key that makes an object a record rather than an envelope, whatever lists it holds: an envelope only pages or
     * wraps its records, while a record that carries others (a PagerDuty incident exported with its log entries) or
     * names another (a log entry's {@code incident}) has an id of its own. Detection ({@link JsonShape}) and reading
     * ({@link JsonRecordReader}) both go by it.
     */
    public static final String OWN_ID = "id";

    public EnvelopeKeys {
        listKeys = Set.copyOf(listKeys);
        singleKeys = Set.copyOf(singleKeys);
    }

    /** Envelopes only at the top level: the elements of a root array are records. */
    public EnvelopeKeys(Set<String> listKeys, Set<String> singleKeys) {
        this(listKeys, singleKeys, false);
    }
}
