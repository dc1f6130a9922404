-- The access log (issue 6): one row per read, write or refused attempt on a child's case and
-- its records (form records, meetings, referrals…), written in the same transaction as the
-- access itself (refusals in their own, since the refused work rolls back). Never the content:
-- who, as which roles, did what to which record, when, from where. Append-only for the
-- application role: it may insert and read, never change or delete.
CREATE TABLE access_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      bigint       NOT NULL REFERENCES school (id),
    occurred_at    timestamptz  NOT NULL,
    user_id        bigint REFERENCES app_user (id),
    username       text         NOT NULL,
    roles          text         NOT NULL,
    action         varchar(32)  NOT NULL CHECK (action ~ '^[A-Z][A-Z_]{1,31}$'),
    outcome        varchar(16)  NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED')),
    -- No foreign key: a refused probe of a case id (another school's, or none) is logged as asked.
    case_id        bigint,
    record_type    varchar(32)  NOT NULL CHECK (record_type ~ '^[A-Z][A-Z_]{1,31}$'),
    record_id      bigint,
    channel        varchar(8)   NOT NULL CHECK (channel IN ('API', 'UI', 'EXPORT', 'SYSTEM')),
    client_address text,
    reason         text
);
CREATE INDEX access_log_case ON access_log (tenant_id, case_id, occurred_at);
CREATE INDEX access_log_time ON access_log (tenant_id, occurred_at);

ALTER TABLE access_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE access_log FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON access_log USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT ON access_log TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
