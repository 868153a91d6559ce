-- Alerts (cross-source copies left out) and incidents per root-cause category created in [from, to), counted
-- apart by who named the cause: human (a postmortem or a reviewer) or inferred (the job's rules), and postmortems
-- dated in [from, to) per category (each id once), with the undated ones when the last parameter is true (the
-- report's own period, whose list shows them; never an earlier window, where they cannot be placed). The
-- postmortems are read from the whole warehouse, not the period's view, as the trend's earlier window may lie
-- before the period. Parameters: the window's bounds in epoch microseconds, twice, then whether undated
-- postmortems count. Every category is listed; anything outside the closed set is UNKNOWN.
WITH categories(root_cause, position) AS (
    VALUES ('DEPLOYED_DEFECT', 1), ('CONFIGURATION', 2), ('CAPACITY_PERFORMANCE', 3), ('DEPENDENCY', 4),
           ('NETWORKING', 5), ('INFRASTRUCTURE_HARDWARE', 6), ('DATA', 7), ('SECURITY', 8), ('MONITORING', 9),
           ('HUMAN_PROCESS', 10), ('UNKNOWN', 11)
),
window_events AS (
    SELECT kind,
           CASE WHEN root_cause IN (SELECT root_cause FROM categories) THEN root_cause ELSE 'UNKNOWN' END AS root_cause,
           lower(root_cause_source) = 'human' AS human
    FROM filtered_events
    WHERE created_at >= make_timestamp(CAST(? AS BIGINT))
      AND created_at < make_timestamp(CAST(? AS BIGINT))
      AND ((kind = 'ALERT' AND duplicate_of IS NULL) OR kind = 'INCIDENT')
),
window_postmortems AS (
    SELECT CASE WHEN root_cause IN (SELECT root_cause FROM categories) THEN root_cause ELSE 'UNKNOWN' END AS root_cause,
           event_id
    FROM warehouse_postmortems
    WHERE (created_at >= make_timestamp(CAST(? AS BIGINT)) AND created_at < make_timestamp(CAST(? AS BIGINT)))
       OR (created_at IS NULL AND CAST(? AS BOOLEAN))
)
SELECT categories.root_cause,
       count(*) FILTER (WHERE kind = 'ALERT') AS alerts,
       count(*) FILTER (WHERE kind = 'ALERT' AND human) AS alerts_human,
       count(*) FILTER (WHERE kind = 'INCIDENT') AS incidents,
       count(*) FILTER (WHERE kind = 'INCIDENT' AND human) AS incidents_human,
       (SELECT count(DISTINCT window_postmortems.event_id) FROM window_postmortems
        WHERE window_postmortems.root_cause = categories.root_cause) AS postmortems
FROM categories
LEFT JOIN window_events ON window_events.root_cause = categories.root_cause
GROUP BY categories.root_cause, categories.position
ORDER BY categories.position;
