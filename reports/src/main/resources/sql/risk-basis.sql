-- What the risk matrix is drawn from, per root-cause category: the period's incidents plus its ACTIONABLE alerts
-- not linked to an incident (so a page folded into an incident is not counted twice; one linked to a postmortem
-- counts, as the incident the postmortem tells of), plus its postmortems that no event is linked to (a written-up
-- incident the exports do not hold; one an event links to is that event). For
-- each category: how many, the worst severity seen (1 = SEV1 .. 5 = SEV5, 6 = unknown: the warehouse keeps no
-- severity for a postmortem), the longest time to resolve in minutes (a postmortem's written duration), and the
-- services most affected (up to three, busiest first).
WITH occurrences AS (
    SELECT root_cause,
           CASE severity WHEN 'SEV1' THEN 1 WHEN 'SEV2' THEN 2 WHEN 'SEV3' THEN 3 WHEN 'SEV4' THEN 4
                         WHEN 'SEV5' THEN 5 ELSE 6 END AS severity_rank,
           resolve_minutes,
           coalesce(service, '(no service)') AS service
    FROM events
    WHERE kind = 'INCIDENT'
       OR (kind = 'ALERT' AND duplicate_of IS NULL AND actionability = 'ACTIONABLE'
           AND (incident_ref IS NULL OR incident_ref NOT IN (SELECT event_id FROM events WHERE kind = 'INCIDENT')))
    UNION ALL
    SELECT root_cause, 6, duration_minutes(duration), '(no service)'
    FROM postmortems
    WHERE event_id NOT IN (SELECT incident_ref FROM events WHERE incident_ref IS NOT NULL)
),
basis AS (
    SELECT CASE WHEN root_cause IN ('DEPLOYED_DEFECT', 'CONFIGURATION', 'CAPACITY_PERFORMANCE', 'DEPENDENCY',
                                    'NETWORKING', 'INFRASTRUCTURE_HARDWARE', 'DATA', 'SECURITY', 'MONITORING',
                                    'HUMAN_PROCESS') THEN root_cause ELSE 'UNKNOWN' END AS root_cause,
           severity_rank, resolve_minutes, service
    FROM occurrences
),
services AS (
    SELECT root_cause, service, count(*) AS n FROM basis GROUP BY root_cause, service
)
SELECT basis.root_cause,
       count(*) AS occurrences,
       min(severity_rank) AS worst_severity_rank,
       round(max(resolve_minutes) FILTER (WHERE resolve_minutes >= 0), 5) AS longest_minutes,
       (SELECT string_agg(s.service, ', ' ORDER BY s.n DESC, s.service)
        FROM (SELECT * FROM services WHERE services.root_cause = basis.root_cause
              ORDER BY n DESC, service LIMIT 3) s) AS top_services
FROM basis
GROUP BY basis.root_cause
ORDER BY occurrences DESC, basis.root_cause;
