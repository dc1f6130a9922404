-- The statements CountyPictureService.picture() issues for the whole county (no filter), in the
-- order it issues them and with the text of CountyPictureStore (tw.huixiao.platform.infrastructure.
-- overview), run by the APPLICATION role in one read-only transaction bound to the county exactly
-- as TenantBoundEntityManager.bindCounty binds it: row-level security (V34's county_read policies,
-- OR'd with each table's tenant_isolation) decides what is read. Keep in step with the store.
-- Variables: county, dropouts, longabsence, reports (array literals such as '{TW-DROPOUT}'),
-- semester_start, today, now, month_from.
BEGIN READ ONLY;
SELECT set_config('app.county', :'county', true) \g /dev/null
SELECT set_config('search_path', 'huixiao', true) \g /dev/null

-- CountyPictureStore.schools (each school's numbers read per school: CROSS JOIN LATERAL)
WITH sc AS (SELECT id, moe_code, name, district, level, remote_area FROM school WHERE county = :'county'
    AND county = current_county() AND (CAST(NULL AS text) IS NULL OR district = NULL)
    AND (CAST(NULL AS text) IS NULL OR level = NULL) AND (CAST(NULL AS boolean) IS NULL OR remote_area = NULL)
    AND (CAST(NULL AS bigint) IS NULL OR id = NULL))
SELECT sc.id, sc.moe_code, sc.name, sc.district, sc.level, sc.remote_area, st.n, kc.open, kc.dropouts, kc.re_enrolled,
       kc.long_absence, tc.overdue, tc.reports FROM sc
CROSS JOIN LATERAL (SELECT count(*) AS n FROM student s WHERE s.tenant_id = sc.id AND s.enrolment_status = 'ENROLLED') st
CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE k.state <> 'CLOSED') AS open,
              count(*) FILTER (WHERE (k.category_id = ANY(:'dropouts'::text[])
                               AND k.opened_on BETWEEN :'semester_start'::date AND :'today'::date)) AS dropouts,
              count(*) FILTER (WHERE (k.category_id = ANY(:'dropouts'::text[]) AND EXISTS (SELECT 1 FROM case_event e
                               WHERE e.tenant_id = k.tenant_id AND e.case_id = k.id AND e.event = 'RE_ENROLLED'
                               AND e.occurred_at >= (:'semester_start'::date)::timestamp AT TIME ZONE 'Asia/Taipei'))) AS re_enrolled,
              count(*) FILTER (WHERE (k.category_id = ANY(:'longabsence'::text[]) AND k.state <> 'CLOSED')) AS long_absence
       FROM student_case k WHERE k.tenant_id = sc.id) kc
CROSS JOIN LATERAL (SELECT count(*) AS overdue, count(*) FILTER (WHERE t.produces = ANY(:'reports'::text[])) AS reports
       FROM case_task t WHERE t.tenant_id = sc.id
       AND (t.status = 'OPEN' AND ((t.due_kind IN ('DATE', 'WINDOW') AND t.due_on < :'today'::date)
             OR (t.due_kind = 'TIME' AND t.due_at < :'now'::timestamptz)))) tc
ORDER BY sc.district, sc.moe_code \g :schools_out

-- CountyPictureStore.openByCategoryAndState
WITH sc AS (SELECT id, moe_code, name, district, level, remote_area FROM school WHERE county = :'county'
    AND county = current_county() AND (CAST(NULL AS text) IS NULL OR district = NULL)
    AND (CAST(NULL AS text) IS NULL OR level = NULL) AND (CAST(NULL AS boolean) IS NULL OR remote_area = NULL)
    AND (CAST(NULL AS bigint) IS NULL OR id = NULL))
SELECT k.category_id, k.policy_id, k.policy_version, k.state, count(*) FROM student_case k
JOIN sc ON sc.id = k.tenant_id WHERE k.state <> 'CLOSED'
GROUP BY k.category_id, k.policy_id, k.policy_version, k.state ORDER BY k.category_id, k.state \g /dev/null

-- CountyPictureStore.overdueBySteps
WITH sc AS (SELECT id, moe_code, name, district, level, remote_area FROM school WHERE county = :'county'
    AND county = current_county() AND (CAST(NULL AS text) IS NULL OR district = NULL)
    AND (CAST(NULL AS text) IS NULL OR level = NULL) AND (CAST(NULL AS boolean) IS NULL OR remote_area = NULL)
    AND (CAST(NULL AS bigint) IS NULL OR id = NULL))
SELECT t.rule_id, min(t.duty_zh), min(t.duty_en), count(*) FROM case_task t
JOIN sc ON sc.id = t.tenant_id WHERE (t.status = 'OPEN' AND ((t.due_kind IN ('DATE', 'WINDOW') AND t.due_on < :'today'::date)
      OR (t.due_kind = 'TIME' AND t.due_at < :'now'::timestamptz)))
GROUP BY t.rule_id ORDER BY count(*) DESC, t.rule_id \g /dev/null

-- CountyPictureStore.months
WITH sc AS (SELECT id, moe_code, name, district, level, remote_area FROM school WHERE county = :'county'
    AND county = current_county() AND (CAST(NULL AS text) IS NULL OR district = NULL)
    AND (CAST(NULL AS text) IS NULL OR level = NULL) AND (CAST(NULL AS boolean) IS NULL OR remote_area = NULL)
    AND (CAST(NULL AS bigint) IS NULL OR id = NULL)),
m AS (SELECT d::date AS start FROM generate_series(date_trunc('month', CAST(:'month_from' AS date)),
      date_trunc('month', CAST(:'today' AS date)), interval '1 month') d),
k AS (SELECT k.opened_on, k.closed_at, k.category_id = ANY(:'dropouts'::text[]) AS dropout FROM student_case k
      JOIN sc ON sc.id = k.tenant_id)
SELECT m.start,
  (SELECT count(*) FROM k WHERE k.opened_on >= m.start AND k.opened_on < (m.start + interval '1 month')),
  (SELECT count(*) FROM k WHERE k.dropout AND k.opened_on >= m.start AND k.opened_on < (m.start + interval '1 month')),
  (SELECT count(*) FROM k WHERE k.opened_on < (m.start + interval '1 month') AND (k.closed_at IS NULL
     OR k.closed_at >= (m.start + interval '1 month')::timestamp AT TIME ZONE 'Asia/Taipei'))
FROM m ORDER BY m.start \g /dev/null

-- CountyPictureStore.districts
SELECT DISTINCT district FROM school WHERE county = :'county' ORDER BY district \g /dev/null
COMMIT;
