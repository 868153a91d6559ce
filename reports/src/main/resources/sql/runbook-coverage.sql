-- Alerts of the period with and without a runbook / playbook link, and fingerprints (one alarm each) with at
-- least one alert that carried a link.
WITH per_fingerprint AS (
    SELECT coalesce(fingerprint, event_id) AS fingerprint,
           bool_or(runbook_url IS NOT NULL AND trim(runbook_url) <> '') AS has_runbook
    FROM alerts
    GROUP BY coalesce(fingerprint, event_id)
)
SELECT (SELECT count(*) FROM alerts WHERE runbook_url IS NOT NULL AND trim(runbook_url) <> '') AS alerts_with,
       (SELECT count(*) FROM alerts WHERE runbook_url IS NULL OR trim(runbook_url) = '') AS alerts_without,
       (SELECT count(*) FROM per_fingerprint) AS fingerprints,
       (SELECT count(*) FROM per_fingerprint WHERE has_runbook) AS fingerprints_with;
