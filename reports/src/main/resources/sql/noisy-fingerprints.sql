-- The fingerprints that paged more than once in the period, noisiest first. Parameter: how many to list.
-- The example title and service are those of the group's first alert.
SELECT coalesce(fingerprint, event_id) AS fingerprint,
       arg_min(title, created_at) AS example_title,
       arg_min(service, created_at) AS service,
       count(*) AS alerts,
       count(*) FILTER (WHERE actionability = 'ACTIONABLE') AS actionable,
       count(*) FILTER (WHERE repeated) AS repeated,
       count(*) FILTER (WHERE flapping) AS flapping
FROM alerts
GROUP BY coalesce(fingerprint, event_id)
HAVING count(*) > 1
ORDER BY alerts DESC, fingerprint
LIMIT ?;
