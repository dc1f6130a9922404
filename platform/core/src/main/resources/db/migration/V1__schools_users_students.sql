-- Foundation schema. Runs as the owner role; the application role ${appRole} gets only DML.
-- Tenant = school. Every tenant-owned table carries tenant_id, has row-level security
-- ENABLEd and FORCEd (so even the owner is filtered) and a policy on app.tenant_id, which the
-- platform sets per transaction with set_config(..., true). No setting => no rows.

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${appRole};

CREATE FUNCTION current_tenant_id() RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $$;
GRANT EXECUTE ON FUNCTION current_tenant_id() TO ${appRole};

-- The tenant registry itself: not tenant-owned (every school reads its own row through it,
-- a bureau officer reads the schools of the county).
CREATE TABLE school (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    moe_code     varchar(6)  NOT NULL UNIQUE CHECK (moe_code ~ '^[0-9]{6}$'),
    name         text        NOT NULL CHECK (length(btrim(name)) > 0),
    county       varchar(32) NOT NULL CHECK (county ~ '^[A-Z][A-Z_]{1,31}$'),
    level        varchar(16) NOT NULL CHECK (level IN ('ELEMENTARY', 'JUNIOR_HIGH', 'COMPLETE')),
    district     text        NOT NULL,
    remote_area  boolean     NOT NULL DEFAULT false,
    address      text        NOT NULL,
    phone        varchar(32),
    version      bigint      NOT NULL DEFAULT 0
);
GRANT SELECT, INSERT, UPDATE ON school TO ${appRole};

-- Accounts are looked up before any tenant is known (login), so this is not a tenant table;
-- school_id places the user in one school, county in one bureau, neither = platform operator.
CREATE TABLE app_user (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        varchar(64) NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
    display_name    text        NOT NULL,
    password_hash   text        NOT NULL,
    school_id       bigint REFERENCES school (id),
    county          varchar(32),
    enabled         boolean     NOT NULL DEFAULT true,
    failed_logins   integer     NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    CHECK (school_id IS NULL OR county IS NULL)
);
CREATE INDEX app_user_school ON app_user (school_id);
GRANT SELECT, INSERT, UPDATE ON app_user TO ${appRole};

CREATE TABLE app_user_role (
    user_id bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    varchar(32) NOT NULL CHECK (role IN ('PRINCIPAL', 'STUDENT_AFFAIRS', 'ACADEMIC_AFFAIRS',
            'REGISTRAR', 'COUNSELING', 'HOMEROOM_TEACHER', 'MENTOR_TEACHER', 'GENERAL_AFFAIRS',
            'BUREAU_OFFICER', 'PLATFORM_ADMIN')),
    PRIMARY KEY (user_id, role)
);
GRANT SELECT, INSERT, DELETE ON app_user_role TO ${appRole};

CREATE TABLE school_class (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id           bigint      NOT NULL REFERENCES school (id),
    school_year         integer     NOT NULL CHECK (school_year BETWEEN 100 AND 200),
    grade               integer     NOT NULL CHECK (grade BETWEEN 1 AND 12),
    name                varchar(16) NOT NULL,
    homeroom_teacher_id bigint REFERENCES app_user (id),
    version             bigint      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, school_year, name),
    UNIQUE (tenant_id, id)
);
CREATE INDEX school_class_homeroom ON school_class (homeroom_teacher_id);

CREATE TABLE student (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id           bigint      NOT NULL REFERENCES school (id),
    -- AES-GCM ciphertext of the national ID, and an HMAC blind index for exact look-up.
    national_id_cipher  bytea       NOT NULL,
    national_id_index   bytea       NOT NULL,
    name                text        NOT NULL CHECK (length(btrim(name)) > 0),
    gender              varchar(1)  NOT NULL CHECK (gender IN ('M', 'F')),
    birth_date          date        NOT NULL,
    grade               integer     NOT NULL CHECK (grade BETWEEN 1 AND 12),
    class_id            bigint,
    seat_number         integer CHECK (seat_number BETWEEN 1 AND 99),
    indigenous          boolean     NOT NULL DEFAULT false,
    tribe               text,
    single_parent       boolean     NOT NULL DEFAULT false,
    grandparent_care    boolean     NOT NULL DEFAULT false,
    new_immigrant       boolean     NOT NULL DEFAULT false,
    household_income    varchar(16) NOT NULL DEFAULT 'NONE' CHECK (household_income IN ('NONE', 'LOW', 'MID_LOW')),
    enrolment_status    varchar(24) NOT NULL CHECK (enrolment_status IN
                        ('ENROLLED', 'DROPPED_OUT', 'TRANSFERRED_OUT', 'GRADUATED', 'DETAINED', 'WITHDRAWN')),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, national_id_index),
    UNIQUE (tenant_id, id),
    -- Composite key: a student can never be placed in another school's class.
    FOREIGN KEY (tenant_id, class_id) REFERENCES school_class (tenant_id, id),
    CHECK (tribe IS NULL OR indigenous)
);
CREATE INDEX student_class ON student (tenant_id, class_id, seat_number);
CREATE INDEX student_name ON student (tenant_id, name);

CREATE TABLE guardian (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   bigint      NOT NULL REFERENCES school (id),
    student_id  bigint      NOT NULL,
    name        text        NOT NULL CHECK (length(btrim(name)) > 0),
    relation    varchar(32) NOT NULL,
    phone       varchar(32),
    address     text,
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX guardian_student ON guardian (tenant_id, student_id);

-- 認輔老師 see only the students assigned to them.
CREATE TABLE mentor_assignment (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       bigint NOT NULL REFERENCES school (id),
    student_id      bigint NOT NULL,
    mentor_user_id  bigint NOT NULL REFERENCES app_user (id),
    UNIQUE (tenant_id, student_id, mentor_user_id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX mentor_assignment_mentor ON mentor_assignment (mentor_user_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['school_class', 'student', 'guardian', 'mentor_assignment'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${appRole}', t);
    END LOOP;
END $$;

-- Identity columns: EclipseLink reads generated keys with lastval(), which needs USAGE.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
