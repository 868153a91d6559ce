-- The period's significant incidents, oldest first, each with its earliest postmortem: declared incidents that are
-- flagged significant, SEV1/SEV2 or named by a postmortem, and the alerts the job flagged significant or a
-- postmortem names (a PagerDuty incident is one ALERT: DESIGN.md §3 lists it here when it is major, P1/P2 or
-- referenced by a postmortem). Which events a postmortem names: postmortem_references (postmortem-references.sql).
-- The postmortem may be dated after the period.
WITH named AS (
    SELECT incidents.event_id, r.postmortem_id, r.postmortem_at
    FROM events incidents JOIN postmortem_references r ON r.event_id = incidents.event_id
),
matches AS (
    SELECT event_id, arg_min(postmortem_id, postmortem_at) AS postmortem_id
    FROM named
    GROUP BY event_id
)
SELECT events.event_id,
       epoch_us(events.created_at) AS created_us,
       round(events.resolve_minutes, 5) AS minutes_to_resolve,
       events.severity,
       events.title,
       events.service,
       events.html_url,
       events.root_cause,
       events.root_cause_source,
       events.root_cause_evidence,
       matches.postmortem_id,
       pm.title AS postmortem_title,
       pm.impact,
       pm.duration,
       pm.root_cause_text,
       pm.root_cause AS postmortem_root_cause
FROM events
LEFT JOIN matches ON matches.event_id = events.event_id
LEFT JOIN warehouse_postmortems pm ON pm.event_id = matches.postmortem_id
WHERE events.significant OR matches.postmortem_id IS NOT NULL
   OR (events.kind = 'INCIDENT' AND events.severity IN ('SEV1', 'SEV2'))
ORDER BY events.created_at, events.event_id;
