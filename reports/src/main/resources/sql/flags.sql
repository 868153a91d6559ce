-- Alerts of the period flagged repeated or flapping, and all alerts as the base of their shares.
SELECT count(*) FILTER (WHERE repeated) AS repeated,
       count(*) FILTER (WHERE flapping) AS flapping,
       count(*) AS alerts
FROM alerts;
