-- The period's postmortems, newest first (undated ones last), with their action items counted: done (a status saying done,
-- complete(d), closed, fixed or resolved), open (any other status), and overdue: open while the postmortem is at
-- least ? days older than the period's end (a postmortem's items carry no due date, so its age stands in).
-- Items without a status are neither open nor done. Parameter: the age in days after which open items are overdue.
WITH items AS (
    SELECT postmortems.event_id, item.status,
           regexp_matches(lower(item.status), '\b(done|complete|completed|closed|fixed|resolved)\b') AS done
    FROM postmortems, unnest(postmortems.action_items) AS i(item)
),
-- the events each postmortem names (postmortem-references.sql, a view of four joins: read once here) and the
-- longest time one took to resolve: a write-up that gives no duration is still placed by the incident's own record
named AS (
    SELECT r.postmortem_id, count(*) AS incidents, max(e.resolve_minutes) AS resolve_minutes
    FROM postmortem_references r JOIN filtered_events e ON e.event_id = r.event_id
    GROUP BY r.postmortem_id
)
SELECT postmortems.event_id,
       postmortems.title,
       epoch_us(postmortems.created_at) AS created_us,
       postmortems.impact,
       postmortems.duration,
       coalesce(named.incidents, 0) AS named_incidents,
       named.resolve_minutes AS named_resolve_minutes,
       postmortems.root_cause_text,
       postmortems.root_cause,
       postmortems.source_file,
       (SELECT count(*) FROM items WHERE items.event_id = postmortems.event_id) AS action_items,
       (SELECT count(*) FROM items WHERE items.event_id = postmortems.event_id AND items.done) AS done,
       (SELECT count(*) FROM items WHERE items.event_id = postmortems.event_id AND NOT items.done) AS open,
       CASE WHEN postmortems.created_at <= getvariable('period_to') - to_days(CAST(? AS INTEGER))
            THEN (SELECT count(*) FROM items WHERE items.event_id = postmortems.event_id AND NOT items.done)
            ELSE 0 END AS overdue
FROM postmortems
LEFT JOIN named ON named.postmortem_id = postmortems.event_id
ORDER BY postmortems.created_at DESC NULLS LAST, postmortems.event_id;
