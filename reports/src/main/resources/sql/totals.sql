-- Distinct alerts, incidents and postmortems in the period: ids, not rows (event-ids.sql says why).
SELECT count(*) FILTER (WHERE period_alert) AS alerts,
       count(*) FILTER (WHERE period_incident) AS incidents,
       (SELECT count(DISTINCT event_id) FROM postmortems) AS postmortems
FROM event_ids;
