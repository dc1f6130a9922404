-- Did the engine find the same streaks as the baseline query? Run after the daily run of :d,
-- with bench.sql_streaks holding the query's answer (streaks.sql). As the superuser.
--
-- The engine keeps a streak as an absence_episode (started_on .. last_absent_on); a streak that
-- includes :d has last_absent_on = :d. The data set has no registration or transfer events, so
-- every episode is a streak episode. Prints one row of figures for the benchmark script.
\set ON_ERROR_STOP on
SET search_path = huixiao, bench;
\pset tuples_only on
\pset format unaligned
\pset fieldsep ' '
WITH engine AS (
    SELECT DISTINCT tenant_id, student_id, started_on FROM absence_episode WHERE last_absent_on = :'d'::date
), engine_cases AS (
    SELECT DISTINCT tenant_id, student_id FROM absence_episode WHERE last_absent_on = :'d'::date AND case_id IS NOT NULL
), q AS (
    SELECT tenant_id, student_id, started_on, school_days FROM bench.sql_streaks
)
SELECT (SELECT count(*) FROM engine) AS engine_streaks,
       (SELECT count(*) FROM q) AS sql_streaks,
       (SELECT count(*) FROM engine e JOIN q USING (tenant_id, student_id, started_on)) AS same,
       (SELECT count(*) FROM (SELECT tenant_id, student_id, started_on FROM engine
                              EXCEPT SELECT tenant_id, student_id, started_on FROM q) x) AS only_engine,
       (SELECT count(*) FROM (SELECT tenant_id, student_id, started_on FROM q
                              EXCEPT SELECT tenant_id, student_id, started_on FROM engine) x) AS only_sql,
       (SELECT count(*) FROM q WHERE school_days >= 3) AS sql_3plus,
       (SELECT count(*) FROM engine_cases) AS engine_with_case,
       (SELECT count(*) FROM q JOIN engine_cases USING (tenant_id, student_id) WHERE q.school_days >= 3) AS sql_3plus_with_case,
       (SELECT coalesce(max(school_days), 0) FROM q) AS longest;
