-- The baseline for the daily escalation run: one set-based query that finds every unexcused
-- streak including business day :d, with its length in school days. Run as the superuser
-- (no row-level security) with psql -v d=YYYY-MM-DD; the benchmark times it.
--
-- School days follow the engine's SchoolCalendar exactly: office working days (weekdays that
-- are not holidays, plus make-up workdays) inside one of the school's semesters (or after its
-- last semester, or any working day if it has none), less its own and its county's closures.
-- Weekends, holidays and closures neither count nor break a streak; any other school day
-- without an unexcused row breaks it. The engine looks back 200 days; so does this query.
WITH absent_today AS (
    -- one probe of attendance_day (tenant_id, day) per school
    SELECT a.tenant_id, a.student_id
    FROM school s JOIN attendance a ON a.tenant_id = s.id AND a.day = :'d'::date
    WHERE a.status = 'UNEXCUSED'
), office_day AS (
    SELECT g.day::date AS day
    FROM generate_series(:'d'::date - 200, :'d'::date, interval '1 day') g(day)
    WHERE (extract(isodow FROM g.day) < 6
           AND NOT EXISTS (SELECT FROM office_calendar_day o WHERE o.day = g.day::date AND o.kind = 'HOLIDAY'))
       OR EXISTS (SELECT FROM office_calendar_day o WHERE o.day = g.day::date AND o.kind = 'MAKE_UP_WORKDAY')
), school_terms AS (
    SELECT s.id AS tenant_id, s.county, max(m.last_day) AS last_known
    FROM school s LEFT JOIN semester m ON m.tenant_id = s.id
    WHERE s.id IN (SELECT tenant_id FROM absent_today)
    GROUP BY s.id, s.county
), term_day AS (
    -- working days inside a semester (semesters never overlap) ...
    SELECT t.tenant_id, t.county, o.day
    FROM school_terms t
    JOIN semester m ON m.tenant_id = t.tenant_id
    JOIN office_day o ON o.day BETWEEN m.first_day AND m.last_day
    UNION ALL
    -- ... or after the last one entered, or any working day for a school without semesters
    SELECT t.tenant_id, t.county, o.day
    FROM school_terms t JOIN office_day o ON t.last_known IS NULL OR o.day > t.last_known
), school_day AS (
    SELECT d.tenant_id, d.day, row_number() OVER (PARTITION BY d.tenant_id ORDER BY d.day) AS ord
    FROM term_day d
    WHERE NOT EXISTS (SELECT FROM school_closure x WHERE x.tenant_id = d.tenant_id AND x.day = d.day)
      AND NOT EXISTS (SELECT FROM county_closure x WHERE x.county = d.county AND x.day = d.day)
), islands AS (
    -- gaps and islands: along consecutive school days, ord - row_number stays constant
    SELECT a.tenant_id, a.student_id, a.day,
           sd.ord - row_number() OVER (PARTITION BY a.tenant_id, a.student_id ORDER BY a.day) AS island
    FROM absent_today t
    JOIN attendance a ON a.tenant_id = t.tenant_id AND a.student_id = t.student_id
    JOIN school_day sd ON sd.tenant_id = a.tenant_id AND sd.day = a.day
    WHERE a.status = 'UNEXCUSED' AND a.day BETWEEN :'d'::date - 200 AND :'d'::date
)
SELECT tenant_id, student_id, min(day) AS started_on, max(day) AS last_absent_on, count(*) AS school_days
FROM islands
GROUP BY tenant_id, student_id, island
HAVING max(day) = :'d'::date
