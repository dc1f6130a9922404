-- A year of case history for one county of the bench data set (deploy/bench/county-picture/run),
-- so that the county picture's trends, re-enrolments and closed cases are not empty and its
-- statements read a year's rows, not a fortnight's. The bench run leaves the county with the
-- cases the engine opened over the last two weeks (its catch-up run of D−1 and the daily run of
-- D) and their duties. Here each of those cases is copied into each of the past 11 months but
-- July and August (summer: no school days), shifted back by whole months, closed 20–60 days after
-- it opened (before D), with copies of its events and of its duties (done); 40 % of the dropout
-- (中輟) copies get a 復學 event (RE_ENROLLED) 10–40 days after opening. Of the open cases, 25 %
-- move on to 已通報 (REPORTED), 10 % to 追蹤輔導 (FOLLOW_UP) and 5 % of the dropouts to 已復學 (with
-- their RE_ENROLLED event), so the states table has more than one column.
-- As the superuser, rows consistent by construction (the foreign-key and filing triggers skipped,
-- as in generate.sql; each copied case gets its record_owner row as the trigger would write it).
-- Copies get ids above 10^8 (cases) or 10^9 (events, duties): clear of the identities in use.
-- Variables: county, today, dropouts (array literal).
SET client_min_messages = warning;
SET search_path = huixiao, bench, public;
SET work_mem = '256MB';
SET synchronous_commit = off;
SET jit = off;
SELECT setseed(0.2027);
BEGIN;
SET LOCAL session_replication_role = replica;

CREATE TEMP TABLE shift ON COMMIT DROP AS
SELECT k FROM generate_series(1, 11) k
WHERE extract(month FROM :'today'::date - make_interval(months => k)) NOT IN (7, 8);

CREATE TEMP TABLE h_case ON COMMIT DROP AS
SELECT c.*, s.k AS shift_k, c.id AS source_id
FROM student_case c JOIN school sc ON sc.id = c.tenant_id CROSS JOIN shift s
WHERE sc.county = :'county' AND c.id < 100000000;

UPDATE h_case SET
    id = source_id + shift_k * 100000000::bigint,
    opened_on = (opened_on - make_interval(months => shift_k))::date,
    opened_at = opened_at - make_interval(months => shift_k),
    recorded_at = recorded_at - make_interval(months => shift_k),
    status = 'CLOSED', state = 'CLOSED',
    closed_at = least(opened_at - make_interval(months => shift_k) + make_interval(days => 20 + (random() * 40)::int),
                      (:'today'::date - 1)::timestamp AT TIME ZONE 'Asia/Taipei'),
    closing_note = '結案（模擬歷史資料）';
UPDATE h_case SET state_since = closed_at;

CREATE TEMP TABLE h_event ON COMMIT DROP AS
SELECT e.*, h.shift_k, h.id AS new_case
FROM case_event e JOIN h_case h ON h.tenant_id = e.tenant_id AND h.source_id = e.case_id;
UPDATE h_event SET id = id + shift_k * 1000000000::bigint, case_id = new_case,
    occurred_at = occurred_at - make_interval(months => shift_k),
    recorded_at = recorded_at - make_interval(months => shift_k);

CREATE TEMP TABLE h_task ON COMMIT DROP AS
SELECT t.*, h.shift_k, h.id AS new_case
FROM case_task t JOIN h_case h ON h.tenant_id = t.tenant_id AND h.source_id = t.case_id;
UPDATE h_task SET id = id + shift_k * 1000000000::bigint, case_id = new_case, episode_id = NULL,
    task_key = task_key || '#history-' || shift_k,
    arose_at = arose_at - make_interval(months => shift_k),
    recorded_at = recorded_at - make_interval(months => shift_k),
    earliest_on = (earliest_on - make_interval(months => shift_k))::date,
    due_on = (due_on - make_interval(months => shift_k))::date,
    due_at = due_at - make_interval(months => shift_k),
    status = CASE WHEN status = 'OPEN' THEN 'DONE' ELSE status END,
    completed_at = coalesce(completed_at - make_interval(months => shift_k),
                            arose_at - make_interval(months => shift_k) + interval '1 day');

ALTER TABLE h_case DROP COLUMN shift_k, DROP COLUMN source_id;
ALTER TABLE h_event DROP COLUMN shift_k, DROP COLUMN new_case;
ALTER TABLE h_task DROP COLUMN shift_k, DROP COLUMN new_case;
INSERT INTO student_case OVERRIDING SYSTEM VALUE SELECT * FROM h_case;
INSERT INTO record_owner (record_type, record_id, owner_school_id) SELECT 'CASE', id, tenant_id FROM h_case;
INSERT INTO case_event OVERRIDING SYSTEM VALUE SELECT * FROM h_event;
INSERT INTO case_task OVERRIDING SYSTEM VALUE SELECT * FROM h_task;

-- 復學 of 40 % of the dropout copies.
INSERT INTO case_event (tenant_id, case_id, event, occurred_at, note, recorded_at)
SELECT tenant_id, id, 'RE_ENROLLED', opened_at + make_interval(days => 10 + (random() * 30)::int), '復學（模擬）',
       opened_at + make_interval(days => 10 + (random() * 30)::int)
FROM h_case WHERE category_id = ANY(:'dropouts'::text[]) AND random() < 0.4;

-- Open cases moving on.
CREATE TEMP TABLE moved ON COMMIT DROP AS
SELECT c.tenant_id, c.id, c.category_id = ANY(:'dropouts'::text[]) AS dropout, random() AS r
FROM student_case c JOIN school sc ON sc.id = c.tenant_id
WHERE sc.county = :'county' AND c.status = 'OPEN';
UPDATE student_case c SET state = CASE WHEN m.dropout AND m.r < 0.05 THEN 'RE_ENROLLED'
                                       WHEN m.r < 0.30 THEN 'REPORTED' ELSE 'FOLLOW_UP' END,
       state_since = (:'today'::date - 1)::timestamp AT TIME ZONE 'Asia/Taipei'
FROM moved m WHERE m.tenant_id = c.tenant_id AND m.id = c.id AND (m.r < 0.40 OR (m.dropout AND m.r < 0.05));
INSERT INTO case_event (tenant_id, case_id, event, occurred_at, note, recorded_at)
SELECT tenant_id, id, 'RE_ENROLLED', (:'today'::date - 1)::timestamp AT TIME ZONE 'Asia/Taipei', '復學（模擬）',
       (:'today'::date - 1)::timestamp AT TIME ZONE 'Asia/Taipei'
FROM moved WHERE dropout AND r < 0.05;

CREATE TABLE bench.county_history AS
SELECT :'county'::text AS county, (SELECT count(*) FROM h_case) AS cases, (SELECT count(*) FROM h_event) AS events,
       (SELECT count(*) FROM h_task) AS duties, (SELECT count(*) FROM moved WHERE r < 0.40) AS moved_on;
COMMIT;
