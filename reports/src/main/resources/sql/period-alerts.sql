-- The period's alerts, each counted once: a cross-source copy (the same alert forwarded from one tool to
-- another, duplicate_of set by the job) is left out in favour of the earlier one (DESIGN.md §4).
CREATE OR REPLACE TEMP VIEW alerts AS
SELECT *
FROM events
WHERE kind = 'ALERT'
  AND duplicate_of IS NULL;
