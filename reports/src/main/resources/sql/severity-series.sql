-- Alerts per severity per bucket, one row for every bucket of the period (empty buckets included, so a
-- quiet week shows as zero rather than vanishing). Parameter: the bucket unit, 'week' (ISO weeks, starting
-- Monday) or 'month'. Buckets are UTC; the period's bounds must be set.
WITH unit AS (
    SELECT CAST(? AS VARCHAR) AS name
),
buckets AS (
    SELECT CAST(unnest(generate_series(
               date_trunc(unit.name, getvariable('period_from')),
               date_trunc(unit.name, getvariable('period_to')),
               CASE unit.name WHEN 'month' THEN INTERVAL 1 MONTH ELSE INTERVAL 7 DAY END)) AS DATE) AS bucket_start
    FROM unit
),
bucketed AS (
    SELECT CAST(date_trunc(unit.name, alerts.created_at) AS DATE) AS bucket_start, alerts.severity
    FROM alerts, unit
)
SELECT buckets.bucket_start,
       count(bucketed.severity) FILTER (WHERE bucketed.severity = 'SEV1') AS sev1,
       count(bucketed.severity) FILTER (WHERE bucketed.severity = 'SEV2') AS sev2,
       count(bucketed.severity) FILTER (WHERE bucketed.severity = 'SEV3') AS sev3,
       count(bucketed.severity) FILTER (WHERE bucketed.severity = 'SEV4') AS sev4,
       count(bucketed.severity) FILTER (WHERE bucketed.severity = 'SEV5') AS sev5,
       count(bucketed.severity) FILTER (WHERE bucketed.severity = 'UNKNOWN') AS unknown
FROM buckets
LEFT JOIN bucketed ON bucketed.bucket_start = buckets.bucket_start
GROUP BY buckets.bucket_start
ORDER BY buckets.bucket_start;
