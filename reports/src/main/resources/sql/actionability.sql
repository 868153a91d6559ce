-- Alerts of the period per actionability class, every class listed, with its share of all alerts
-- (NULL when there are none).
WITH classes(actionability, position) AS (
    VALUES ('ACTIONABLE', 1), ('NON_ACTIONABLE', 2), ('FALSE_POSITIVE', 3), ('UNKNOWN', 4)
)
SELECT classes.actionability,
       count(alerts.event_id) AS alerts,
       count(alerts.event_id) / nullif((SELECT count(*) FROM alerts), 0) AS share
FROM classes
LEFT JOIN alerts ON alerts.actionability = classes.actionability
GROUP BY classes.actionability, classes.position
ORDER BY classes.position;
