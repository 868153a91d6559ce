-- The zone people read the report in (an IANA id or an offset): hour bands, weekdays and on-call shifts are
-- computed in it from created_at; buckets and the period stay UTC.
SET VARIABLE report_tz = CAST(? AS VARCHAR);
