-- Alerts of the period per queue (escalation policy), busiest first; alerts without one form one NULL group, listed last
-- among equals.
SELECT queue,
       count(*) AS alerts,
       count(*) FILTER (WHERE actionability = 'ACTIONABLE') AS actionable,
       count(*) FILTER (WHERE repeated) AS repeated
FROM alerts
GROUP BY queue
ORDER BY alerts DESC, queue ASC NULLS LAST;
