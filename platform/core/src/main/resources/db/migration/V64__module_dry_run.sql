-- Issue 21 §3: a dry-run replays a county's attendance under an uploaded module version beside
-- the active one, in memory. Only its result is kept here — who ran it, the period, the totals and
-- the per-school difference as JSON — never cases or duties. Platform tables like policy_module:
-- read and written outside a school's transaction (a school's transaction sees nothing here); the
-- service lets a bureau see its own county's runs only.
CREATE TABLE module_dry_run (
    id              bigserial    PRIMARY KEY,
    module_row_id   bigint       NOT NULL REFERENCES policy_module (id),
    county          varchar(32)  NOT NULL,
    active_module   varchar(120),
    state           varchar(16)  NOT NULL DEFAULT 'RUNNING' CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    period_from     date         NOT NULL,
    period_to       date         NOT NULL CHECK (period_to >= period_from),
    started_by      bigint       NOT NULL,
    started_by_name varchar(200) NOT NULL,
    started_at      timestamptz  NOT NULL,
    finished_at     timestamptz,
    schools_total   integer      NOT NULL DEFAULT 0,
    schools_done    integer      NOT NULL DEFAULT 0,
    totals          jsonb,
    schools         jsonb,
    error           text
);
CREATE INDEX module_dry_run_module ON module_dry_run (module_row_id, id DESC);
-- At most one run of a module at a time.
CREATE UNIQUE INDEX module_dry_run_one_running ON module_dry_run (module_row_id) WHERE state = 'RUNNING';

ALTER TABLE module_dry_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE module_dry_run FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_only ON module_dry_run USING ((SELECT current_tenant_id()) IS NULL)
    WITH CHECK ((SELECT current_tenant_id()) IS NULL);
GRANT SELECT, INSERT ON module_dry_run TO ${appRole};
GRANT UPDATE (state, finished_at, schools_total, schools_done, totals, schools, error) ON module_dry_run TO ${appRole};
GRANT USAGE ON SEQUENCE module_dry_run_id_seq TO ${appRole};
