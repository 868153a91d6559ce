-- Pages per 12-hour on-call shift (08-20 and 20-08 wall-clock in the report's time zone), per on-call rota: the
-- escalation policy (queue), else the team paged (Opsgenie routes an alert with no escalation responder to its
-- team's on-call), so alerts of unrelated teams are never counted as one person's shift. One row per (rota, pages
-- in a shift) with how many shifts had that many. Only shifts that lie
-- wholly inside the period count, so a partial first or last shift cannot look quiet. Every queue that alerted in
-- the period is on call for every shift, so quiet shifts count as 0 rather than vanishing (the SRE book's guide
-- is about the distribution over shifts, not a total divided by shifts).
WITH zone AS (
    SELECT coalesce(getvariable('report_tz'), 'UTC') AS name
),
bounds AS (
    SELECT timezone(zone.name, CAST(getvariable('period_from') AS TIMESTAMPTZ)) AS local_from,
           timezone(zone.name, CAST(getvariable('period_to') AS TIMESTAMPTZ)) AS local_to
    FROM zone
),
candidate_starts AS (
    -- 20:00 the evening before the first local day, then every 12 hours: every 08:00 and 20:00.
    SELECT unnest(generate_series(date_trunc('day', local_from) - INTERVAL 4 HOUR, local_to, INTERVAL 12 HOUR))
               AS local_start
    FROM bounds
    WHERE local_from IS NOT NULL AND local_to IS NOT NULL
),
shifts AS (
    SELECT local_start
    FROM candidate_starts, zone
    WHERE CAST(timezone(zone.name, local_start) AS TIMESTAMP) >= getvariable('period_from')
      AND CAST(timezone(zone.name, local_start + INTERVAL 12 HOUR) AS TIMESTAMP) <= getvariable('period_to')
),
rotas AS (
    SELECT local_at, is_page, coalesce(queue, team || ' (team)', '(no escalation policy or team)') AS rota FROM alerts
),
queues AS (
    SELECT DISTINCT rota AS queue FROM rotas
),
page_shifts AS (
    SELECT rota AS queue,
           CASE WHEN hour(local_at) >= 20 THEN date_trunc('day', local_at) + INTERVAL 20 HOUR
                WHEN hour(local_at) >= 8 THEN date_trunc('day', local_at) + INTERVAL 8 HOUR
                ELSE date_trunc('day', local_at) - INTERVAL 4 HOUR END AS local_start
    FROM rotas
    WHERE is_page
),
per_shift AS (
    SELECT queues.queue, shifts.local_start, count(page_shifts.local_start) AS pages
    FROM queues
    CROSS JOIN shifts
    LEFT JOIN page_shifts ON page_shifts.queue = queues.queue AND page_shifts.local_start = shifts.local_start
    GROUP BY queues.queue, shifts.local_start
)
SELECT queue, pages, count(*) AS shifts
FROM per_shift
GROUP BY queue, pages
ORDER BY queue, pages;
