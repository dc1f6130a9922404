-- Synthetic national data set for the Huixiao benchmark (deploy/bench/run).
--
-- Run as the PostgreSQL superuser (bypasses row-level security) in the benchmark database,
-- after the server has migrated the schema and seeded the office calendar and demo accounts:
--
--   psql -v seed=0.2026 -v schools=3300 -v students=1700000 -v d=2026-06-30 \
--        -v first_day=2026-02-23 -v last_day=2026-06-30 -f generate.sql
--
-- Everything is set-based (generate_series, random() after setseed), in one session, so the
-- same parameters give the same data. Staging tables live in schema bench; the generated
-- rows are ordinary rows of the huixiao schema, exactly as the application would see them.
--
-- Day :d itself gets no attendance and no roll here: bench.day_d holds that day's
-- non-present rows, which the benchmark imports through the real import path.

\set ON_ERROR_STOP on
\timing off
SET client_min_messages = warning;
SET search_path = huixiao, bench, public;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SET synchronous_commit = off;
SET jit = off;

-- Absence model (per student and semester; see README):
--   leave spells:      8 slots, each taken with p = least(0.9, :p_leave * f_leave),
--                      f_leave ~ Exp(1) per student; 1–5 school days, mean ≈ 1.6
--   unexcused singles: 12 slots, each with p = least(0.9, :p_unex * f_unex), f_unex ~ Exp(1)
--   streaks:           :p_streak of students get one run of 3–20 unexcused school days;
--                      :p_ongoing of those runs reach day :d - 1 (and :p_continue go on on :d)
\if :{?p_leave}
\else
\set p_leave 0.165
\endif
\if :{?p_unex}
\else
\set p_unex 0.027
\endif
\if :{?p_streak}
\else
\set p_streak 0.002
\endif
\if :{?p_ongoing}
\else
\set p_ongoing 0.35
\endif
\if :{?p_continue}
\else
\set p_continue 0.85
\endif
-- Day :d: probability of leave / unexcused for a student (times the same f factors).
\if :{?p_leave_day}
\else
\set p_leave_day 0.0255
\endif
\if :{?p_unex_day}
\else
\set p_unex_day 0.0032
\endif

SELECT setseed(:seed);

DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

SELECT id AS admin_id FROM app_user WHERE username = 'platform-admin' \gset

-- ---------------------------------------------------------------- schools
-- Four counties served by the bundled modules; MOE-style codes (county digits + serial).
CREATE TABLE bench.county (county text PRIMARY KEY, code text, prefix text, weight float8, cum float8,
                           remote_share float8, districts text[]);
INSERT INTO bench.county VALUES
  ('NEW_TAIPEI', '01', '新北市立', 0.35, 0.35, 0.08,
   '{板橋區,三重區,中和區,永和區,新莊區,新店區,土城區,蘆洲區,汐止區,樹林區,鶯歌區,三峽區,淡水區,瑞芳區,烏來區,石碇區,坪林區,平溪區,雙溪區,貢寮區}'),
  ('TAOYUAN', '03', '桃園市立', 0.25, 0.60, 0.08,
   '{桃園區,中壢區,平鎮區,八德區,楊梅區,蘆竹區,大溪區,龜山區,大園區,觀音區,新屋區,龍潭區,復興區}'),
  ('TAINAN', '21', '臺南市立', 0.25, 0.85, 0.20,
   '{東區,南區,北區,安南區,安平區,中西區,永康區,新營區,鹽水區,白河區,柳營區,麻豆區,佳里區,新化區,善化區,南化區,楠西區,玉井區,左鎮區,龍崎區}'),
  ('YUNLIN', '09', '雲林縣立', 0.15, 1.00, 0.30,
   '{斗六市,斗南鎮,虎尾鎮,西螺鎮,土庫鎮,北港鎮,古坑鄉,大埤鄉,莿桐鄉,林內鄉,二崙鄉,崙背鄉,麥寮鄉,東勢鄉,褒忠鄉,臺西鄉,元長鄉,四湖鄉,口湖鄉,水林鄉}');

CREATE TABLE bench.gen_school AS
WITH draw AS (
    SELECT n, random() AS rc, random() AS rl, random() AS rr, random() AS rs, random() AS rd
    FROM generate_series(1, :schools) n
), placed AS (
    SELECT d.*, c.county, c.code, c.prefix, c.districts, c.remote_share,
           CASE WHEN d.rl < 0.78 THEN 'ELEMENTARY' ELSE 'JUNIOR_HIGH' END AS level
    FROM draw d
    JOIN LATERAL (SELECT * FROM bench.county c WHERE d.rc < c.cum ORDER BY c.cum LIMIT 1) c ON true
), sized AS (
    SELECT p.*, p.rr < p.remote_share AS remote,
           CASE WHEN p.rr < p.remote_share THEN 12 + 130 * power(p.rs, 1.5)
                ELSE 30 + 2200 * power(p.rs, 2.6) END AS raw
    FROM placed p
)
SELECT n, county, code, prefix, level, remote,
       districts[1 + floor(rd * array_length(districts, 1))::int] AS district,
       row_number() OVER (PARTITION BY county ORDER BY n) AS serial,
       greatest(8, round(raw * :students / sum(raw) OVER ()))::int AS size
FROM sized;
-- Exactly :students in total: the largest school takes the rounding difference.
UPDATE bench.gen_school SET size = size + (:students - (SELECT sum(size) FROM bench.gen_school))
 WHERE n = (SELECT n FROM bench.gen_school ORDER BY size DESC, n LIMIT 1);

INSERT INTO school (moe_code, name, county, level, district, remote_area, address, phone)
SELECT code || lpad(serial::text, 4, '0'),
       prefix || replace(replace(replace(replace(district, '區', ''), '市', ''), '鎮', ''), '鄉', '')
           || '模擬第' || serial || (CASE level WHEN 'ELEMENTARY' THEN '國民小學' ELSE '國民中學' END),
       county, level, district, remote,
       district || '模擬路 ' || serial || ' 號（虛構）', NULL
FROM bench.gen_school ORDER BY n;

ALTER TABLE bench.gen_school ADD COLUMN id bigint, ADD COLUMN moe_code text;
UPDATE bench.gen_school g SET id = s.id, moe_code = s.moe_code
  FROM school s WHERE s.moe_code = g.code || lpad(g.serial::text, 4, '0');
ALTER TABLE bench.gen_school ADD PRIMARY KEY (id);

-- ---------------------------------------------------------------- classes and students
-- Grades 1–6 (elementary) or 7–9 (junior high), classes of at most 29, school year 114 (Feb–Jun 2026 is 114 學年度 第2學期).
CREATE TABLE bench.gen_class AS
WITH grades AS (
    SELECT g.id AS tenant_id, gr AS grade, g.size,
           CASE g.level WHEN 'ELEMENTARY' THEN 6 ELSE 3 END AS ngrades,
           CASE g.level WHEN 'ELEMENTARY' THEN gr ELSE gr - 6 END AS k
    FROM bench.gen_school g
    CROSS JOIN LATERAL generate_series(CASE g.level WHEN 'ELEMENTARY' THEN 1 ELSE 7 END,
                                       CASE g.level WHEN 'ELEMENTARY' THEN 6 ELSE 9 END) gr
), per_grade AS (
    SELECT tenant_id, grade, size / ngrades + CASE WHEN k <= size % ngrades THEN 1 ELSE 0 END AS n
    FROM grades
), classes AS (
    SELECT tenant_id, grade, n, greatest(1, ceil(n / 29.0))::int AS nclasses FROM per_grade
)
SELECT tenant_id, grade, c AS class_no,
       n / nclasses + CASE WHEN c <= n % nclasses THEN 1 ELSE 0 END AS n
FROM classes CROSS JOIN LATERAL generate_series(1, nclasses) c;

INSERT INTO school_class (tenant_id, school_year, grade, name)
SELECT tenant_id, 114, grade, grade || lpad(class_no::text, 2, '0')
FROM bench.gen_class ORDER BY tenant_id, grade, class_no;

ALTER TABLE bench.gen_class ADD COLUMN class_id bigint;
UPDATE bench.gen_class g SET class_id = c.id FROM school_class c
 WHERE c.tenant_id = g.tenant_id AND c.school_year = 114 AND c.name = g.grade || lpad(g.class_no::text, 2, '0');

-- Masked fictional names (王○明); national-ID bytes are random-looking, unique per school.
-- The rows are consistent by construction: skip the per-row foreign-key triggers for speed.
SET session_replication_role = replica;
INSERT INTO student (tenant_id, national_id_cipher, national_id_index, name, gender, birth_date, grade, class_id,
                     seat_number, indigenous, tribe, single_parent, grandparent_care, new_immigrant,
                     household_income, enrolment_status)
SELECT c.tenant_id,
       sha256(convert_to('cipher/' || c.class_id || '/' || c.seat || '/' || r1, 'UTF8')),
       sha256(convert_to('index/' || c.class_id || '/' || c.seat, 'UTF8')),
       substr('王林陳張黃李吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高', 1 + floor(r1 * 30)::int, 1) || '○'
           || substr('明華志文美玲俊宏淑惠建國雅婷家豪怡君冠宇承恩宥翔品妤子晴柏睿語彤', 1 + floor(r2 * 32)::int, 1),
       CASE WHEN r3 < 0.515 THEN 'M' ELSE 'F' END,
       make_date(2026 - 6 - c.grade, 9, 2) + floor(r4 * 365)::int,
       c.grade, c.class_id, c.seat,
       r5 < CASE WHEN c.remote THEN 0.25 ELSE 0.02 END,
       NULL,
       r6 < 0.12, r6 >= 0.12 AND r6 < 0.18, r7 < 0.08,
       CASE WHEN r7 >= 0.95 THEN 'LOW' WHEN r7 >= 0.85 THEN 'MID_LOW' ELSE 'NONE' END,
       'ENROLLED'
FROM (SELECT c.tenant_id, c.grade, c.class_no, c.class_id, seat, g.remote,
             random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
             random() AS r6, random() AS r7
      FROM bench.gen_class c
      JOIN bench.gen_school g ON g.id = c.tenant_id
      CROSS JOIN LATERAL generate_series(1, c.n) seat
      ORDER BY c.tenant_id, c.grade, c.class_no, seat
      OFFSET 0) c
ORDER BY c.tenant_id, c.grade, c.class_no, c.seat;
SET session_replication_role = origin;

-- ---------------------------------------------------------------- calendar
INSERT INTO semester (tenant_id, school_year, term, first_day, last_day)
SELECT id, 114, 2, :'first_day', :'last_day' FROM bench.gen_school ORDER BY id;

-- Heavy-rain closures (豪雨停課) of two counties, and 1% of schools closed one day of their own.
INSERT INTO county_closure (county, day, reason, announced_by, announced_at)
SELECT c.county, c.day::date, c.reason,
       coalesce((SELECT id FROM app_user WHERE county = c.county ORDER BY id LIMIT 1), :admin_id),
       ((c.day::date - 1) + time '20:00') AT TIME ZONE 'Asia/Taipei'
FROM (VALUES ('YUNLIN', '2026-05-20', '豪雨停課（模擬）'), ('TAINAN', '2026-06-24', '豪雨停課（模擬）')) c(county, day, reason);

-- Office working days in the semester up to :d (weekdays that are not holidays, plus make-up workdays).
CREATE TABLE bench.working_day AS
SELECT g.d::date AS day
FROM generate_series(:'first_day'::date, :'d'::date, interval '1 day') g(d)
WHERE (extract(isodow FROM g.d) < 6
       AND NOT EXISTS (SELECT FROM office_calendar_day o WHERE o.day = g.d::date AND o.kind = 'HOLIDAY'))
   OR EXISTS (SELECT FROM office_calendar_day o WHERE o.day = g.d::date AND o.kind = 'MAKE_UP_WORKDAY');

INSERT INTO school_closure (tenant_id, day, reason, created_by, created_at)
SELECT g.id, w.day, '校慶補假（模擬）', :admin_id, ((w.day - 7) + time '10:00') AT TIME ZONE 'Asia/Taipei'
FROM (SELECT id, random() AS pick, random() AS which FROM bench.gen_school ORDER BY id) g
CROSS JOIN LATERAL (SELECT day FROM bench.working_day
                    WHERE day >= date '2026-03-02' AND day < :'d'::date
                    ORDER BY day OFFSET floor(g.which * (SELECT count(*) FROM bench.working_day
                                                        WHERE day >= date '2026-03-02' AND day < :'d'::date))::int
                    LIMIT 1) w
WHERE g.pick < 0.01;

-- The generator's own list of each school's school days (ord 1 = the semester's first).
CREATE TABLE bench.school_day AS
SELECT g.id AS tenant_id, w.day, row_number() OVER (PARTITION BY g.id ORDER BY w.day)::int AS ord
FROM bench.gen_school g CROSS JOIN bench.working_day w
WHERE NOT EXISTS (SELECT FROM county_closure x WHERE x.county = g.county AND x.day = w.day)
  AND NOT EXISTS (SELECT FROM school_closure x WHERE x.tenant_id = g.id AND x.day = w.day);
ALTER TABLE bench.school_day ADD PRIMARY KEY (tenant_id, ord);

CREATE TABLE bench.school_days AS
SELECT tenant_id, max(ord) FILTER (WHERE day < :'d'::date) AS n_hist, max(ord) FILTER (WHERE day = :'d'::date) AS ord_d
FROM bench.school_day GROUP BY tenant_id;
ALTER TABLE bench.school_days ADD PRIMARY KEY (tenant_id);

-- ---------------------------------------------------------------- attendance before :d
CREATE TABLE bench.gen_student AS
SELECT s.id AS student_id, s.tenant_id, -ln(1 - random()) AS f_leave, -ln(1 - random()) AS f_unex,
       random() AS r_streak
FROM student s JOIN bench.gen_school g ON g.id = s.tenant_id
ORDER BY s.id;

CREATE UNLOGGED TABLE bench.spell AS
-- leave spells
SELECT student_id, tenant_id, 3 AS prio, start_ord,
       CASE WHEN r_len < 0.60 THEN 1 WHEN r_len < 0.85 THEN 2 WHEN r_len < 0.95 THEN 3 WHEN r_len < 0.98 THEN 4 ELSE 5 END
           AS len,
       CASE WHEN r_kind < 0.55 THEN 'SICK_LEAVE' WHEN r_kind < 0.90 THEN 'PERSONAL_LEAVE'
            WHEN r_kind < 0.97 THEN 'OFFICIAL_LEAVE' ELSE 'OTHER_LEAVE' END AS status
FROM (SELECT st.student_id, st.tenant_id, 1 + floor(random() * n.n_hist)::int AS start_ord,
             random() AS r_len, random() AS r_kind
      FROM (SELECT st.*, slot, random() AS r FROM bench.gen_student st CROSS JOIN generate_series(1, 8) slot
            OFFSET 0) st
      JOIN bench.school_days n USING (tenant_id)
      WHERE st.r < least(0.9, :p_leave * st.f_leave)
      OFFSET 0) l
UNION ALL
-- single unexcused days
SELECT st.student_id, st.tenant_id, 2, 1 + floor(random() * n.n_hist)::int, 1, 'UNEXCUSED'
FROM (SELECT st.*, slot, random() AS r FROM bench.gen_student st CROSS JOIN generate_series(1, 12) slot
      OFFSET 0) st
JOIN bench.school_days n USING (tenant_id)
WHERE st.r < least(0.9, :p_unex * st.f_unex)
UNION ALL
-- multi-day unexcused streaks (3–20 school days); some reach :d - 1
SELECT student_id, tenant_id, 1,
       CASE WHEN ongoing THEN greatest(1, n_hist - len + 1) ELSE 1 + floor(r_start * greatest(1, n_hist - len + 1))::int END,
       len, 'UNEXCUSED'
FROM (SELECT st.student_id, st.tenant_id, n.n_hist, 3 + floor(power(random(), 2) * 18)::int AS len,
             random() < :p_ongoing AS ongoing, random() AS r_start
      FROM bench.gen_student st JOIN bench.school_days n USING (tenant_id)
      WHERE st.r_streak < :p_streak
      OFFSET 0) s;

CREATE UNLOGGED TABLE bench.absence AS
SELECT DISTINCT ON (tenant_id, student_id, ord) tenant_id, student_id, ord, status,
       CASE WHEN status <> 'UNEXCUSED' AND k = 0 THEN 1 ELSE 0 END AS leave_requests
FROM (SELECT sp.*, k, sp.start_ord + k AS ord
      FROM bench.spell sp CROSS JOIN LATERAL generate_series(0, sp.len - 1) k) x
JOIN bench.school_days n USING (tenant_id)
WHERE ord <= n.n_hist
ORDER BY tenant_id, student_id, ord, prio, k;

-- One history batch per school (as if each school's system had sent its file).
INSERT INTO attendance_batch (tenant_id, source, file_name, encoding, received_at, received_by, row_count, changed)
SELECT g.id, 'CSV', 'bench-history.csv', 'UTF-8',
       ((:'d'::date - 1) + time '17:00') AT TIME ZONE 'Asia/Taipei', :admin_id,
       coalesce(a.n, 0), coalesce(a.n, 0)
FROM bench.gen_school g LEFT JOIN (SELECT tenant_id, count(*) AS n FROM bench.absence GROUP BY tenant_id) a
  ON a.tenant_id = g.id
ORDER BY g.id;
CREATE TABLE bench.history_batch AS
SELECT b.tenant_id, b.id AS batch_id FROM attendance_batch b JOIN bench.gen_school g ON g.id = b.tenant_id
WHERE b.file_name = 'bench-history.csv';
ALTER TABLE bench.history_batch ADD PRIMARY KEY (tenant_id);

SET session_replication_role = replica;
INSERT INTO attendance (tenant_id, student_id, day, status, leave_requests, batch_id)
SELECT a.tenant_id, a.student_id, d.day, a.status, a.leave_requests, b.batch_id
FROM bench.absence a
JOIN bench.school_day d ON d.tenant_id = a.tenant_id AND d.ord = a.ord
JOIN bench.history_batch b ON b.tenant_id = a.tenant_id
ORDER BY a.tenant_id, a.student_id, d.day;

-- Every school day before :d was taken (a whole-school roll, class_id 0).
INSERT INTO attendance_roll (tenant_id, day, class_id, batch_id)
SELECT d.tenant_id, d.day, 0, b.batch_id
FROM bench.school_day d JOIN bench.history_batch b USING (tenant_id)
WHERE d.day < :'d'::date
ORDER BY d.tenant_id, d.day;
SET session_replication_role = origin;

-- ---------------------------------------------------------------- day :d (imported by the benchmark)
-- Ongoing streaks mostly go on; everyone else may be on leave or absent that day.
CREATE TABLE bench.day_d AS
WITH ongoing AS (
    SELECT DISTINCT a.tenant_id, a.student_id
    FROM bench.absence a JOIN bench.school_days n USING (tenant_id)
    JOIN bench.spell sp ON sp.student_id = a.student_id AND sp.prio = 1
    WHERE a.ord = n.n_hist AND a.status = 'UNEXCUSED' AND sp.start_ord + sp.len - 1 >= n.n_hist
), drawn AS (
    SELECT st.tenant_id, st.student_id, st.f_leave, st.f_unex, (o.student_id IS NOT NULL) AS ongoing,
           random() AS r_cont, random() AS r_unex, random() AS r_leave, random() AS r_kind
    FROM bench.gen_student st LEFT JOIN ongoing o USING (tenant_id, student_id)
    ORDER BY st.student_id
    OFFSET 0
)
SELECT tenant_id, student_id,
       CASE WHEN (ongoing AND r_cont < :p_continue) OR r_unex < least(0.9, :p_unex_day * f_unex) THEN 'UNEXCUSED'
            WHEN r_kind < 0.55 THEN 'SICK_LEAVE' WHEN r_kind < 0.90 THEN 'PERSONAL_LEAVE'
            WHEN r_kind < 0.97 THEN 'OFFICIAL_LEAVE' ELSE 'OTHER_LEAVE' END AS status,
       CASE WHEN (ongoing AND r_cont < :p_continue) OR r_unex < least(0.9, :p_unex_day * f_unex) THEN 0 ELSE 1 END
           AS leave_requests
FROM drawn
WHERE (ongoing AND r_cont < :p_continue) OR r_unex < least(0.9, :p_unex_day * f_unex)
   OR r_leave < least(0.9, :p_leave_day * f_leave);
ALTER TABLE bench.day_d ADD PRIMARY KEY (tenant_id, student_id);

DROP TABLE bench.spell;
