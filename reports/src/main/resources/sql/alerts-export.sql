-- alerts.csv: every alert of the period, cross-source copies included (duplicate_of says which original they
-- repeat), oldest first, with every verdict, its reason and evidence: what a reviewer turns into an overrides file.
-- Instants are ISO-8601 UTC; local_band and page are computed as in filtered-events.sql.
SELECT event_id, source, source_id, source_number,
       strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at,
       service, team, queue, title, fingerprint, dedup_key,
       severity, source_severity, priority, urgency, is_page AS page, local_band AS hour_band,
       actionability, actionability_reason, repeated, flapping, duplicate_of,
       root_cause, root_cause_source, root_cause_confidence, root_cause_evidence,
       significant, incident_ref, human_acknowledged, auto_resolved, resolve_reason,
       seconds_to_ack, seconds_to_resolve, overridden, runbook_url, html_url, source_file
FROM events
WHERE kind = 'ALERT'
ORDER BY created_at, event_id;
