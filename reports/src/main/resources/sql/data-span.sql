-- The span of the data: first and last created_at over every event of the warehouse, in epoch
-- microseconds (NULL when empty). The default period, so that the report never depends on the wall clock.
SELECT epoch_us(min(created_at)) AS first_us,
       epoch_us(max(created_at)) AS last_us
FROM warehouse_events;
