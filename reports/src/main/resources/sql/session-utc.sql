-- Every timestamp the report reads, truncates or prints is UTC, whatever the machine's zone.
SET TimeZone = 'UTC';
