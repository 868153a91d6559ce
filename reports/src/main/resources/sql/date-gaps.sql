-- Runs of at least ? consecutive UTC days inside the period without any event (alert or incident): an export
-- that missed a stretch looks like this. The period's first and last days always hold an event by default.
WITH days AS (
    SELECT CAST(unnest(generate_series(CAST(getvariable('period_from') AS DATE), CAST(getvariable('period_to') AS DATE),
                                       INTERVAL 1 DAY)) AS DATE) AS day
    WHERE getvariable('period_from') IS NOT NULL AND getvariable('period_to') IS NOT NULL
),
busy AS (
    SELECT DISTINCT CAST(created_at AS DATE) AS day FROM events
),
empty AS (
    SELECT days.day, days.day - CAST(row_number() OVER (ORDER BY days.day) AS INTEGER) AS island
    FROM days
    LEFT JOIN busy ON busy.day = days.day
    WHERE busy.day IS NULL
)
SELECT min(day) AS first_day, max(day) AS last_day, count(*) AS days
FROM empty
GROUP BY island
HAVING count(*) >= CAST(? AS INTEGER)
ORDER BY first_day;
