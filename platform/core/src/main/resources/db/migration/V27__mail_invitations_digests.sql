-- Issue 19 §2, §6: e-mail addresses, accounts without a password until their owner sets one
-- through an invitation or reset link, and the morning digests.

-- An account created by an import has no password until its owner sets it (the administrator
-- never knows it); a NULL hash matches no password. E-mail addresses are unique regardless of case.
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE app_user ADD COLUMN email text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
CREATE UNIQUE INDEX app_user_email ON app_user (lower(email)) WHERE email IS NOT NULL;
-- Digests are opt-out per person; security mail (invitations, resets) is not.
ALTER TABLE app_user ADD COLUMN digest_opt_out boolean NOT NULL DEFAULT false;

-- One-time links to set a password. Like app_user, read before anyone is logged in, so not a
-- tenant table. Only a SHA-256 of the random token is kept: a copy of the table opens no account.
CREATE TABLE password_link (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    purpose     varchar(16) NOT NULL CHECK (purpose IN ('INVITATION', 'RESET')),
    token_hash  bytea       NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    created_by  bigint REFERENCES app_user (id),
    expires_at  timestamptz NOT NULL,
    -- Set when the link was used, or when a newer link for the same account replaced it.
    used_at     timestamptz,
    revoked_at  timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX password_link_user ON password_link (user_id);
GRANT SELECT, INSERT, UPDATE ON password_link TO ${appRole};

-- The morning digest of a person for a day (one mail: their duties, and for a principal the
-- school's long-overdue ones). The row is inserted in the transaction that sends the mail: a
-- second server (or an operator's run) inserting the same key waits for that transaction and then
-- finds the row, so each person gets one digest a day; a failed send rolls the row back for a retry.
CREATE TABLE mail_digest (
    tenant_id   bigint      NOT NULL REFERENCES school (id),
    user_id     bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    digest_date date        NOT NULL,
    sent_at     timestamptz NOT NULL,
    node        text        NOT NULL,
    duties      integer     NOT NULL,
    overdue_school_wide integer NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, digest_date)
);
CREATE INDEX mail_digest_school_day ON mail_digest (tenant_id, digest_date);
ALTER TABLE mail_digest ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_digest FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON mail_digest USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON mail_digest TO ${appRole};

