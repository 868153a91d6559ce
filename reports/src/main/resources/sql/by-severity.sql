-- Alerts of the period per normalised severity.
SELECT count(*) FILTER (WHERE severity = 'SEV1') AS sev1,
       count(*) FILTER (WHERE severity = 'SEV2') AS sev2,
       count(*) FILTER (WHERE severity = 'SEV3') AS sev3,
       count(*) FILTER (WHERE severity = 'SEV4') AS sev4,
       count(*) FILTER (WHERE severity = 'SEV5') AS sev5,
       count(*) FILTER (WHERE severity = 'UNKNOWN') AS unknown
FROM alerts;
