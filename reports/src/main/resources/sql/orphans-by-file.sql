-- Folded records whose event the input did not hold, by export file (most first): how many, of how many distinct
-- missing events, and one of those for the reader to look up.
SELECT source_file AS file,
       count(*) AS records,
       count(DISTINCT parent_event_id) AS missing_events,
       min(parent_event_id) AS example_event
FROM warehouse_orphans
GROUP BY source_file
ORDER BY records DESC, file;
