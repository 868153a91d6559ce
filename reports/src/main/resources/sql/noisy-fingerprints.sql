-- The fingerprints that alerted more than once in the period, noisiest first, with what the suggestion rules
-- (NoiseAdvice) need. Parameter: how many to list. The example title and service are those of the group's first
-- alert. auto_resolved counts alerts the tool closed by itself (unknown counts as not); off_hours counts alerts
-- outside the BUSINESS band in the report's time zone; low_priority counts SEV4/SEV5 or low-urgency alerts.
WITH grouped AS (
    SELECT coalesce(fingerprint, event_id) AS fingerprint, *
           EXCLUDE (fingerprint),
           coalesce(seconds_to_resolve, date_diff('second', created_at, resolved_at)) / 60.0 AS resolve_minutes
    FROM alerts
)
SELECT fingerprint,
       arg_min(title, created_at) AS example_title,
       arg_min(service, created_at) AS service,
       count(*) AS alerts,
       count(*) FILTER (WHERE actionability = 'ACTIONABLE') AS actionable,
       count(*) FILTER (WHERE actionability = 'NON_ACTIONABLE') AS non_actionable,
       count(*) FILTER (WHERE actionability = 'FALSE_POSITIVE') AS false_positive,
       count(*) FILTER (WHERE repeated) AS repeated,
       count(*) FILTER (WHERE flapping) AS flapping,
       count(*) FILTER (WHERE auto_resolved) AS auto_resolved,
       count(*) FILTER (WHERE local_band <> 'BUSINESS') AS off_hours,
       count(*) FILTER (WHERE severity IN ('SEV4', 'SEV5') OR lower(urgency) = 'low') AS low_priority,
       count(*) FILTER (WHERE runbook_url IS NOT NULL AND trim(runbook_url) <> '') AS with_runbook,
       round(quantile_cont(resolve_minutes, 0.5) FILTER (WHERE resolve_minutes >= 0), 5) AS median_resolve_minutes
FROM grouped
GROUP BY fingerprint
HAVING count(*) > 1
ORDER BY alerts DESC, fingerprint
LIMIT ?;
