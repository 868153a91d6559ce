-- MTTA and MTTR in minutes per service, as response-times.sql computes them for all alerts (median and p90
-- interpolated, mean for comparison, negative spans left out); busiest service first, no service last.
SELECT service,
       count(*) AS alerts,
       count(ack_minutes) FILTER (WHERE ack_minutes >= 0) AS ack_count,
       round(quantile_cont(ack_minutes, 0.5) FILTER (WHERE ack_minutes >= 0), 5) AS ack_median,
       round(quantile_cont(ack_minutes, 0.9) FILTER (WHERE ack_minutes >= 0), 5) AS ack_p90,
       round(avg(ack_minutes) FILTER (WHERE ack_minutes >= 0), 5) AS ack_mean,
       count(resolve_minutes) FILTER (WHERE resolve_minutes >= 0) AS resolve_count,
       round(quantile_cont(resolve_minutes, 0.5) FILTER (WHERE resolve_minutes >= 0), 5) AS resolve_median,
       round(quantile_cont(resolve_minutes, 0.9) FILTER (WHERE resolve_minutes >= 0), 5) AS resolve_p90,
       round(avg(resolve_minutes) FILTER (WHERE resolve_minutes >= 0), 5) AS resolve_mean
FROM alerts
GROUP BY service
ORDER BY alerts DESC, service ASC NULLS LAST;
