-- Events and postmortems of the whole warehouse (not only the period) by the export file that gave them, for each
-- file's duplicates in the reconciliation: a record whose id a later one (of this file or another) replaced is in
-- its file's accepted count but not among its file's rows. Rows, not distinct ids: the warehouse holds each id once
-- (warehouse-distinct.sql counts the ids), and counting rows reads only the file column.
SELECT file, sum(n) AS events
FROM (SELECT source_file AS file, count(*) AS n FROM warehouse_events GROUP BY source_file
      UNION ALL
      SELECT source_file AS file, count(*) AS n FROM warehouse_postmortems GROUP BY source_file)
GROUP BY file;
