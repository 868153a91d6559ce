-- Alerts of the period per team, busiest first; alerts without one form one NULL group, listed last
-- among equals.
SELECT team,
       count(*) AS alerts,
       count(*) FILTER (WHERE actionability = 'ACTIONABLE') AS actionable,
       count(*) FILTER (WHERE repeated) AS repeated
FROM alerts
GROUP BY team
ORDER BY alerts DESC, team ASC NULLS LAST;
