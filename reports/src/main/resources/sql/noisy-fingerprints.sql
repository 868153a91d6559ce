-- The fingerprints that alerted more than once in the period, noisiest first, with what the suggestion rules
-- (NoiseAdvice) need (fingerprint-stats.sql says what each count holds). Parameter: how many to list.
SELECT fingerprint, example_title, service, alerts, actionable, non_actionable, false_positive, repeated, flapping,
       auto_resolved, off_hours, low_priority, with_runbook, median_resolve_minutes
FROM fingerprint_stats
WHERE alerts > 1
ORDER BY alerts DESC, fingerprint
LIMIT ?;
