-- Alerts of the period that are copies of an earlier alert from another tool (counted once, as the original).
SELECT count(*) AS copies
FROM events
WHERE kind = 'ALERT'
  AND duplicate_of IS NOT NULL;
