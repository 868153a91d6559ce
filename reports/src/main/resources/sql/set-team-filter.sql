-- The teams the report is narrowed to, as a JSON array of names; NULL keeps every team.
SET VARIABLE filter_teams = from_json(CAST(? AS JSON), '["VARCHAR"]');
