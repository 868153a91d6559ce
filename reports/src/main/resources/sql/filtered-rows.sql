-- Every event of the warehouse that passes the --service / --team filters, every column, with what the report
-- derives from created_at in the report's time zone (report_tz):
--   local_at    the wall-clock time there;
--   local_band  BUSINESS 08-18 Monday-Friday, OFF_HOURS 18-22 on weekdays and 08-22 at weekends, SLEEP 22-08
--               every day (the hour bands of DESIGN.md §4, recomputed so that --timezone moves them);
--   is_page     an ALERT of high urgency or of severity SEV1-SEV3 (DESIGN.md §6);
-- and what several analyses derive from every row, computed here once rather than in each of them:
--   ack_minutes, resolve_minutes  minutes from creation to acknowledgement / resolution: the job's seconds_to_*
--               columns first, the timestamps when a writer left them out (negative spans stay; each analysis
--               leaves them out);
--   has_runbook a runbook / playbook link that is not blank.
-- A view over the Parquet files, the one definition of the filters and of these columns: filtered_events
-- (filtered-events.sql) keeps in memory the columns the analyses read, alerts.csv (alerts-export.sql) reads the
-- rest from here.
CREATE OR REPLACE TEMP VIEW filtered_rows AS
WITH localised AS (
    SELECT *,
           -- created_at is UTC already: only another zone needs the (costly) conversion.
           CASE WHEN coalesce(getvariable('report_tz'), 'UTC') = 'UTC' THEN created_at
                ELSE timezone(getvariable('report_tz'), CAST(created_at AS TIMESTAMPTZ)) END AS local_at
    FROM warehouse_events
    WHERE (getvariable('filter_services') IS NULL OR list_contains(getvariable('filter_services'), service))
      AND (getvariable('filter_teams') IS NULL OR list_contains(getvariable('filter_teams'), team))
)
SELECT *,
       CASE WHEN hour(local_at) >= 22 OR hour(local_at) < 8 THEN 'SLEEP'
            WHEN isodow(local_at) <= 5 AND hour(local_at) < 18 THEN 'BUSINESS'
            ELSE 'OFF_HOURS' END AS local_band,
       kind = 'ALERT' AND (lower(urgency) = 'high' OR severity IN ('SEV1', 'SEV2', 'SEV3')) AS is_page,
       -- the classify job's seconds, else the same rule over the instants (ResponseTimes): never negative, and no
       -- acknowledgement stamped after the resolution
       coalesce(seconds_to_ack, CASE WHEN acknowledged_at >= created_at
                                      AND (resolved_at IS NULL OR acknowledged_at <= resolved_at)
                                     THEN date_diff('second', created_at, acknowledged_at) END) / 60.0 AS ack_minutes,
       coalesce(seconds_to_resolve, CASE WHEN resolved_at >= created_at
                                         THEN date_diff('second', created_at, resolved_at) END) / 60.0 AS resolve_minutes,
       runbook_url IS NOT NULL AND trim(runbook_url) <> '' AS has_runbook
FROM localised;
