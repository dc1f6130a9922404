-- The baseline for the daily escalation run: one set-based query that finds every unexcused
-- streak including business day :d, with its length in school days. Run as the superuser
-- (no row-level security) with psql -v d=YYYY-MM-DD; the benchmark times it.
--
-- A streak continues from one unexcused day to the next exactly when the next is the first
-- school day after the previous one (the engine's calendar.plusSchoolDays(previous, 1)), so
-- weekends, holidays and closures neither count nor break a streak, and any school day
-- without an unexcused row breaks it. School days follow the engine's SchoolCalendar: office
-- working days (weekdays that are not holidays, plus make-up workdays) inside one of the
-- school's semesters (or after its last semester, or any working day if it has none), less
-- its own and its county's closures. Like the engine, it looks back 200 days.
--
-- Only the students absent on :d are read (one probe of attendance_day per school, then each
-- student's rows by primary key); the "first school day after" test looks at a day or two per
-- pair of absences. Every step is an index probe or runs on a few thousand rows, so the plan
-- does not depend on statistics knowing about :d (they usually do not, right after the import).
WITH absent_today AS (
    SELECT a.tenant_id, a.student_id, s.county
    FROM school s JOIN attendance a ON a.tenant_id = s.id AND a.day = :'d'::date
    WHERE a.status = 'UNEXCUSED'
), absences AS (
    SELECT t.tenant_id, t.student_id, t.county, a.day,
           lag(a.day) OVER (PARTITION BY t.tenant_id, t.student_id ORDER BY a.day) AS previous,
           (SELECT max(m.last_day) FROM semester m WHERE m.tenant_id = t.tenant_id) AS last_known
    FROM absent_today t
    JOIN attendance a ON a.tenant_id = t.tenant_id AND a.student_id = t.student_id
    WHERE a.status = 'UNEXCUSED' AND a.day BETWEEN :'d'::date - 200 AND :'d'::date
), marked AS (
    SELECT b.tenant_id, b.student_id, b.day,
           b.previous IS NULL OR b.day IS DISTINCT FROM (
               -- the first school day after the previous absence (days in order, first match)
               SELECT g.x::date
               FROM generate_series(b.previous + 1, b.day, interval '1 day') g(x)
               WHERE ((extract(isodow FROM g.x) < 6
                       AND NOT EXISTS (SELECT FROM office_calendar_day o WHERE o.day = g.x::date AND o.kind = 'HOLIDAY'))
                      OR EXISTS (SELECT FROM office_calendar_day o WHERE o.day = g.x::date AND o.kind = 'MAKE_UP_WORKDAY'))
                 AND (b.last_known IS NULL OR g.x::date > b.last_known
                      OR EXISTS (SELECT FROM semester m WHERE m.tenant_id = b.tenant_id
                                                          AND g.x::date BETWEEN m.first_day AND m.last_day))
                 AND NOT EXISTS (SELECT FROM school_closure c WHERE c.tenant_id = b.tenant_id AND c.day = g.x::date)
                 AND NOT EXISTS (SELECT FROM county_closure c WHERE c.county = b.county AND c.day = g.x::date)
               LIMIT 1) AS starts_streak
    FROM absences b
), numbered AS (
    SELECT m.*, count(*) FILTER (WHERE starts_streak)
                    OVER (PARTITION BY tenant_id, student_id ORDER BY day) AS streak
    FROM marked m
)
SELECT tenant_id, student_id, min(day) AS started_on, max(day) AS last_absent_on, count(*) AS school_days
FROM numbered
GROUP BY tenant_id, student_id, streak
HAVING max(day) = :'d'::date
