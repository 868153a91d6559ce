-- Distinct events and postmortems in the whole warehouse (not only the period): what ingest's accepted
-- records became, for the duplicates figure of the reconciliation. Without --service / --team filters
-- filtered_events holds every event, so its ids (event-ids.sql) are counted rather than reading the Parquet files
-- again; the two branches' conditions are constant, so only one of them runs.
SELECT (SELECT count(*) FROM event_ids
        WHERE getvariable('filter_services') IS NULL AND getvariable('filter_teams') IS NULL)
     + (SELECT count(DISTINCT event_id) FROM warehouse_events
        WHERE getvariable('filter_services') IS NOT NULL OR getvariable('filter_teams') IS NOT NULL)
     + (SELECT count(DISTINCT event_id) FROM warehouse_postmortems) AS distinct_events;
