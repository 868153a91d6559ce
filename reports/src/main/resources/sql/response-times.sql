-- Minutes from creation to acknowledgement (MTTA) and to resolution (MTTR) over the period's alerts that
-- were acknowledged / resolved (ack_minutes, resolve_minutes: the job's seconds_to_* columns first, the timestamps
-- when a writer left them out; see filtered-events.sql). Negative spans (clock skew between vendor systems) are
-- not response times.
-- quantile_cont interpolates linearly between neighbours (numpy's default). Rounded to 0.00001 minute (under a
-- millisecond) so that floating-point noise (92.99999999999999) does not reach the report.
SELECT count(ack_minutes) FILTER (WHERE ack_minutes >= 0) AS ack_count,
       round(quantile_cont(ack_minutes, 0.5) FILTER (WHERE ack_minutes >= 0), 5) AS ack_median,
       round(quantile_cont(ack_minutes, 0.9) FILTER (WHERE ack_minutes >= 0), 5) AS ack_p90,
       round(avg(ack_minutes) FILTER (WHERE ack_minutes >= 0), 5) AS ack_mean,
       count(resolve_minutes) FILTER (WHERE resolve_minutes >= 0) AS resolve_count,
       round(quantile_cont(resolve_minutes, 0.5) FILTER (WHERE resolve_minutes >= 0), 5) AS resolve_median,
       round(quantile_cont(resolve_minutes, 0.9) FILTER (WHERE resolve_minutes >= 0), 5) AS resolve_p90,
       round(avg(resolve_minutes) FILTER (WHERE resolve_minutes >= 0), 5) AS resolve_mean
FROM alerts;
