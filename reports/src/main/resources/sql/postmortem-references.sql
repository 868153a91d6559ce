-- Which events each postmortem names: postmortem_references(postmortem_id, postmortem_at, event_id). A postmortem
-- names an incident by event id, vendor id, number or URL (docs/warehouse.md), so all four are matched. Its
-- references are unnested and matched by equality, one hash join per kind of reference: list_contains over every
-- event for every postmortem was a nested loop that grew with events × postmortems (minutes at ten million
-- events). Over every filtered event, whatever the period: significant incidents keep the period's, recurrences
-- look at incidents before it too. A view, bound when a query reads it.
CREATE OR REPLACE TEMP VIEW postmortem_references AS
WITH refs AS (
    SELECT event_id AS postmortem_id, created_at AS postmortem_at, unnest(incident_refs) AS ref
    FROM warehouse_postmortems
)
SELECT refs.postmortem_id, refs.postmortem_at, e.event_id FROM refs JOIN filtered_events e ON e.event_id = refs.ref
UNION
SELECT refs.postmortem_id, refs.postmortem_at, e.event_id FROM refs JOIN filtered_events e ON e.source_id = refs.ref
UNION
SELECT refs.postmortem_id, refs.postmortem_at, e.event_id FROM refs JOIN filtered_events e ON e.source_number = refs.ref
UNION
SELECT refs.postmortem_id, refs.postmortem_at, e.event_id FROM refs JOIN filtered_events e ON e.html_url = refs.ref;
