-- How many alerts were acknowledged / resolved within each band of minutes: the MTTA/MTTR distribution chart.
-- Bands are [lower, upper) minutes; every band is listed, empty ones as 0.
WITH bands(label, lower_minutes, upper_minutes, position) AS (
    VALUES ('< 5 min', 0, 5, 1), ('5-15 min', 5, 15, 2), ('15-30 min', 15, 30, 3), ('30-60 min', 30, 60, 4),
           ('1-4 h', 60, 240, 5), ('4-24 h', 240, 1440, 6), ('>= 24 h', 1440, NULL, 7)
),
spans AS (
    SELECT coalesce(seconds_to_ack, date_diff('second', created_at, acknowledged_at)) / 60.0 AS ack_minutes,
           coalesce(seconds_to_resolve, date_diff('second', created_at, resolved_at)) / 60.0 AS resolve_minutes
    FROM alerts
)
SELECT bands.label,
       (SELECT count(*) FROM spans WHERE ack_minutes >= bands.lower_minutes
            AND (bands.upper_minutes IS NULL OR ack_minutes < bands.upper_minutes)) AS acknowledged,
       (SELECT count(*) FROM spans WHERE resolve_minutes >= bands.lower_minutes
            AND (bands.upper_minutes IS NULL OR resolve_minutes < bands.upper_minutes)) AS resolved
FROM bands
ORDER BY bands.position;
