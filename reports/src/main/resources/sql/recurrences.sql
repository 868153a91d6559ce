-- Alerts of the period that recurred after a postmortem: same fingerprint as an incident the postmortem names,
-- or as an alert linked to that incident (incident_ref), and created after the postmortem's date.
-- Which incidents a postmortem names: postmortem_references (postmortem-references.sql).
WITH named AS (
    SELECT r.postmortem_id, r.postmortem_at, e.event_id AS incident_id, e.fingerprint
    FROM postmortem_references r JOIN filtered_events e ON e.event_id = r.event_id
    WHERE r.postmortem_at IS NOT NULL
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
