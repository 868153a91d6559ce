-- The headline figures of one trend window [from, to): alerts (cross-source copies left out), pages,
-- non-actionable alerts (NON_ACTIONABLE or FALSE_POSITIVE), pages in sleep hours, incidents, and the median
-- MTTA / MTTR of its alerts in minutes. Parameters: the window's bounds in epoch microseconds.
WITH window_events AS (
    SELECT *
    FROM filtered_events
    WHERE created_at >= make_timestamp(CAST(? AS BIGINT))
      AND created_at < make_timestamp(CAST(? AS BIGINT))
)
SELECT count(*) FILTER (WHERE kind = 'ALERT' AND duplicate_of IS NULL) AS alerts,
       count(*) FILTER (WHERE is_page AND duplicate_of IS NULL) AS pages,
       count(*) FILTER (WHERE kind = 'ALERT' AND duplicate_of IS NULL
                        AND actionability IN ('NON_ACTIONABLE', 'FALSE_POSITIVE')) AS non_actionable,
       count(*) FILTER (WHERE is_page AND duplicate_of IS NULL AND local_band = 'SLEEP') AS sleep_pages,
       count(*) FILTER (WHERE kind = 'INCIDENT') AS incidents,
       round(quantile_cont(ack_minutes, 0.5) FILTER (WHERE kind = 'ALERT' AND duplicate_of IS NULL
                                                      AND ack_minutes >= 0), 5) AS mtta_median,
       round(quantile_cont(resolve_minutes, 0.5) FILTER (WHERE kind = 'ALERT' AND duplicate_of IS NULL
                                                          AND resolve_minutes >= 0), 5) AS mttr_median
FROM window_events;
