-- The postmortems table of docs/warehouse.md, column for column (see events.sql for the timestamp type).
CREATE TABLE fixture_postmortems (
    event_id VARCHAR, title VARCHAR, source_file VARCHAR, created_at TIMESTAMPTZ, incident_refs VARCHAR[],
    summary VARCHAR, impact VARCHAR, duration VARCHAR, root_cause_text VARCHAR, trigger VARCHAR,
    resolution VARCHAR, detection VARCHAR, lessons VARCHAR,
    action_items STRUCT(text VARCHAR, owner VARCHAR, type VARCHAR, status VARCHAR)[],
    root_cause VARCHAR, root_cause_evidence VARCHAR
);
