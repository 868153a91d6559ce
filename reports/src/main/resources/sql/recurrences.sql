-- Alerts of the period that recurred after a postmortem: same fingerprint as an incident the postmortem names,
-- or as an alert linked to that incident (incident_ref), and created after the postmortem's date.
-- A postmortem names an incident by event id, vendor id, number or URL (docs/warehouse.md). Its references are
-- unnested and matched by equality, one hash join per kind of reference: list_contains over every event for every
-- postmortem was a nested loop that grew with events × postmortems (minutes at ten million events).
WITH refs AS (
    SELECT pm.event_id AS postmortem_id, pm.created_at AS postmortem_at, unnest(pm.incident_refs) AS ref
    FROM warehouse_postmortems pm
    WHERE pm.created_at IS NOT NULL
),
named AS (
    SELECT refs.postmortem_id, refs.postmortem_at, e.event_id AS incident_id, e.fingerprint
    FROM refs JOIN filtered_events e ON e.event_id = refs.ref
    UNION
    SELECT refs.postmortem_id, refs.postmortem_at, e.event_id AS incident_id, e.fingerprint
    FROM refs JOIN filtered_events e ON e.source_id = refs.ref
    UNION
    SELECT refs.postmortem_id, refs.postmortem_at, e.event_id AS incident_id, e.fingerprint
    FROM refs JOIN filtered_events e ON e.source_number = refs.ref
    UNION
    SELECT refs.postmortem_id, refs.postmortem_at, e.event_id AS incident_id, e.fingerprint
    FROM refs JOIN filtered_events e ON e.html_url = refs.ref
),
fingerprints AS (
    SELECT postmortem_id, postmortem_at, fingerprint FROM named WHERE fingerprint IS NOT NULL
    UNION
    SELECT named.postmortem_id, named.postmortem_at, linked.fingerprint
    FROM named
    JOIN filtered_events linked ON linked.incident_ref = named.incident_id
    WHERE linked.fingerprint IS NOT NULL
)
SELECT fingerprints.postmortem_id,
       fingerprints.fingerprint,
       arg_min(alerts.title, alerts.created_at) AS example_title,
       count(*) AS alerts,
       epoch_us(min(alerts.created_at)) AS first_us,
       epoch_us(max(alerts.created_at)) AS last_us
FROM fingerprints
JOIN alerts ON alerts.fingerprint = fingerprints.fingerprint AND alerts.created_at > fingerprints.postmortem_at
GROUP BY fingerprints.postmortem_id, fingerprints.fingerprint
ORDER BY alerts DESC, fingerprints.postmortem_id, fingerprints.fingerprint;
