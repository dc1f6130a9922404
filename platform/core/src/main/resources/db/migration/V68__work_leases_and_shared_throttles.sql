-- Issue 22 §2–§3: the service on several servers. Work that must happen once (the daily
-- escalation run, the morning digest, the monthly statistics of a business date) is held under a
-- lease whose expiry is judged by the DATABASE's clock (now()), never a server's: a server that
-- dies (kill -9) stops renewing, its lease expires, and another server takes the work over. The
-- token rises with every acquisition; work written under a lease checks the token in its own
-- transaction (the row locked FOR SHARE), so a holder that lost its lease commits nothing more.
CREATE TABLE work_lease (
    name           text        PRIMARY KEY,               -- kind/business date, e.g. escalation-run/2026-12-07
    kind           text        NOT NULL,
    business_date  date        NOT NULL,
    holder         text        NOT NULL,                  -- the server (host/pid) holding or that last held it
    token          bigint      NOT NULL,                  -- raised by every acquisition (fencing token)
    started_at     timestamptz NOT NULL,                  -- when the current run began (kept by a takeover)
    acquired_at    timestamptz NOT NULL,
    renewed_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    finished_at    timestamptz,                           -- set when the holder finished the work
    takeovers      integer     NOT NULL DEFAULT 0         -- acquisitions of an unfinished, expired lease
);
CREATE INDEX work_lease_unfinished ON work_lease (expires_at) WHERE finished_at IS NULL;
-- UPDATE: a school's transaction locks its lease row FOR SHARE (the fence).
GRANT SELECT, UPDATE ON work_lease TO ${appRole};

-- A school done in a date's daily run: written in the school's own transaction, with its cases and
-- duties, under the run's lease. A server taking a run over skips the schools listed here, and
-- the primary key refuses a school done twice. Platform bookkeeping with no child's data, as
-- escalation_run and escalation_run_failure; a fresh run of the date (an administrator's) clears it.
CREATE TABLE escalation_run_school (
    business_date  date        NOT NULL,
    school_id      bigint      NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    lease_token    bigint      NOT NULL,
    holder         text        NOT NULL,
    done_at        timestamptz NOT NULL,
    cases_opened   integer     NOT NULL,
    tasks_created  integer     NOT NULL,
    PRIMARY KEY (business_date, school_id)
);
GRANT SELECT, INSERT ON escalation_run_school TO ${appRole};

-- Login throttling shared by every server (OWASP ASVS 4.0.3 V2.2.1): one counter row per key
-- (a client and account, a client, an account), judged by the database's clock; keys are SHA-256
-- digests, so no address or username is kept in clear. A row an hour without failures is
-- forgotten (and deleted by the servers' clean-up), so the table does not grow without bound.
CREATE TABLE login_failure (
    scope     char(1)     NOT NULL CHECK (scope IN ('P', 'C', 'A')),  -- P: client+account, C: client, A: account
    key_hash  bytea       NOT NULL,
    failures  integer     NOT NULL,
    last_at   timestamptz NOT NULL,
    PRIMARY KEY (scope, key_hash)
);
CREATE INDEX login_failure_last ON login_failure (last_at);
-- The clients (by digest) that logged into an account; the newest 20 per account are kept.
CREATE TABLE login_known_client (
    account_hash bytea       NOT NULL,
    client_hash  bytea       NOT NULL,
    last_at      timestamptz NOT NULL,
    PRIMARY KEY (account_hash, client_hash)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON login_failure, login_known_client TO ${appRole};

-- Unusual reading (issue 18 §7) shared by every server: one row per account, its hour-long window
-- (restarted in place when past), counted by the database's clock; rows two hours old are deleted.
-- No foreign key: counting never fails a read.
CREATE TABLE reading_window (
    user_id       bigint      PRIMARY KEY,
    window_start  timestamptz NOT NULL,
    records       integer     NOT NULL
);
CREATE INDEX reading_window_start ON reading_window (window_start);
GRANT SELECT, INSERT, UPDATE, DELETE ON reading_window TO ${appRole};
