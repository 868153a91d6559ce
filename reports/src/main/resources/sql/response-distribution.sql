-- How many alerts were acknowledged / resolved within each band of minutes: the MTTA/MTTR distribution chart.
-- Bands are [lower, upper) minutes; every band is listed, empty ones as 0. Each alert's spans are put in their
-- bands in one pass over the alerts (the CASEs repeat the bounds of the bands table), rather than one count per
-- band and measure, which scanned the alerts fourteen times. A negative span (clock skew) or none has no band.
WITH bands(label, lower_minutes, upper_minutes, position) AS (
    VALUES ('< 5 min', 0, 5, 1), ('5-15 min', 5, 15, 2), ('15-30 min', 15, 30, 3), ('30-60 min', 30, 60, 4),
           ('1-4 h', 60, 240, 5), ('4-24 h', 240, 1440, 6), ('>= 24 h', 1440, NULL, 7)
),
banded AS (
    SELECT CASE WHEN ack_minutes < 0 THEN NULL WHEN ack_minutes < 5 THEN 1 WHEN ack_minutes < 15 THEN 2
                WHEN ack_minutes < 30 THEN 3 WHEN ack_minutes < 60 THEN 4 WHEN ack_minutes < 240 THEN 5
                WHEN ack_minutes < 1440 THEN 6 WHEN ack_minutes >= 1440 THEN 7 END AS ack_band,
           CASE WHEN resolve_minutes < 0 THEN NULL WHEN resolve_minutes < 5 THEN 1 WHEN resolve_minutes < 15 THEN 2
                WHEN resolve_minutes < 30 THEN 3 WHEN resolve_minutes < 60 THEN 4 WHEN resolve_minutes < 240 THEN 5
                WHEN resolve_minutes < 1440 THEN 6 WHEN resolve_minutes >= 1440 THEN 7 END AS resolve_band
    FROM alerts
),
counted AS MATERIALIZED (
    -- One scan, two groupings: per acknowledgement band and per resolution band.
    SELECT ack_band, resolve_band, grouping(ack_band) = 0 AS by_ack, count(*) AS alerts
    FROM banded
    GROUP BY GROUPING SETS ((ack_band), (resolve_band))
)
SELECT bands.label,
       coalesce((SELECT alerts FROM counted WHERE by_ack AND ack_band = bands.position), 0) AS acknowledged,
       coalesce((SELECT alerts FROM counted WHERE NOT by_ack AND resolve_band = bands.position), 0) AS resolved
FROM bands
ORDER BY bands.position;
