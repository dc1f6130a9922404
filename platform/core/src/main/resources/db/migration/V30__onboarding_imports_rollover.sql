-- Issue 19: a county onboarded from files. The school's own administrator (學校系統管理者:
-- the registrar or information officer who runs the imports), the 學號 the school systems key
-- students by, every change an import or a rollover makes to a student, and the school-year
-- rollovers applied (one per school and new school year).

ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_role_check;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_role_check CHECK (role IN ('PRINCIPAL', 'STUDENT_AFFAIRS',
    'ACADEMIC_AFFAIRS', 'REGISTRAR', 'COUNSELING', 'HOMEROOM_TEACHER', 'MENTOR_TEACHER', 'GENERAL_AFFAIRS',
    'BUREAU_OFFICER', 'PLATFORM_ADMIN', 'SCHOOL_ADMIN'));

ALTER TABLE student ADD COLUMN student_number varchar(16);
CREATE UNIQUE INDEX student_number_unique ON student (tenant_id, student_number) WHERE student_number IS NOT NULL;

-- What changed on a student and why (an import of the school system's file, a rollover):
-- field → [before, after] as JSON; never deleted by the application.
CREATE TABLE student_change (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint      NOT NULL REFERENCES school (id),
    student_id   bigint      NOT NULL,
    source       varchar(16) NOT NULL CHECK (source IN ('IMPORT', 'ROLLOVER')),
    kind         varchar(16) NOT NULL CHECK (kind IN ('ADDED', 'CHANGED', 'PROMOTED', 'GRADUATED')),
    changes      jsonb       NOT NULL,
    file_name    text,
    recorded_by  bigint      NOT NULL REFERENCES app_user (id),
    recorded_at  timestamptz NOT NULL,
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX student_change_student ON student_change (tenant_id, student_id, recorded_at);

CREATE TABLE school_rollover (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint      NOT NULL REFERENCES school (id),
    from_year    integer     NOT NULL,
    to_year      integer     NOT NULL CHECK (to_year = from_year + 1),
    promoted     integer     NOT NULL,
    graduated    integer     NOT NULL,
    classes      integer     NOT NULL,
    applied_by   bigint      NOT NULL REFERENCES app_user (id),
    applied_at   timestamptz NOT NULL,
    UNIQUE (tenant_id, to_year)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['student_change', 'school_rollover'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
        EXECUTE format('GRANT SELECT, INSERT ON %I TO ${appRole}', t);
    END LOOP;
END $$;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
