-- Alerts of the period that recurred after a postmortem: same fingerprint as an incident the postmortem names,
-- or as an alert linked to that incident (incident_ref), created after the postmortem's date and after the named
-- incidents ended. A postmortem is usually dated by its day (midnight), so without the second condition its own
-- incident, paged later that day, and the alerts grouped into it read as recurrences.
-- Which incidents a postmortem names: postmortem_references (postmortem-references.sql).
WITH named AS (
    SELECT r.postmortem_id, e.event_id AS incident_id, e.fingerprint,
           greatest(r.postmortem_at, max(e.created_at + to_microseconds(CAST(coalesce(e.resolve_minutes, 0) * 60000000 AS BIGINT)))
                    OVER (PARTITION BY r.postmortem_id)) AS recur_after
    FROM postmortem_references r JOIN filtered_events e ON e.event_id = r.event_id
    WHERE r.postmortem_at IS NOT NULL
),
fingerprints AS (
    SELECT postmortem_id, recur_after, fingerprint FROM named WHERE fingerprint IS NOT NULL
    UNION
    SELECT named.postmortem_id, named.recur_after, linked.fingerprint
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
JOIN alerts ON alerts.fingerprint = fingerprints.fingerprint AND alerts.created_at > fingerprints.recur_after
GROUP BY fingerprints.postmortem_id, fingerprints.fingerprint
ORDER BY alerts DESC, fingerprints.postmortem_id, fingerprints.fingerprint;
