-- Issue 20 §1: a county bureau (BUREAU_OFFICER) reads the schools of its own county, and only
-- those, enforced here as well as in Java. The platform binds a bureau's transaction to its
-- county with set_config('app.county', …, true) (never together with app.tenant_id); these
-- SELECT-only policies are OR'd with each table's tenant_isolation policy, so a bureau reads the
-- county's rows and writes nothing, and a school's transaction (no county set) sees no more than
-- before. The county's schools come from the school registry itself, not from the caller.

CREATE FUNCTION current_county() RETURNS varchar
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.county', true), '') $$;
GRANT EXECUTE ON FUNCTION current_county() TO ${appRole};

-- The filters and the county's schools by district, level and remote area.
CREATE INDEX school_county ON school (county, district);

DO $$
DECLARE t text;
BEGIN
    -- What the county picture and the lists behind its numbers read: enrolment, cases, their
    -- events (re-enrolment) and their duties (overdue steps and reports).
    FOREACH t IN ARRAY ARRAY['student', 'student_case', 'case_event', 'case_task'] LOOP
        EXECUTE format('CREATE POLICY county_read ON %I FOR SELECT USING (current_county() IS NOT NULL '
                       'AND tenant_id IN (SELECT s.id FROM school s WHERE s.county = current_county()))', t);
    END LOOP;
END $$;

