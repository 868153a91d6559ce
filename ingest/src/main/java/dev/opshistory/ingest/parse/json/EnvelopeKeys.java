package dev.opshistory.ingest.parse.json;

import java.util.Set;

/**
 * The top-level keys under which a vendor wraps its records: {@code listKeys} hold an array of records
 * ({@code {"incidents":[…]}}), {@code singleKeys} hold one record ({@code {"incident":{…}}}). A key may be
 * both (Opsgenie's {@code data}); the JSON type of its value decides.
 */
public record EnvelopeKeys(Set<String> listKeys, Set<String> singleKeys) {

    public EnvelopeKeys {
        listKeys = Set.copyOf(listKeys);
        singleKeys = Set.copyOf(singleKeys);
    }
}
