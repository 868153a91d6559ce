-- Alerts of the period with and without a runbook / playbook link (one that is not blank), and fingerprints (one
-- alarm each) with at least one alert that carried a link; from the alarms of fingerprint-stats.sql.
SELECT coalesce(sum(with_runbook), 0) AS alerts_with,
       coalesce(sum(alerts - with_runbook), 0) AS alerts_without,
       count(*) AS fingerprints,
       count(*) FILTER (WHERE with_runbook > 0) AS fingerprints_with
FROM fingerprint_stats;
