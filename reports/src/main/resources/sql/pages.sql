-- Pages of the period (ALERTs of high urgency or SEV1-SEV3), and those that came after hours (outside the
-- BUSINESS band) or in sleep hours (22-08), in the report's time zone.
SELECT count(*) FILTER (WHERE is_page) AS pages,
       count(*) FILTER (WHERE is_page AND local_band <> 'BUSINESS') AS after_hours,
       count(*) FILTER (WHERE is_page AND local_band = 'SLEEP') AS sleep
FROM alerts;
