-- Audit someone reads (issue 18 §7).
--
-- record_owner: which school a student or case id belongs to — ids only, no content — so that a
-- refused attempt on another school's record can be written into THAT school's access log (in a
-- transaction bound to that school: row-level security still checks the write). Kept by
-- triggers; not a tenant table (it is read before the owner is known).
CREATE TABLE record_owner (
    record_type varchar(16) NOT NULL CHECK (record_type IN ('STUDENT', 'CASE')),
    record_id   bigint      NOT NULL,
    -- Named apart from tenant_id on purpose: a platform index of ids, not a school's data.
    owner_school_id bigint  NOT NULL REFERENCES school (id),
    PRIMARY KEY (record_type, record_id)
);
GRANT SELECT, INSERT ON record_owner TO ${appRole};

-- Schema-qualified: JPA writes students and cases without a search_path.
CREATE FUNCTION record_owner_of_student() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ${flyway:defaultSchema}.record_owner (record_type, record_id, owner_school_id) VALUES ('STUDENT', NEW.id, NEW.tenant_id);
    RETURN NEW;
END $$;
CREATE FUNCTION record_owner_of_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ${flyway:defaultSchema}.record_owner (record_type, record_id, owner_school_id) VALUES ('CASE', NEW.id, NEW.tenant_id);
    RETURN NEW;
END $$;
GRANT EXECUTE ON FUNCTION record_owner_of_student() TO ${appRole};
GRANT EXECUTE ON FUNCTION record_owner_of_case() TO ${appRole};
CREATE TRIGGER student_owner AFTER INSERT ON student FOR EACH ROW EXECUTE FUNCTION record_owner_of_student();
CREATE TRIGGER student_case_owner AFTER INSERT ON student_case FOR EACH ROW EXECUTE FUNCTION record_owner_of_case();

-- Existing rows, school by school (row-level security is forced on the owner too).
DO $$
DECLARE s record;
BEGIN
    FOR s IN SELECT id FROM school LOOP
        PERFORM set_config('app.tenant_id', s.id::text, true);
        INSERT INTO record_owner SELECT 'STUDENT', id, tenant_id FROM student;
        INSERT INTO record_owner SELECT 'CASE', id, tenant_id FROM student_case;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END $$;

-- security_event: what a security officer reads across schools — refusals, attempts on another
-- school's records, unusual reading. Who (account, school), what kind of record and its id, when,
-- from where; never a name or content. Platform administrators read all, a bureau officer the
-- events of their county's schools (acting or target). Append-only for the application role.
CREATE TABLE security_event (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at      timestamptz NOT NULL,
    kind             varchar(24) NOT NULL CHECK (kind IN ('REFUSED', 'CROSS_SCHOOL', 'UNUSUAL_READING')),
    user_id          bigint REFERENCES app_user (id),
    username         text        NOT NULL,
    actor_school_id  bigint REFERENCES school (id),
    target_school_id bigint REFERENCES school (id),
    record_type      varchar(32),
    record_id        bigint,
    action           varchar(32),
    channel          varchar(8),
    client_address   text,
    detail           text
);
CREATE INDEX security_event_time ON security_event (occurred_at DESC);
GRANT SELECT, INSERT ON security_event TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
