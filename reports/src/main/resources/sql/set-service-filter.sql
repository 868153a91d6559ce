-- The services the report is narrowed to, as a JSON array of names; NULL keeps every service.
SET VARIABLE filter_services = from_json(CAST(? AS JSON), '["VARCHAR"]');
