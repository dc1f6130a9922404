-- Issue 22 §7: records kept for their legal time. A retention run — a dry-run that counts, or a
-- purge that deletes or anonymises — and what it counted or removed per school and record kind.
-- Never the content: who, when, why, as of which date, and numbers. Written only by the schema
-- owner (the purge works on the owner data source, school by school, each school's deletions and
-- its counts in one transaction bound to that school); the application role only reads, so the
-- audit of a purge cannot be changed or erased by the application.
CREATE TABLE retention_run (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mode         varchar(8)  NOT NULL CHECK (mode IN ('DRY_RUN', 'PURGE')),
    channel      varchar(8)  NOT NULL CHECK (channel IN ('API', 'UI', 'SCHEDULE')),
    -- The business date (Asia/Taipei) every period is counted back from.
    as_of        date        NOT NULL,
    -- The dry-run a purge followed (the administrator saw its counts first).
    dry_run_id   bigint REFERENCES retention_run (id),
    user_id      bigint REFERENCES app_user (id),
    username     text        NOT NULL,
    reason       text,
    state        varchar(8)  NOT NULL DEFAULT 'RUNNING' CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    schools      integer     NOT NULL DEFAULT 0,
    failures     integer     NOT NULL DEFAULT 0,
    CHECK (mode = 'DRY_RUN' OR reason IS NOT NULL)
);
CREATE INDEX retention_run_recent ON retention_run (id DESC);

-- school_id NULL: platform records (security events, password links, module dry-runs).
CREATE TABLE retention_count (
    run_id     bigint      NOT NULL REFERENCES retention_run (id),
    school_id  bigint REFERENCES school (id),
    kind       varchar(32) NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{1,31}$'),
    -- Records older than this (or whose student left before it) were past their time.
    cutoff     date,
    records    integer     NOT NULL CHECK (records >= 0),
    -- A school whose purge failed (rolled back whole): what failed, never content.
    failure    text
);
CREATE UNIQUE INDEX retention_count_key ON retention_count (run_id, coalesce(school_id, 0), kind);

GRANT SELECT ON retention_run, retention_count TO ${appRole};

-- The purge finds a school's students who left by their status, and their last graduation
-- (rollover) and transfer out.
CREATE INDEX IF NOT EXISTS student_left ON student (tenant_id, enrolment_status) WHERE enrolment_status <> 'ENROLLED';
CREATE INDEX IF NOT EXISTS security_event_purge ON security_event (occurred_at);
-- When the register entry was anonymised past its time (name, national ID, guardians gone).
ALTER TABLE student ADD COLUMN anonymised_at timestamptz;
