-- Issue 20 §4: the monthly statistics a county sends its schools, generated on the month's first
-- school day exactly once: the generating transaction claims the (county, month) row first
-- (INSERT … ON CONFLICT DO NOTHING), so a second node or a second run finds it taken and does
-- nothing. Content is what leaves the county's officers: the published tables, small numbers
-- already suppressed (never the raw counts). Not tenant-owned: a county's row, written under the
-- county binding (app.county) and read by the county's bureau and by its schools.
CREATE TABLE county_monthly_statistics (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county        varchar(32) NOT NULL CHECK (county ~ '^[A-Z][A-Z_]{1,31}$'),
    month         date        NOT NULL CHECK (extract(day FROM month) = 1),
    generated_on  date        NOT NULL,
    generated_at  timestamptz NOT NULL DEFAULT now(),
    content       jsonb       NOT NULL,
    UNIQUE (county, month)
);
ALTER TABLE county_monthly_statistics ENABLE ROW LEVEL SECURITY;
ALTER TABLE county_monthly_statistics FORCE ROW LEVEL SECURITY;
CREATE POLICY county_scope ON county_monthly_statistics USING (county = current_county())
    WITH CHECK (county = current_county());
CREATE POLICY school_read ON county_monthly_statistics FOR SELECT
    USING (county = (SELECT s.county FROM school s WHERE s.id = current_tenant_id()));
GRANT SELECT, INSERT, UPDATE ON county_monthly_statistics TO ${appRole};
