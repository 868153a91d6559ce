-- The span of the postmortems' dates: first and last created_at over every dated postmortem of the warehouse,
-- in epoch microseconds (NULL when none is dated). The default period when the warehouse has no events.
SELECT epoch_us(min(created_at)) AS first_us,
       epoch_us(max(created_at)) AS last_us
FROM warehouse_postmortems;
