package dev.opshistory.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/**
 * Writes a real warehouse with DuckDB: Parquet files with the columns and types of docs/warehouse.md,
 * plus ingest's reconciliation.json and rejects.ndjson. Only the columns the report reads are filled.
 */
final class WarehouseFixture {

    private WarehouseFixture() {
    }

    /**
     * One row of warehouse/events. Instants are ISO-8601 UTC strings; minutes are turned into the
     * {@code seconds_to_*} columns.
     */
    record Event(String eventId, String kind, String createdAt, String severity, String actionability,
                 String service, String title, String fingerprint, boolean repeated, boolean flapping,
                 Long secondsToAck, Long secondsToResolve, String acknowledgedAt, String resolvedAt,
                 String duplicateOf, Map<String, Object> extra) {

        static Event alert(String eventId, String createdAt, String severity, String actionability,
                           String service, String title) {
            return new Event(eventId, "ALERT", createdAt, severity, actionability, service, title,
                    service + ":" + title, false, false, null, null, null, null, null, Map.of());
        }

        static Event incident(String eventId, String createdAt, String severity, String service, String title) {
            return new Event(eventId, "INCIDENT", createdAt, severity, "ACTIONABLE", service, title,
                    service + ":" + title, false, false, null, null, null, null, null, Map.of());
        }

        /**
         * The same event with another contract column set (urgency, queue, team, runbook_url, auto_resolved,
         * root_cause, root_cause_source, incident_ref, significant, html_url, overridden, source_number…).
         */
        Event with(String column, Object value) {
            Map<String, Object> more = new java.util.LinkedHashMap<>(extra);
            more.put(column, value);
            return new Event(eventId, kind, createdAt, severity, actionability, service, title, fingerprint,
                    repeated, flapping, secondsToAck, secondsToResolve, acknowledgedAt, resolvedAt, duplicateOf, more);
        }

        Event minutesToAckAndResolve(Integer ack, Integer resolve) {
            return new Event(eventId, kind, createdAt, severity, actionability, service, title, fingerprint,
                    repeated, flapping, ack == null ? null : ack * 60L, resolve == null ? null : resolve * 60L,
                    acknowledgedAt, resolvedAt, duplicateOf, extra);
        }

        /** Acknowledged and resolved at these instants, without the job's seconds_to_* columns. */
        Event acknowledgedAndResolvedAt(String ackAt, String resolvedAtInstant) {
            return new Event(eventId, kind, createdAt, severity, actionability, service, title, fingerprint,
                    repeated, flapping, null, null, ackAt, resolvedAtInstant, duplicateOf, extra);
        }

        Event flags(boolean isRepeated, boolean isFlapping) {
            return new Event(eventId, kind, createdAt, severity, actionability, service, title, fingerprint,
                    isRepeated, isFlapping, secondsToAck, secondsToResolve, acknowledgedAt, resolvedAt, duplicateOf, extra);
        }

        Event fingerprint(String value) {
            return new Event(eventId, kind, createdAt, severity, actionability, service, title, value,
                    repeated, flapping, secondsToAck, secondsToResolve, acknowledgedAt, resolvedAt, duplicateOf, extra);
        }

        Event copyOf(String originalEventId) {
            return new Event(eventId, kind, createdAt, severity, actionability, service, title, fingerprint,
                    repeated, flapping, secondsToAck, secondsToResolve, acknowledgedAt, resolvedAt, originalEventId, extra);
        }
    }

    /**
     * A row of warehouse/postmortems; {@code actionItems} are (text, status) pairs (a null status: none written), {@code impact} and
     * {@code rootCauseText} the document's words, {@code rootCause} the category the job filed it under.
     */
    record Postmortem(String eventId, String createdAt, String title, String incidentRef, String impact,
                      String rootCauseText, List<String[]> actionItems, String rootCause, String duration) {

        Postmortem(String eventId, String createdAt, String title, String incidentRef, String impact,
                   String rootCauseText, List<String[]> actionItems, String rootCause) {
            this(eventId, createdAt, title, incidentRef, impact, rootCauseText, actionItems, rootCause, null);
        }

        Postmortem(String eventId, String createdAt, String title, String incidentRef, String impact,
                   String rootCauseText, List<String[]> actionItems) {
            this(eventId, createdAt, title, incidentRef, impact, rootCauseText, actionItems, "DEPLOYED_DEFECT");
        }

        Postmortem(String eventId, String createdAt, String title, String incidentRef) {
            this(eventId, createdAt, title, incidentRef, null, null,
                    List.<String[]>of(new String[] {"Add a canary", "open"}));
        }

        /** The same postmortem filed under another category. */
        Postmortem rootCause(String category) {
            return new Postmortem(eventId, createdAt, title, incidentRef, impact, rootCauseText, actionItems, category,
                    duration);
        }

        /** The same postmortem with a written duration. */
        Postmortem duration(String written) {
            return new Postmortem(eventId, createdAt, title, incidentRef, impact, rootCauseText, actionItems, rootCause,
                    written);
        }
    }

    /** Writes the events to one Parquet file, timestamps flagged as UTC as the Flink job writes them. */
    static void writeEvents(Path file, List<Event> events) {
        writeEvents(file, events, true);
    }

    /**
     * Writes the events to one Parquet file.
     *
     * @param adjustedToUtc false writes plain TIMESTAMP columns (isAdjustedToUTC=false), as other writers may
     */
    static void writeEvents(Path file, List<Event> events, boolean adjustedToUtc) {
        try (Connection db = open()) {
            execute(db, resource("/contract/events.sql"));
            String insert = """
                    INSERT INTO fixture_events (event_id, kind, source, source_id, title, fingerprint, service,
                        tags, created_at, updated_at, acknowledged_at, resolved_at, severity, actionability,
                        repeated, flapping, duplicate_of, seconds_to_ack, seconds_to_resolve, source_file)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ['fixture'], CAST(? AS TIMESTAMPTZ), CAST(? AS TIMESTAMPTZ),
                        CAST(? AS TIMESTAMPTZ), CAST(? AS TIMESTAMPTZ), ?, ?, ?, ?, ?, ?, ?, 'fixture.json')
                    """;
            try (PreparedStatement row = db.prepareStatement(insert)) {
                for (Event e : events) {
                    String[] id = e.eventId().split(":", 3);
                    row.setString(1, e.eventId());
                    row.setString(2, e.kind());
                    row.setString(3, id[0]);
                    row.setString(4, id[2]);
                    row.setString(5, e.title());
                    row.setString(6, e.fingerprint());
                    row.setString(7, e.service());
                    row.setString(8, e.createdAt());
                    row.setString(9, e.createdAt());
                    row.setString(10, e.acknowledgedAt());
                    row.setString(11, e.resolvedAt());
                    row.setString(12, e.severity());
                    row.setString(13, e.actionability());
                    row.setBoolean(14, e.repeated());
                    row.setBoolean(15, e.flapping());
                    row.setString(16, e.duplicateOf());
                    setLong(row, 17, e.secondsToAck());
                    setLong(row, 18, e.secondsToResolve());
                    row.executeUpdate();
                    for (Map.Entry<String, Object> column : e.extra().entrySet()) {
                        // Column names come from the test itself, checked against the contract's names.
                        if (!column.getKey().matches("[a-z_]+")) {
                            throw new IllegalArgumentException(column.getKey());
                        }
                        try (PreparedStatement update = db.prepareStatement("UPDATE fixture_events SET "
                                + column.getKey() + " = ? WHERE event_id = ?")) {
                            update.setObject(1, column.getValue());
                            update.setString(2, e.eventId());
                            update.executeUpdate();
                        }
                    }
                }
            }
            String select = adjustedToUtc ? "fixture_events" : """
                    (SELECT * REPLACE (CAST(created_at AS TIMESTAMP) AS created_at,
                        CAST(updated_at AS TIMESTAMP) AS updated_at,
                        CAST(acknowledged_at AS TIMESTAMP) AS acknowledged_at,
                        CAST(resolved_at AS TIMESTAMP) AS resolved_at) FROM fixture_events)""";
            copy(db, select, file);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    static void writePostmortems(Path file, List<Postmortem> postmortems) {
        try (Connection db = open()) {
            execute(db, resource("/contract/postmortems.sql"));
            String insert = """
                    INSERT INTO fixture_postmortems (event_id, title, source_file, created_at, incident_refs,
                        impact, root_cause_text, action_items, root_cause, duration)
                    VALUES (?, ?, 'postmortems/fixture.md', CAST(? AS TIMESTAMPTZ), [?], ?, ?,
                        CAST(from_json(?, '[{"text":"VARCHAR","owner":"VARCHAR","type":"VARCHAR","status":"VARCHAR"}]')
                             AS STRUCT(text VARCHAR, owner VARCHAR, type VARCHAR, status VARCHAR)[]),
                        ?, ?)
                    """;
            try (PreparedStatement row = db.prepareStatement(insert)) {
                for (Postmortem p : postmortems) {
                    row.setString(1, p.eventId());
                    row.setString(2, p.title());
                    row.setString(3, p.createdAt());
                    row.setString(4, p.incidentRef());
                    row.setString(5, p.impact());
                    row.setString(6, p.rootCauseText());
                    StringBuilder items = new StringBuilder("[");
                    for (String[] item : p.actionItems()) {
                        items.append(items.length() > 1 ? "," : "").append("{\"text\":\"").append(item[0])
                                .append("\",\"owner\":\"sre\",\"type\":\"prevent\",\"status\":")
                                .append(item[1] == null ? "null" : "\"" + item[1] + "\"").append("}");
                    }
                    row.setString(7, items.append("]").toString());
                    row.setString(8, p.rootCause());
                    row.setString(9, p.duration());
                    row.executeUpdate();
                }
            }
            copy(db, "fixture_postmortems", file);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    /** A row of warehouse/orphans: a folded record whose event never arrived. */
    record Orphan(String parentEventId, String type, String sourceId, String createdAt, String sourceFile) {
    }

    /** Writes warehouse/orphans rows with the contract's columns (docs/warehouse.md). */
    static void writeOrphans(Path file, List<Orphan> orphans) {
        try (Connection db = open()) {
            execute(db, "CREATE TABLE fixture_orphans (parent_event_id VARCHAR, type VARCHAR, source_id VARCHAR,"
                    + " created_at TIMESTAMPTZ, source_file VARCHAR)");
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO fixture_orphans VALUES (?, ?, ?, CAST(? AS TIMESTAMPTZ), ?)")) {
                for (Orphan o : orphans) {
                    insert.setString(1, o.parentEventId());
                    insert.setString(2, o.type());
                    insert.setString(3, o.sourceId());
                    insert.setString(4, o.createdAt());
                    insert.setString(5, o.sourceFile());
                    insert.executeUpdate();
                }
            }
            copy(db, "fixture_orphans", file);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void writeFile(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Connection open() throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:duckdb:");
        execute(db, "SET TimeZone = 'UTC'");
        return db;
    }

    private static void copy(Connection db, String relation, Path file) throws SQLException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // COPY takes no parameters; the path is the test's own temporary folder.
        execute(db, "COPY " + relation + " TO '" + file.toAbsolutePath() + "' (FORMAT PARQUET, COMPRESSION SNAPPY)");
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String resource(String path) {
        try (InputStream in = WarehouseFixture.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
