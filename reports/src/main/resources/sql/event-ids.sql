-- Every event id of filtered_events once, and whether it is an alert of the period (cross-source copies left
-- out, as the alerts view does) or an incident of the period. The warehouse promises each id once; counting ids
-- rather than rows keeps the totals right even if it did not. Grouping the ids once here serves totals.sql and
-- warehouse-distinct.sql, which each counted distinct ids over millions of rows before.
CREATE OR REPLACE TEMP TABLE event_ids AS
SELECT event_id,
       bool_or(kind = 'ALERT' AND duplicate_of IS NULL AND in_period(created_at)) AS period_alert,
       bool_or(kind = 'INCIDENT' AND in_period(created_at)) AS period_incident
FROM filtered_events
GROUP BY event_id;
