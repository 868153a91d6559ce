-- Distinct events and postmortems in the whole warehouse (not only the period): what ingest's accepted
-- records became, for the duplicates figure of the reconciliation.
SELECT (SELECT count(DISTINCT event_id) FROM warehouse_events)
     + (SELECT count(DISTINCT event_id) FROM warehouse_postmortems) AS distinct_events;
