import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The baseline a user would otherwise write: DuckDB alone reads the raw exports that `opshistory generate`
 * wrote (PagerDuty `GET /incidents` pages and Opsgenie `GET /v2/alerts` pages) with read_json and computes the
 * report's core aggregates in SQL: alerts by severity per week, a first actionability rule, and repeats by a
 * title fingerprint within 24 h. Run: java -cp <duckdb_jdbc.jar> bench/DuckDbBaseline.java DATA_DIR
 */
public class DuckDbBaseline {

    public static void main(String[] args) throws Exception {
        String dir = args[0].replace("'", "''");
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("SET threads = 2");
            st.execute("SET preserve_insertion_order = false"); // DuckDB's own advice when a load runs out of memory
            st.execute("CREATE TEMP TABLE alerts AS "
                    + "WITH pd AS (SELECT unnest(incidents) AS i FROM read_json('" + dir + "/pagerduty/incidents-*.json', "
                    + "  maximum_object_size = 268435456)), " // one page of the export per object
                    + "og AS (SELECT unnest(data) AS a FROM read_json('" + dir + "/opsgenie/alerts-*.json', "
                    + "  maximum_object_size = 268435456)) "
                    + "SELECT 'pagerduty:' || i.id AS id, CAST(i.created_at AS TIMESTAMP) AS created, i.title AS title, "
                    + "  i.service.summary AS service, "
                    + "  coalesce(try_cast(regexp_extract(i.priority.summary, '([1-5])', 1) AS INT), "
                    + "           CASE i.urgency WHEN 'high' THEN 2 ELSE 4 END) AS sev, "
                    + "  len(i.acknowledgements) > 0 AS acked, "
                    + "  i.last_status_change_by.type <> 'user_reference' AS auto_resolved, "
                    + "  date_diff('second', CAST(i.created_at AS TIMESTAMP), CAST(i.resolved_at AS TIMESTAMP)) AS ttr, "
                    + "  false AS fp_tag "
                    + "FROM pd UNION ALL "
                    + "SELECT 'opsgenie:' || a.id, CAST(a.createdAt AS TIMESTAMP), a.message, a.integration.name, "
                    + "  try_cast(regexp_extract(a.priority, '([1-5])', 1) AS INT), "
                    + "  a.report.acknowledgedBy IS NOT NULL, "
                    + "  a.report.closedBy IS NULL OR a.report.closedBy = 'System' OR a.report.closedBy = a.integration.name, "
                    + "  a.report.closeTime / 1000, "
                    + "  list_contains(a.tags, 'false-positive') "
                    + "FROM og");
            long loaded = System.nanoTime();
            long rows = scalar(st, "SELECT count(*) FROM alerts");
            long weeks = scalar(st, "SELECT count(*) FROM (SELECT date_trunc('week', created) w, sev, count(*) "
                    + "FROM alerts GROUP BY ALL)");
            long actionability = scalar(st, "SELECT count(*) FROM (SELECT CASE "
                    + "WHEN fp_tag THEN 'FALSE_POSITIVE' WHEN acked AND NOT auto_resolved THEN 'ACTIONABLE' "
                    + "WHEN auto_resolved AND NOT acked AND ttr <= 600 THEN 'NON_ACTIONABLE' ELSE 'UNKNOWN' END c, count(*) "
                    + "FROM alerts GROUP BY ALL)");
            long repeated = scalar(st, "SELECT count(*) FILTER (WHERE n >= 3) FROM (SELECT count(*) OVER ("
                    + "PARTITION BY service, regexp_replace(lower(title), '[0-9]+', '#', 'g') ORDER BY created "
                    + "RANGE BETWEEN INTERVAL 24 HOUR PRECEDING AND CURRENT ROW) n FROM alerts)");
            long end = System.nanoTime();
            System.out.printf("baseline rows=%d week_buckets=%d actionability_rows=%d repeated=%d "
                    + "load_s=%.2f total_s=%.2f%n", rows, weeks, actionability, repeated,
                    (loaded - start) / 1e9, (end - start) / 1e9);
        }
    }

    private static long scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
