-- Cases (個案): one student, one category of the county module, pinned to the module id and
-- version it was opened under (policy SPI issue: version pinning). Tenant-owned like V1.

CREATE TABLE student_case (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        bigint       NOT NULL REFERENCES school (id),
    student_id       bigint       NOT NULL,
    category_id      varchar(64)  NOT NULL,
    policy_id        varchar(64)  NOT NULL CHECK (policy_id ~ '^[a-z][a-z0-9-]{1,63}$'),
    policy_version   varchar(32)  NOT NULL,
    status           varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_on        date         NOT NULL,
    opened_at        timestamptz  NOT NULL,
    opened_by        bigint       NOT NULL REFERENCES app_user (id),
    opening_note     text,
    closed_at        timestamptz,
    closed_by        bigint REFERENCES app_user (id),
    closing_note     text,
    version          bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
-- A student has at most one open case per category.
CREATE UNIQUE INDEX student_case_one_open ON student_case (tenant_id, student_id, category_id)
    WHERE status = 'OPEN';
CREATE INDEX student_case_status ON student_case (tenant_id, status, opened_on);

ALTER TABLE student_case ENABLE ROW LEVEL SECURITY;
ALTER TABLE student_case FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON student_case USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON student_case TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
