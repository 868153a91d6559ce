-- What the classifier could not decide over the period's alerts, and how many events a reviewer's override or
-- the 64 KB text cut touched.
SELECT count(*) AS alerts,
       count(*) FILTER (WHERE actionability = 'UNKNOWN') AS unknown_actionability,
       count(*) FILTER (WHERE severity = 'UNKNOWN') AS unknown_severity,
       count(*) FILTER (WHERE root_cause IS NULL OR root_cause = 'UNKNOWN') AS unknown_root_cause,
       (SELECT count(*) FROM events WHERE overridden) AS overridden,
       (SELECT count(*) FROM events WHERE truncated) AS truncated_texts
FROM alerts;
