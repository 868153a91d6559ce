-- Pages per hour band and ISO weekday (1 = Monday) in the report's time zone: all 21 cells, empty ones as 0.
WITH bands(band, band_position) AS (VALUES ('BUSINESS', 1), ('OFF_HOURS', 2), ('SLEEP', 3)),
     days AS (SELECT unnest(range(1, 8)) AS weekday)
SELECT bands.band, days.weekday, count(alerts.event_id) AS pages
FROM bands
CROSS JOIN days
LEFT JOIN alerts ON alerts.is_page AND alerts.local_band = bands.band AND isodow(alerts.local_at) = days.weekday
GROUP BY bands.band, bands.band_position, days.weekday
ORDER BY bands.band_position, days.weekday;
