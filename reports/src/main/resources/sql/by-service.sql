-- Alerts of the period per service, busiest first; alerts without a service form one NULL group, listed last
-- among equals.
SELECT service,
       count(*) AS alerts,
       count(*) FILTER (WHERE actionability = 'ACTIONABLE') AS actionable,
       count(*) FILTER (WHERE repeated) AS repeated
FROM alerts
GROUP BY service
ORDER BY alerts DESC, service ASC NULLS LAST;
