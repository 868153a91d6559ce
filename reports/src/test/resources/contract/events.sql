-- The events table of docs/warehouse.md, column for column, as the test writes it to Parquet. Timestamps are
-- TIMESTAMPTZ because DuckDB writes those as Parquet TIMESTAMP(isAdjustedToUTC=true, MICROS), which is what
-- the Flink job commits. Kept apart from the report's own SQL on purpose: this is the contract's side.
CREATE TABLE fixture_events (
    event_id VARCHAR, kind VARCHAR, source VARCHAR, source_id VARCHAR, source_number VARCHAR,
    title VARCHAR, description VARCHAR, fingerprint VARCHAR, dedup_key VARCHAR,
    service VARCHAR, team VARCHAR, queue VARCHAR, priority VARCHAR, urgency VARCHAR, status VARCHAR,
    tags VARCHAR[], runbook_url VARCHAR, html_url VARCHAR,
    created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ, acknowledged_at TIMESTAMPTZ, resolved_at TIMESTAMPTZ,
    acknowledged_by VARCHAR, resolved_by VARCHAR, human_acknowledged BOOLEAN, auto_resolved BOOLEAN,
    resolve_reason VARCHAR, escalations INTEGER, notifications INTEGER, occurrences INTEGER, alert_count INTEGER,
    severity VARCHAR, source_severity VARCHAR, significant BOOLEAN,
    actionability VARCHAR, actionability_reason VARCHAR, repeated BOOLEAN, flapping BOOLEAN,
    duplicate_of VARCHAR, root_cause VARCHAR, root_cause_source VARCHAR, root_cause_evidence VARCHAR,
    root_cause_confidence DOUBLE, incident_ref VARCHAR, seconds_to_ack BIGINT, seconds_to_resolve BIGINT,
    hour_band VARCHAR, overridden BOOLEAN, truncated BOOLEAN, source_file VARCHAR
);
