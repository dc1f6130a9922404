-- Row-level security reads the session's tenant and county once per statement, not once per row
-- (issue 20's county picture: a bureau's read of 650,000 students paid two current_setting calls
-- and a cast on every row). Each policy's current_tenant_id() / current_county() becomes a scalar
-- sub-select, which PostgreSQL evaluates once as an InitPlan and still uses in index conditions.
-- What each policy admits is unchanged: the same expressions, evaluated once.
DO $$
DECLARE
    p record;
    once_tenant constant text := '(SELECT \1current_tenant_id())';
    once_county constant text := '(SELECT \1current_county())';
    using_clause text;
    check_clause text;
BEGIN
    FOR p IN SELECT tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname = current_schema() LOOP
        using_clause := regexp_replace(regexp_replace(p.qual, '([a-z_]+\.)?current_tenant_id\(\)', once_tenant, 'g'),
                                       '([a-z_]+\.)?current_county\(\)', once_county, 'g');
        check_clause := regexp_replace(regexp_replace(p.with_check, '([a-z_]+\.)?current_tenant_id\(\)', once_tenant, 'g'),
                                       '([a-z_]+\.)?current_county\(\)', once_county, 'g');
        IF using_clause IS NOT NULL THEN
            EXECUTE format('ALTER POLICY %I ON %I USING (%s)', p.policyname, p.tablename, using_clause);
        END IF;
        IF check_clause IS NOT NULL THEN
            EXECUTE format('ALTER POLICY %I ON %I WITH CHECK (%s)', p.policyname, p.tablename, check_clause);
        END IF;
    END LOOP;
END $$;
