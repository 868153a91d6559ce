-- The events that pass the --service / --team filters with the columns the analyses read, the report's hour bands,
-- page flag and response minutes among them (filtered_rows, filtered-rows.sql).
-- A table, not a view: read from Parquet once and localised once, then every analysis (some thirty queries) scans
-- memory instead of the files. Columns no analysis reads are left out to keep it small: those only alerts.csv
-- prints (dedup_key, priority, source_severity, actionability_reason, ...), which alerts-export.sql reads from the
-- files itself, and the raw columns behind ack_minutes, resolve_minutes and has_runbook. Copying them in cost a
-- quarter of this table's time over ten million events, more than alerts.csv spends reading them again. A lambda
-- rather than EXCLUDE, because EXCLUDE fails on a column that files of another job version do not have.
CREATE OR REPLACE TEMP TABLE filtered_events AS
SELECT COLUMNS(lambda c: c NOT IN ('description', 'tags', 'status', 'updated_at', 'acknowledged_by', 'resolved_by',
                                  'escalations', 'notifications', 'occurrences', 'alert_count', 'hour_band',
                                  'dedup_key', 'priority', 'source_severity', 'actionability_reason',
                                  'root_cause_confidence', 'human_acknowledged', 'resolve_reason', 'source_file',
                                  'runbook_url', 'acknowledged_at', 'resolved_at', 'seconds_to_ack',
                                  'seconds_to_resolve'))
FROM filtered_rows;
