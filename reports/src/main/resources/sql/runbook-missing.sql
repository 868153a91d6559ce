-- The alarms (fingerprints) that never carried a runbook link, busiest first. Parameter: how many to list.
SELECT coalesce(fingerprint, event_id) AS fingerprint,
       arg_min(title, created_at) AS example_title,
       arg_min(service, created_at) AS service,
       count(*) AS alerts
FROM alerts
GROUP BY coalesce(fingerprint, event_id)
HAVING NOT bool_or(runbook_url IS NOT NULL AND trim(runbook_url) <> '')
ORDER BY alerts DESC, fingerprint
LIMIT ?;
