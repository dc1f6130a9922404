-- Transfers confirmed between schools (issue 20 §5). The sending school's registrar records a
-- transfer out; when the receiving school (by MOE code) is on the service, its registrar sees
-- the incoming student and confirms arrival (報到), which creates the student there from the
-- minimum data this row carries — name, birth date, national id, sex, grade; nothing of cases
-- or counselling. This row is the only path by which a student's data crosses schools: it is
-- visible to exactly the two schools, and to nobody else.
CREATE TABLE student_transfer (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_school_id      bigint       NOT NULL REFERENCES school (id),
    from_student_id     bigint       NOT NULL,
    to_moe_code         varchar(6)   NOT NULL CHECK (to_moe_code ~ '^[0-9]{6}$'),
    -- NULL: the receiving school is not on the service (the registrar checks by phone).
    to_school_id        bigint REFERENCES school (id),
    transferred_on      date         NOT NULL,
    reason              text         NOT NULL CHECK (length(btrim(reason)) > 0),
    -- The handshake's minimum data.
    student_name        text         NOT NULL,
    birth_date          date         NOT NULL,
    gender              varchar(1)   NOT NULL CHECK (gender IN ('M', 'F')),
    grade               integer      NOT NULL CHECK (grade BETWEEN 1 AND 12),
    national_id_cipher  bytea        NOT NULL,
    national_id_index   bytea        NOT NULL,
    -- PENDING → ARRIVED (報到 confirmed by the receiving school on the service) or, off the
    -- service, PHONE_CONFIRMED / PHONE_NOT_ENROLLED as the sending registrar's phone check found.
    status              varchar(24)  NOT NULL DEFAULT 'PENDING'
                        CHECK (status IN ('PENDING', 'ARRIVED', 'PHONE_CONFIRMED', 'PHONE_NOT_ENROLLED')),
    arrived_on          date,
    arrived_student_id  bigint,
    confirmed_by        bigint REFERENCES app_user (id),
    confirmed_by_name   text,
    confirmed_at        timestamptz,
    phone_note          text,
    recorded_by         bigint       NOT NULL REFERENCES app_user (id),
    recorded_by_name    text         NOT NULL,
    recorded_at         timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    FOREIGN KEY (from_school_id, from_student_id) REFERENCES student (tenant_id, id),
    FOREIGN KEY (to_school_id, arrived_student_id) REFERENCES student (tenant_id, id),
    CHECK (to_school_id IS NULL OR to_school_id <> from_school_id),
    CHECK ((status IN ('ARRIVED', 'PHONE_CONFIRMED')) = (arrived_on IS NOT NULL)),
    CHECK (status <> 'ARRIVED' OR (to_school_id IS NOT NULL AND arrived_student_id IS NOT NULL)),
    CHECK (status NOT LIKE 'PHONE%' OR to_school_id IS NULL)
);
-- One transfer in progress per student of the sending school.
CREATE UNIQUE INDEX student_transfer_one_pending ON student_transfer (from_school_id, from_student_id)
    WHERE status = 'PENDING';
CREATE INDEX student_transfer_incoming ON student_transfer (to_school_id, status);

ALTER TABLE student_transfer ENABLE ROW LEVEL SECURITY;
ALTER TABLE student_transfer FORCE ROW LEVEL SECURITY;
CREATE POLICY sending_school ON student_transfer USING (from_school_id = current_tenant_id())
    WITH CHECK (from_school_id = current_tenant_id());
CREATE POLICY receiving_school ON student_transfer FOR SELECT USING (to_school_id = current_tenant_id());
CREATE POLICY receiving_school_confirms ON student_transfer FOR UPDATE USING (to_school_id = current_tenant_id())
    WITH CHECK (to_school_id = current_tenant_id() AND status = 'ARRIVED');
GRANT SELECT, INSERT ON student_transfer TO ${appRole};
GRANT UPDATE (status, arrived_on, arrived_student_id, confirmed_by, confirmed_by_name, confirmed_at, phone_note,
              version) ON student_transfer TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
