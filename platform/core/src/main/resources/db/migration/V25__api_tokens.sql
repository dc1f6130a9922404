-- API tokens for school systems and scripts (issue 18 §6): issued by a school's staff member
-- for their own account, scoped to their school (tenant) and to operations, expiring, revocable.
-- Only a SHA-256 of the token is stored: the token is 256 random bits, so a fast hash is
-- enough (no PBKDF2 per request) and a copy of this table lets no one call the API.
-- A token names its school ("hx1_<school id>_<secret>"), so the server binds that school
-- before reading this table and row-level security applies to the lookup too.
CREATE TABLE api_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint       NOT NULL REFERENCES school (id),
    user_id      bigint       NOT NULL REFERENCES app_user (id),
    name         varchar(80)  NOT NULL CHECK (length(btrim(name)) > 0),
    token_hash   char(64)     NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    scopes       varchar(300) NOT NULL,
    created_at   timestamptz  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX api_token_user ON api_token (tenant_id, user_id);

ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_token FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_token USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON api_token TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
