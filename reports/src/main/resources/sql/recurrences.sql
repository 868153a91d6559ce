-- Alerts of the period that recurred after a postmortem: same fingerprint as an incident the postmortem names,
-- or as an alert linked to that incident (incident_ref), created after the postmortem's date and after the named
-- incidents ended, and not one of the events the postmortem is about. A postmortem is usually dated by its day
-- (midnight), so without those two conditions its own incident, paged later that day, read as a recurrence.
-- Which incidents a postmortem names: postmortem_references (postmortem-references.sql).
WITH named AS (
    SELECT r.postmortem_id, r.postmortem_at, e.event_id AS incident_id, e.fingerprint,
           e.created_at + to_microseconds(CAST(coalesce(e.resolve_minutes, 0) * 60000000 AS BIGINT)) AS incident_end
    FROM postmortem_references r JOIN filtered_events e ON e.event_id = r.event_id
    WHERE r.postmortem_at IS NOT NULL
),
linked AS (
    SELECT named.postmortem_id, e.event_id, e.fingerprint
    FROM named JOIN filtered_events e ON e.incident_ref = named.incident_id
),
covered AS (
    SELECT postmortem_id, incident_id AS event_id FROM named
    UNION
    SELECT postmortem_id, event_id FROM linked
),
recur_after AS (
    SELECT postmortem_id, greatest(max(postmortem_at), max(incident_end)) AS after FROM named GROUP BY postmortem_id
),
fingerprints AS (
    SELECT postmortem_id, fingerprint FROM named WHERE fingerprint IS NOT NULL
    UNION
    SELECT postmortem_id, fingerprint FROM linked WHERE fingerprint IS NOT NULL
)
SELECT fingerprints.postmortem_id,
       fingerprints.fingerprint,
       arg_min(alerts.title, alerts.created_at) AS example_title,
       count(*) AS alerts,
       epoch_us(min(alerts.created_at)) AS first_us,
       epoch_us(max(alerts.created_at)) AS last_us
FROM fingerprints
JOIN recur_after ON recur_after.postmortem_id = fingerprints.postmortem_id
JOIN alerts ON alerts.fingerprint = fingerprints.fingerprint AND alerts.created_at > recur_after.after
WHERE NOT EXISTS (SELECT 1 FROM covered
                  WHERE covered.postmortem_id = fingerprints.postmortem_id AND covered.event_id = alerts.event_id)
GROUP BY fingerprints.postmortem_id, fingerprints.fingerprint
ORDER BY alerts DESC, fingerprints.postmortem_id, fingerprints.fingerprint;
