-- The alarms (fingerprints) that never carried a runbook link, busiest first. Parameter: how many to list.
SELECT fingerprint, example_title, service, alerts
FROM fingerprint_stats
WHERE with_runbook = 0
ORDER BY alerts DESC, fingerprint
LIMIT ?;
