package dev.opshistory.reports.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds a synthetic warehouse of {@code rows} classified events directly with DuckDB ({@code COPY (SELECT … FROM
 * range(N)) TO … (FORMAT PARQUET)}), with the columns of docs/warehouse.md and value distributions like a real
 * organisation's year of alerts: a few busy services and fingerprints (skewed, not uniform), most alerts SEV3/SEV4,
 * about half non-actionable, log-normal-ish times to acknowledge and resolve, 3 % incidents, 1 % cross-source
 * copies. Every value comes from {@code hash(i)}, so the same N gives the same files. Not a test: the benchmark's
 * input.
 */
final class BenchWarehouse {

    /** The first instant of the synthetic year. */
    static final String START = "2025-01-01 00:00:00+00";

    private BenchWarehouse() {
    }

    /** Writes {@code <runDir>/warehouse/events/bench/part-0.parquet}, postmortems and a reconciliation. */
    static void write(Path runDir, long rows) throws IOException, SQLException {
        Path events = runDir.resolve("warehouse/events/bench");
        Path postmortems = runDir.resolve("warehouse/postmortems");
        Files.createDirectories(events);
        Files.createDirectories(postmortems);
        Files.createDirectories(runDir.resolve("ingest"));
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            sql.execute("SET TimeZone = 'UTC'");
            // u(i, salt): a uniform number in [0, 1) that depends only on the row and the column's salt.
            sql.execute("CREATE MACRO u(i, salt) AS (hash(i * 7919 + salt) % 1000000) / 1000000.0");
            sql.execute("COPY (" + eventsSelect(rows) + ") TO '" + events.resolve("part-0.parquet")
                    + "' (FORMAT PARQUET, COMPRESSION SNAPPY)");
            sql.execute("COPY (" + postmortemsSelect(rows) + ") TO '" + postmortems.resolve("part-0.parquet")
                    + "' (FORMAT PARQUET, COMPRESSION SNAPPY)");
        }
        StringBuilder files = new StringBuilder();
        long perFile = rows / 40;
        String[] formats = {"pagerduty-incidents-json", "pagerduty-log-entries-json", "opsgenie-alerts-json",
            "opsgenie-alert-logs-json", "pagerduty-incidents-csv"};
        for (int f = 0; f < 40; f++) {
            String format = formats[f % formats.length];
            long folded = format.contains("log") ? perFile / 2 : 0;
            files.append(f == 0 ? "" : ",").append(String.format(
                    "{\"file\":\"exports/%s/part-%02d\",\"format\":\"%s\",\"read\":%d,\"accepted\":%d,"
                            + "\"rejected\":%d,\"folded\":%d,\"sha256\":\"%064x\"}",
                    format, f, format, perFile + 3, perFile, 3, folded, f));
        }
        Files.writeString(runDir.resolve("ingest/reconciliation.json"), "{\"files\":[" + files + "]}");
    }

    private static String eventsSelect(long rows) {
        return """
                WITH base AS (
                    SELECT i,
                           -- 40 services, the busiest few taking most alerts (a squared uniform skews low).
                           CAST(floor(40 * pow(u(i, 1), 2)) AS INTEGER) AS svc,
                           -- 50 title templates per service, skewed the same way: a few noisy alarms.
                           CAST(floor(50 * pow(u(i, 2), 3)) AS INTEGER) AS tpl,
                           u(i, 3) AS k, u(i, 4) AS s, u(i, 5) AS a, u(i, 6) AS r, u(i, 7) AS t,
                           u(i, 8) AS ack, u(i, 9) AS res, u(i, 10) AS flags, u(i, 11) AS misc
                    FROM range(%d) AS r(i)
                ), shaped AS (
                    SELECT *,
                           CASE WHEN k < 0.03 THEN 'INCIDENT' ELSE 'ALERT' END AS kind,
                           CASE WHEN misc < 0.6 THEN 'pagerduty' WHEN misc < 0.9 THEN 'opsgenie' ELSE 'jsm' END AS src,
                           -- A year, busier on weekdays and in business hours (t folds a second draw into the day).
                           TIMESTAMPTZ '%s' + to_seconds(CAST(floor(t * 365 * 86400) AS BIGINT)) AS created,
                           CASE WHEN s < 0.02 THEN 'SEV1' WHEN s < 0.10 THEN 'SEV2' WHEN s < 0.40 THEN 'SEV3'
                                WHEN s < 0.75 THEN 'SEV4' WHEN s < 0.90 THEN 'SEV5' ELSE 'UNKNOWN' END AS sev,
                           CASE WHEN a < 0.25 THEN 'ACTIONABLE' WHEN a < 0.70 THEN 'NON_ACTIONABLE'
                                WHEN a < 0.80 THEN 'FALSE_POSITIVE' ELSE 'UNKNOWN' END AS verdict,
                           ['DEPLOYED_DEFECT', 'CONFIGURATION', 'CAPACITY_PERFORMANCE', 'DEPENDENCY', 'NETWORKING',
                            'INFRASTRUCTURE_HARDWARE', 'DATA', 'SECURITY', 'MONITORING', 'HUMAN_PROCESS',
                            'UNKNOWN'][1 + CAST(floor(11 * pow(r, 1.5)) AS INTEGER)] AS cause,
                           -- Log-normal-ish: most acknowledged within minutes, a long tail to hours.
                           CASE WHEN ack < 0.3 THEN NULL ELSE CAST(exp(2 + ack * 7) AS BIGINT) END AS s_ack,
                           CASE WHEN res < 0.05 THEN NULL ELSE CAST(exp(4 + res * 7) AS BIGINT) END AS s_res
                    FROM base
                )
                SELECT src || ':' || kind || ':' || CAST(i AS VARCHAR) AS event_id,
                       kind, src AS source, CAST(i AS VARCHAR) AS source_id, CAST(i %% 100000 AS VARCHAR) AS source_number,
                       ['High CPU on', 'Disk usage above 90%% on', 'HTTP 5xx rate high on', 'Latency p99 above SLO on',
                        'Pod restarts on', 'Heartbeat missed from', 'Queue backlog on', 'Certificate expiring on',
                        'Replication lag on', 'Memory pressure on'][1 + tpl %% 10]
                           || ' svc-' || svc || ' (' || tpl || ') host-' || (i %% 97) AS title,
                       'Alert raised by the monitoring integration for svc-' || svc || '; see the dashboard.' AS description,
                       'svc-' || svc || ':tpl-' || tpl AS fingerprint,
                       'dedup-' || svc || '-' || tpl || '-' || (i %% 13) AS dedup_key,
                       'svc-' || svc AS service, 'team-' || (svc %% 8) AS team, 'policy-' || (svc %% 12) AS queue,
                       'P' || (1 + CAST(floor(s * 5) AS INTEGER)) AS priority,
                       CASE WHEN s < 0.40 OR misc < 0.1 THEN 'high' ELSE 'low' END AS urgency,
                       'resolved' AS status, ['env:prod', 'svc-' || svc] AS tags,
                       CASE WHEN tpl %% 2 = 0 THEN 'https://runbooks.example/svc-' || svc || '/' || tpl END AS runbook_url,
                       'https://example.pagerduty.com/incidents/' || i AS html_url,
                       created AS created_at, created + to_seconds(coalesce(s_res, 60)) AS updated_at,
                       created + to_seconds(s_ack) AS acknowledged_at, created + to_seconds(s_res) AS resolved_at,
                       CASE WHEN s_ack IS NOT NULL THEN 'user-' || (i %% 50) END AS acknowledged_by,
                       CASE WHEN s_res IS NOT NULL THEN 'user-' || (i %% 50) END AS resolved_by,
                       s_ack IS NOT NULL AS human_acknowledged,
                       s_ack IS NULL AND s_res IS NOT NULL AS auto_resolved,
                       CASE WHEN s_ack IS NULL AND s_res IS NOT NULL THEN 'auto' END AS resolve_reason,
                       CAST(flags * 3 AS INTEGER) AS escalations, CAST(1 + flags * 4 AS INTEGER) AS notifications,
                       CAST(1 + flags * 10 AS INTEGER) AS occurrences, 1 AS alert_count,
                       sev AS severity, 'priority=P' || (1 + CAST(floor(s * 5) AS INTEGER)) AS source_severity,
                       kind = 'INCIDENT' AND sev IN ('SEV1', 'SEV2') AS significant,
                       CASE WHEN kind = 'INCIDENT' THEN 'ACTIONABLE' ELSE verdict END AS actionability,
                       'RULE_' || (tpl %% 7) || ': matched a rule of the default set' AS actionability_reason,
                       flags < 0.30 AS repeated, flags < 0.08 AS flapping,
                       CASE WHEN src = 'opsgenie' AND misc > 0.89 AND kind = 'ALERT'
                            THEN 'pagerduty:ALERT:' || (i - 1) END AS duplicate_of,
                       cause AS root_cause, CASE WHEN kind = 'INCIDENT' THEN 'human' ELSE 'inferred' END AS root_cause_source,
                       'keyword in title' AS root_cause_evidence, round(r, 2) AS root_cause_confidence,
                       CASE WHEN kind = 'ALERT' AND k < 0.05 THEN 'pagerduty:INCIDENT:' || (i - i %% 100) END AS incident_ref,
                       s_ack AS seconds_to_ack, s_res AS seconds_to_resolve,
                       CASE WHEN hour(created) >= 22 OR hour(created) < 8 THEN 'SLEEP'
                            WHEN isodow(created) <= 5 AND hour(created) < 18 THEN 'BUSINESS' ELSE 'OFF_HOURS' END AS hour_band,
                       misc < 0.001 AS overridden, false AS truncated,
                       'exports/' || src || '/part-' || (i %% 40) AS source_file
                FROM shaped
                """.formatted(rows, START);
    }

    private static String postmortemsSelect(long rows) {
        long count = Math.max(10, rows / 50_000);
        return """
                SELECT 'postmortem:POSTMORTEM:pm-' || i AS event_id, 'Outage ' || i AS title,
                       'postmortems/pm-' || i || '.md' AS source_file,
                       TIMESTAMPTZ '%s' + to_seconds(CAST(floor(u(i, 20) * 365 * 86400) AS BIGINT)) AS created_at,
                       ['pagerduty:INCIDENT:' || (i * 100)] AS incident_refs,
                       'Summary ' || i AS summary, 'Checkout unavailable for ' || (i %% 5 + 1) || ' hours' AS impact,
                       (i %% 5 + 1) || 'h' AS duration, 'A bad deploy' AS root_cause_text, 'deploy' AS trigger,
                       'rollback' AS resolution, 'alert' AS detection, 'test more' AS lessons,
                       [{'text': 'Add a canary', 'owner': 'sre', 'type': 'prevent',
                         'status': CASE WHEN i %% 3 = 0 THEN 'done' ELSE 'open' END}] AS action_items,
                       'DEPLOYED_DEFECT' AS root_cause, 'written' AS root_cause_evidence
                FROM range(%d) AS r(i)
                """.formatted(START, count);
    }
}
