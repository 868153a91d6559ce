-- Every alarm (fingerprint; an alert without one is an alarm of its own) of the period's alerts, with what the
-- noisy-fingerprint suggestions (NoiseAdvice) and the runbook coverage need, grouped once for
-- noisy-fingerprints.sql, runbook-missing.sql and runbook-coverage.sql, which each grouped the alerts again.
-- The example title and service are those of the group's first alert. auto_resolved counts alerts the tool
-- closed by itself (unknown counts as not); off_hours counts alerts outside the BUSINESS band in the report's time
-- zone; low_priority counts SEV4/SEV5 or low-urgency alerts; with_runbook counts alerts with a runbook link.
CREATE OR REPLACE TEMP TABLE fingerprint_stats AS
SELECT coalesce(fingerprint, event_id) AS fingerprint,
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
       count(*) FILTER (WHERE has_runbook) AS with_runbook,
       round(quantile_cont(resolve_minutes, 0.5) FILTER (WHERE resolve_minutes >= 0), 5) AS median_resolve_minutes
FROM alerts
GROUP BY coalesce(fingerprint, event_id);
