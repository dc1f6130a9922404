-- The SQL floor of the county picture (issue 20 §1): the same aggregates as CountyPictureStore,
-- for one county, as plain SQL by the superuser (no row-level security — the tables FORCE it, so
-- even their owner role would read nothing unbound —, no county binding, no Java): the schools'
-- table (here summed to the county's totals, which the run compares with the service's answer),
-- open cases by category and state, overdue duties by ladder step and the twelve months.
-- Variables: county, dropouts, longabsence, reports (array literals such as '{TW-DROPOUT}'),
-- semester_start, today, now.
WITH sc AS (SELECT id, moe_code, name, district, level, remote_area FROM huixiao.school WHERE county = :'county'),
st AS (SELECT s.tenant_id, count(*) AS n FROM huixiao.student s JOIN sc ON sc.id = s.tenant_id
       WHERE s.enrolment_status = 'ENROLLED' GROUP BY s.tenant_id),
kc AS (SELECT k.tenant_id,
              count(*) FILTER (WHERE k.state <> 'CLOSED') AS open,
              count(*) FILTER (WHERE k.category_id = ANY(:'dropouts'::text[])
                               AND k.opened_on BETWEEN :'semester_start'::date AND :'today'::date) AS dropouts,
              count(*) FILTER (WHERE k.category_id = ANY(:'dropouts'::text[]) AND EXISTS (SELECT 1 FROM huixiao.case_event e
                               WHERE e.tenant_id = k.tenant_id AND e.case_id = k.id AND e.event = 'RE_ENROLLED'
                               AND e.occurred_at >= (:'semester_start'::date)::timestamp AT TIME ZONE 'Asia/Taipei')) AS re_enrolled,
              count(*) FILTER (WHERE k.category_id = ANY(:'longabsence'::text[]) AND k.state <> 'CLOSED') AS long_absence
       FROM huixiao.student_case k JOIN sc ON sc.id = k.tenant_id GROUP BY k.tenant_id),
tc AS (SELECT t.tenant_id, count(*) AS overdue, count(*) FILTER (WHERE t.produces = ANY(:'reports'::text[])) AS reports
       FROM huixiao.case_task t JOIN sc ON sc.id = t.tenant_id
       WHERE t.status = 'OPEN' AND ((t.due_kind IN ('DATE', 'WINDOW') AND t.due_on < :'today'::date)
             OR (t.due_kind = 'TIME' AND t.due_at < :'now'::timestamptz))
       GROUP BY t.tenant_id)
SELECT count(*), sum(coalesce(st.n, 0)), sum(coalesce(kc.open, 0)), sum(coalesce(kc.dropouts, 0)),
       sum(coalesce(kc.re_enrolled, 0)), sum(coalesce(kc.long_absence, 0)), sum(coalesce(tc.overdue, 0)),
       sum(coalesce(tc.reports, 0))
FROM sc LEFT JOIN st ON st.tenant_id = sc.id LEFT JOIN kc ON kc.tenant_id = sc.id LEFT JOIN tc ON tc.tenant_id = sc.id;

SELECT k.category_id, k.state, count(*) FROM huixiao.student_case k JOIN huixiao.school sc ON sc.id = k.tenant_id
WHERE sc.county = :'county' AND k.state <> 'CLOSED' GROUP BY k.category_id, k.state \g /dev/null

SELECT t.rule_id, count(*) FROM huixiao.case_task t JOIN huixiao.school sc ON sc.id = t.tenant_id
WHERE sc.county = :'county' AND t.status = 'OPEN' AND ((t.due_kind IN ('DATE', 'WINDOW') AND t.due_on < :'today'::date)
      OR (t.due_kind = 'TIME' AND t.due_at < :'now'::timestamptz)) GROUP BY t.rule_id \g /dev/null

WITH m AS (SELECT d::date AS start FROM generate_series(date_trunc('month', :'today'::date) - interval '11 months',
                                                        date_trunc('month', :'today'::date), interval '1 month') d),
k AS (SELECT k.opened_on, k.closed_at, k.category_id = ANY(:'dropouts'::text[]) AS dropout
      FROM huixiao.student_case k JOIN huixiao.school sc ON sc.id = k.tenant_id WHERE sc.county = :'county')
SELECT m.start,
       (SELECT count(*) FROM k WHERE k.opened_on >= m.start AND k.opened_on < m.start + interval '1 month'),
       (SELECT count(*) FROM k WHERE k.dropout AND k.opened_on >= m.start AND k.opened_on < m.start + interval '1 month'),
       (SELECT count(*) FROM k WHERE k.opened_on < m.start + interval '1 month' AND (k.closed_at IS NULL
            OR k.closed_at >= (m.start + interval '1 month')::timestamp AT TIME ZONE 'Asia/Taipei'))
FROM m ORDER BY m.start \g /dev/null
