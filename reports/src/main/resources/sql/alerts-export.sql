-- alerts.csv: every alert of the period, cross-source copies included (duplicate_of says which original they
-- repeat), oldest first, with every verdict, its reason and evidence: what a reviewer turns into an overrides file.
-- Instants are ISO-8601 UTC; local_band and page are computed as in filtered-events.sql.
-- Written by DuckDB itself (RFC 4180 quoting, UTF-8, \n line ends, NULL as an empty cell), streaming and in
-- parallel: millions of alerts would take minutes row by row through JDBC. Text from the exports goes through
-- csv_text (csv-text-macro.sql), so a spreadsheet cannot take a cell for a formula. The one parameter is the file.
COPY (
    SELECT csv_text(event_id) AS event_id, csv_text(source) AS source, csv_text(source_id) AS source_id,
           csv_text(source_number) AS source_number,
           strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at,
           csv_text(service) AS service, csv_text(team) AS team, csv_text(queue) AS queue,
           csv_text(title) AS title, csv_text(fingerprint) AS fingerprint, csv_text(dedup_key) AS dedup_key,
           severity, csv_text(source_severity) AS source_severity, csv_text(priority) AS priority,
           csv_text(urgency) AS urgency, is_page AS page, local_band AS hour_band,
           actionability, csv_text(actionability_reason) AS actionability_reason, repeated, flapping,
           csv_text(duplicate_of) AS duplicate_of,
           csv_text(root_cause) AS root_cause, csv_text(root_cause_source) AS root_cause_source,
           root_cause_confidence, csv_text(root_cause_evidence) AS root_cause_evidence,
           significant, csv_text(incident_ref) AS incident_ref, human_acknowledged, auto_resolved,
           csv_text(resolve_reason) AS resolve_reason,
           seconds_to_ack, seconds_to_resolve, overridden, csv_text(runbook_url) AS runbook_url,
           csv_text(html_url) AS html_url, csv_text(source_file) AS source_file
    FROM events
    WHERE kind = 'ALERT'
    -- Oldest first by the printed second, then by the printed id (event_id here names the output column): the
    -- order of the text as printed, sorted on an 8-byte timestamp rather than the 20-character string.
    ORDER BY date_trunc('second', events.created_at), event_id
) TO ? (FORMAT CSV, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"');
