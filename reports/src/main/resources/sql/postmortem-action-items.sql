-- Every action item of the period's postmortems in document order, with the same done / open / overdue rule
-- as postmortems.sql. Parameter: the age in days after which open items are overdue.
SELECT postmortems.event_id AS postmortem_id,
       i.position,
       i.item.text AS text,
       i.item.owner AS owner,
       i.item.type AS type,
       i.item.status AS status,
       coalesce(NOT regexp_matches(lower(i.item.status), '\b(done|complete|completed|closed|fixed|resolved)\b')
                AND postmortems.created_at <= getvariable('period_to') - to_days(CAST(? AS INTEGER)), false)
           AS overdue
FROM postmortems, unnest(postmortems.action_items) WITH ORDINALITY AS i(item, position)
ORDER BY postmortems.created_at NULLS LAST, postmortems.event_id, i.position;
