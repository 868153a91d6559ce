-- duration_minutes(text): the minutes a postmortem's written duration states, or NULL when it states none.
-- Postmortems write durations for people: "32 minutes (2022-11-18T15:40:00Z to 2022-11-18T16:12:00Z)",
-- "3 hours 5 minutes", "about 2 hours", "1h 20m", "2 days", "~2 weeks", and in Chinese, Japanese and Korean ("約 58 分",
-- "2 小时", "3시간 20분"), and in the European languages write-ups come in ("45 minutos", "2 Stunden", "3 jours",
-- "1 semana", "5 минут"). Weeks, days, hours and minutes are each read once (the first number before each unit) and
-- added; timestamps and other numbers are not durations. "ms" is no unit. (RE2's \b is ASCII: a Cyrillic unit is read
-- by its stem.)
CREATE OR REPLACE TEMP MACRO duration_minutes(t) AS (
    WITH parts AS (
        SELECT try_cast(regexp_extract(lower(t), '(\d+(?:\.\d+)?)\s*(?:(?:weeks?|wks?|semanas?|semaines?|wochen?|settimane?)\b|недел|週間|周|주)', 1) AS DOUBLE) AS weeks,
               try_cast(regexp_extract(lower(t), '(\d+(?:\.\d+)?)\s*(?:(?:days?|d|tage?n?|d[ií]as?|jours?|giorni|giorno)\b|дн|день|сут|天|일)', 1) AS DOUBLE) AS days,
               try_cast(regexp_extract(lower(t), '(\d+(?:\.\d+)?)\s*(?:(?:hours?|hrs?|h|stunden?|std|horas?|heures?|ore|ora)\b|час|時間|小时|小時|시간)', 1) AS DOUBLE) AS hours,
               try_cast(regexp_extract(lower(t), '(\d+(?:\.\d+)?)\s*(?:(?:minutes?|mins?|m|minuten?|minutos?|minuti)\b|мин|分|분)', 1) AS DOUBLE) AS minutes
    )
    SELECT CASE WHEN weeks IS NULL AND days IS NULL AND hours IS NULL AND minutes IS NULL THEN NULL
                ELSE coalesce(weeks, 0) * 10080 + coalesce(days, 0) * 1440 + coalesce(hours, 0) * 60
                     + coalesce(minutes, 0) END
    FROM parts
);
