-- alerts.csv: every alert of the period, cross-source copies included (duplicate_of says which original they
-- repeat), oldest first, with every verdict, its reason and evidence: what a reviewer turns into an overrides file.
-- Instants are ISO-8601 UTC; local_band and page are those of filtered-rows.sql.
-- Written by DuckDB itself (UTF-8, \n line ends, NULL as an empty cell), streaming and in parallel: millions of
-- alerts would take minutes row by row through JDBC. Text from the exports goes through csv_text
-- (csv-text-macro.sql), so a spreadsheet cannot take a cell for a formula. The one parameter is the file.
-- Each row is rendered into one line before the sort, every field quoted as DuckDB's CSV writer quotes it (RFC 4180,
-- csv_field in csv-field-macro.sql), and the lines are written unquoted (QUOTE ''; the delimiter never comes into
-- play with one column), under a header that is that column's name. The sort moves every column of every row, and
-- one text per alert moves cheaper than 37 columns: over ten million alerts the export took about 45 s of CPU
-- instead of 54 (bench/reports). The file is byte for byte the one DuckDB's writer made from the 37 columns.
COPY (
    SELECT concat(csv_field(event_id), ',', csv_field(source), ',', csv_field(source_id), ',',
                  csv_field(source_number), ',', csv_field(created_at), ',', csv_field(service), ',',
                  csv_field(team), ',', csv_field(queue), ',', csv_field(title), ',', csv_field(fingerprint), ',',
                  csv_field(dedup_key), ',', csv_field(severity), ',', csv_field(source_severity), ',',
                  csv_field(priority), ',', csv_field(urgency), ',', csv_field(page), ',', csv_field(hour_band), ',',
                  csv_field(actionability), ',', csv_field(actionability_reason), ',', csv_field(repeated), ',',
                  csv_field(flapping), ',', csv_field(duplicate_of), ',', csv_field(root_cause), ',',
                  csv_field(root_cause_source), ',', csv_field(root_cause_confidence), ',',
                  csv_field(root_cause_evidence), ',', csv_field(significant), ',', csv_field(incident_ref), ',',
                  csv_field(human_acknowledged), ',', csv_field(auto_resolved), ',', csv_field(resolve_reason), ',',
                  csv_field(seconds_to_ack), ',', csv_field(seconds_to_resolve), ',', csv_field(overridden), ',',
                  csv_field(runbook_url), ',', csv_field(html_url), ',', csv_field(source_file))
               AS "event_id,source,source_id,source_number,created_at,service,team,queue,title,fingerprint,dedup_key,severity,source_severity,priority,urgency,page,hour_band,actionability,actionability_reason,repeated,flapping,duplicate_of,root_cause,root_cause_source,root_cause_confidence,root_cause_evidence,significant,incident_ref,human_acknowledged,auto_resolved,resolve_reason,seconds_to_ack,seconds_to_resolve,overridden,runbook_url,html_url,source_file"
    FROM (
        -- The cells as text, each computed once (csv_field mentions its argument several times). Numbers and
        -- booleans are cast as DuckDB's writer casts them.
        SELECT date_trunc('second', created_at) AS created_second,
               csv_text(event_id) AS event_id, csv_text(source) AS source, csv_text(source_id) AS source_id,
               csv_text(source_number) AS source_number,
               strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at,
               csv_text(service) AS service, csv_text(team) AS team, csv_text(queue) AS queue,
               csv_text(title) AS title, csv_text(fingerprint) AS fingerprint, csv_text(dedup_key) AS dedup_key,
               severity, csv_text(source_severity) AS source_severity, csv_text(priority) AS priority,
               csv_text(urgency) AS urgency, CAST(is_page AS VARCHAR) AS page, local_band AS hour_band,
               actionability, csv_text(actionability_reason) AS actionability_reason,
               CAST(repeated AS VARCHAR) AS repeated, CAST(flapping AS VARCHAR) AS flapping,
               csv_text(duplicate_of) AS duplicate_of,
               csv_text(root_cause) AS root_cause, csv_text(root_cause_source) AS root_cause_source,
               CAST(root_cause_confidence AS VARCHAR) AS root_cause_confidence,
               csv_text(root_cause_evidence) AS root_cause_evidence,
               CAST(significant AS VARCHAR) AS significant, csv_text(incident_ref) AS incident_ref,
               CAST(human_acknowledged AS VARCHAR) AS human_acknowledged,
               CAST(auto_resolved AS VARCHAR) AS auto_resolved, csv_text(resolve_reason) AS resolve_reason,
               CAST(seconds_to_ack AS VARCHAR) AS seconds_to_ack,
               CAST(seconds_to_resolve AS VARCHAR) AS seconds_to_resolve,
               CAST(overridden AS VARCHAR) AS overridden, csv_text(runbook_url) AS runbook_url,
               csv_text(html_url) AS html_url, csv_text(source_file) AS source_file
        -- The period's alerts as the events view (period-events.sql) holds them, read from the files rather than
        -- from filtered_events, which leaves out the columns only this file prints.
        FROM filtered_rows
        WHERE kind = 'ALERT' AND in_period(created_at)
    )
    -- Oldest first by the printed second, then by the printed id: the order of the text as printed, sorted on an
    -- 8-byte timestamp rather than the 20-character string.
    ORDER BY created_second, event_id
) TO ? (FORMAT CSV, HEADER true, DELIMITER ',', QUOTE '', ESCAPE '');
