-- The last instant of the report's period (inclusive), in epoch microseconds; NULL leaves it open.
SET VARIABLE period_to = make_timestamp(CAST(? AS BIGINT));
