-- Row count and content digest of every table of the huixiao schema, one line per table:
-- table|rows|md5 of the rows' md5s in sorted order (independent of physical order, so a
-- restored copy gives the same line exactly when it holds the same rows).
SELECT format(
  'SELECT %L || ''|'' || count(*) || ''|'' || md5(coalesce(string_agg(r, '''' ORDER BY r), '''')) '
  'FROM (SELECT md5(t::text) AS r FROM huixiao.%I t) rows',
  tablename, tablename)
FROM pg_tables WHERE schemaname = 'huixiao' ORDER BY tablename
\gexec
