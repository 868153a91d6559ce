-- Distinct alerts, incidents and postmortems in the period. The warehouse promises each event id once;
-- counting distinct ids keeps the totals right even if it did not.
SELECT (SELECT count(DISTINCT event_id) FROM alerts) AS alerts,
       (SELECT count(DISTINCT event_id) FROM events WHERE kind = 'INCIDENT') AS incidents,
       (SELECT count(DISTINCT event_id) FROM postmortems) AS postmortems;
