package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.opshistory.ingest.parse.json.VendorJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a teams list by its shape and reads its id → name map, for the {@link TeamDirectory}: an Opsgenie
 * {@code GET /v2/teams} response, {@code {"data":[{"id","name","description","links"}], "took", "requestId"}}
 * (Opsgenie Team API, "List Teams"), or a Grafana OnCall {@code GET /api/v1/teams/} page,
 * {@code {"count","next","previous","results":[{"id","grafana_id","name","email","avatar_url"}]}} (its alert
 * groups name their team by {@code team_id} only). The file may be named anything, so the shape decides: a
 * top-level {@code data} or {@code results} array whose items are objects with text {@code id} and {@code name}
 * and no key a team does not have. Other lists share the envelopes but not the items: alerts and incidents carry
 * {@code createdAt} and {@code message}, schedules {@code timezone} and {@code rotations}, escalations
 * {@code rules}, alert groups {@code alerts_count}; any such key means "not a teams list". An Opsgenie services
 * list ({@code GET /v1/services}: {@code {"data":[{"id","name","description","teamId","tags"}]}}) is read the same
 * way, told by its items' {@code teamId}: it names the services an Opsgenie incident gives by id
 * ({@code impactedServices}).
 *
 * <p>Every input file is asked, so the check must cost little on a 1 GB export: the {@code data} array and its
 * first team must appear within the first {@value #RECOGNITION_BYTES} bytes, after which the file is no lookup and
 * reading stops. Nothing here rejects: a file that is not a teams response is left to the export parsers.
 * Team names are text from an export like any other; they are not logged.
 */
public final class TeamsLookup {

    /** The kind named in the reconciliation's side files. */
    public static final String KIND = "teams-lookup";
    /** The kind of an Opsgenie services list, named so in the reconciliation's side files. */
    public static final String SERVICES_KIND = "services-lookup";

    /**
     * Names by id, and of what.
     *
     * @param kind {@link #KIND} (teams) or {@link #SERVICES_KIND}
     * @param byId the names by id
     */
    public record Names(String kind, Map<String, String> byId) {
    }

    /** Keys of a team in Opsgenie's {@code GET /v2/teams} and {@code GET /v2/teams/{id}}, and Grafana OnCall's. */
    private static final Set<String> TEAM_KEYS = Set.of("id", "name", "description", "links", "members", "memberCount",
            "grafana_id", "email", "avatar_url");
    /** Keys of a service in Opsgenie's {@code GET /v1/services}: a service belongs to a team, {@code teamId}. */
    private static final Set<String> SERVICE_KEYS = Set.of("id", "name", "description", "teamId", "tags", "links",
            "visibility", "isExternal");
    /** The envelopes' list fields: Opsgenie's and Grafana OnCall's. */
    private static final Set<String> LISTS = Set.of("data", "results");
    /** Bytes read before a file must have shown itself a teams response. */
    static final int RECOGNITION_BYTES = 1 << 20;
    /** Opsgenie caps a team name at 100 characters; far longer text is not a team name. */
    private static final int MAX_TEXT = 1024;
    /** More teams than any account has: a file holding more is not read as a lookup (memory stays bounded). */
    private static final int MAX_TEAMS = 100_000;

    private TeamsLookup() {
    }

    /**
     * The names by id when the stream is a teams response or an Opsgenie services list ({@code GET /v1/services},
     * whose ids an Opsgenie incident's {@code impactedServices} holds), with at least one entry, else empty.
     *
     * @param in read from its start; not closed
     * @throws IOException only when the stream itself fails; malformed content is "not a lookup"
     */
    public static Optional<Names> readNames(InputStream in) throws IOException {
        Gate gate = new Gate(in);
        try (JsonParser parser = VendorJson.mapper().createParser(gate)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (LISTS.contains(field)) {
                    return value == JsonToken.START_ARRAY ? Optional.ofNullable(names(parser, gate)) : Optional.empty();
                }
                parser.skipChildren(); // took, requestId, expandable: small, and the gate bounds them
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty(); // malformed, or cut by the gate: not a lookup
        }
    }

    /** The teams or services of the list, or null when an item is neither or the items are not all of one kind. */
    private static Names names(JsonParser parser, Gate gate) throws IOException {
        Map<String, String> names = new HashMap<>();
        String kind = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            String itemKind = item(parser, names);
            if (itemKind == null || kind != null && !kind.equals(itemKind) || names.size() > MAX_TEAMS) {
                return null;
            }
            kind = itemKind;
            gate.open(); // the first item is a team or service: the rest of a (small) lookup may be read
        }
        return token == JsonToken.END_ARRAY && !names.isEmpty() ? new Names(kind, names) : null;
    }

    /** Reads one item: its kind ({@link #KIND} or {@link #SERVICES_KIND}), or null when it is neither. */
    private static String item(JsonParser parser, Map<String, String> names) throws IOException {
        String id = null;
        String name = null;
        Set<String> keys = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (!TEAM_KEYS.contains(key) && !SERVICE_KEYS.contains(key)) {
                return null;
            }
            keys.add(key);
            JsonToken value = parser.nextToken();
            if (key.equals("id") || key.equals("name")) {
                if (value != JsonToken.VALUE_STRING || parser.getTextLength() > MAX_TEXT) {
                    return null;
                }
                String text = parser.getText().trim();
                if (key.equals("id")) {
                    id = text;
                } else {
                    name = text;
                }
            } else {
                parser.skipChildren();
            }
        }
        String kind = keys.contains("teamId") ? SERVICES_KIND : KIND;
        if (!(kind.equals(KIND) ? TEAM_KEYS : SERVICE_KEYS).containsAll(keys)
                || id == null || id.isEmpty() || name == null || name.isEmpty()) {
            return null;
        }
        names.put(id, name);
        return kind;
    }

    /** Ends the stream after {@link #RECOGNITION_BYTES} until opened, so that a file that is no lookup costs little. */
    private static final class Gate extends FilterInputStream {
        private long remaining = RECOGNITION_BYTES;
        private boolean open;

        Gate(InputStream in) {
            super(in);
        }

        void open() {
            open = true;
        }

        @Override
        public int read() throws IOException {
            if (!open && remaining <= 0) {
                return -1;
            }
            int b = super.read();
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (open) {
                return super.read(buffer, offset, length);
            }
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the caller closes the underlying stream
        }
    }
}
