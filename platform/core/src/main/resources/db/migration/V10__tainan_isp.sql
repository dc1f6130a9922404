-- Issue 7 items 1–2: Tainan's individualised support plan (ISP, seed 004) as a record of a case,
-- with its timetable and the budget computed from it. Tenant-owned like V7 (tenant_id, RLS
-- ENABLEd and FORCEd, composite foreign keys inside one school); the plan has a version for
-- optimistic locking. Depends on V1–V8 only.

-- The plan: its state (DRAFT → SUBMITTED → APPROVED → FILED → COMPLETED; DRAFT/SUBMITTED →
-- WITHDRAWN; SUBMITTED → DRAFT when the review returns it), the weeks its courses run, its
-- content (team, needs-assessment meetings, support services, measures, teachers, timetable,
-- tracking visits, budget extras) as checked JSON, the total last computed and the budget as
-- submitted. The budget is always computed from the content, never typed.
CREATE TABLE isp_plan (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         bigint        NOT NULL REFERENCES school (id),
    case_id           bigint        NOT NULL,
    state             varchar(16)   NOT NULL
                      CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'FILED', 'COMPLETED', 'WITHDRAWN')),
    term_label        text          NOT NULL CHECK (length(btrim(term_label)) > 0),
    starts_on         date          NOT NULL,
    ends_on           date          NOT NULL,
    content           jsonb         NOT NULL,
    budget_total      numeric(12, 0),
    submitted_budget  jsonb,
    submitted_at      timestamptz,
    submitted_by      bigint REFERENCES app_user (id),
    decided_at        timestamptz,
    decided_by        bigint REFERENCES app_user (id),
    filed_on          date,
    filing_reference  text,
    completed_on      date,
    created_at        timestamptz   NOT NULL,
    created_by        bigint        NOT NULL REFERENCES app_user (id),
    updated_at        timestamptz   NOT NULL,
    updated_by        bigint        NOT NULL REFERENCES app_user (id),
    version           bigint        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    CHECK (ends_on >= starts_on),
    CHECK (state NOT IN ('FILED', 'COMPLETED') OR filed_on IS NOT NULL),
    CHECK (state <> 'COMPLETED' OR completed_on IS NOT NULL)
);
-- One plan in progress per case at a time (a new semester's plan follows a completed one).
CREATE UNIQUE INDEX isp_plan_in_progress ON isp_plan (tenant_id, case_id)
    WHERE state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'FILED');
CREATE INDEX isp_plan_term ON isp_plan (tenant_id, starts_on, ends_on)
    WHERE state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'FILED');

-- The timetable's cells, kept beside the content so that the school's plans can be checked
-- against each other (a student in two cells at once, a teacher teaching two cells at once):
-- rewritten with the content while the plan is a draft.
CREATE TABLE isp_cell (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     bigint       NOT NULL REFERENCES school (id),
    plan_id       bigint       NOT NULL,
    position      integer      NOT NULL CHECK (position >= 0),
    weekday       smallint     NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    period        varchar(8)   NOT NULL CHECK (period IN ('P1', 'P2', 'P3', 'P4', 'LUNCH', 'P5', 'P6', 'P7')),
    course        text         NOT NULL CHECK (length(btrim(course)) > 0),
    teacher_name  text         NOT NULL,
    teacher_key   text         NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, plan_id, position),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES isp_plan (tenant_id, id)
);
CREATE INDEX isp_cell_slot ON isp_cell (tenant_id, weekday, period);

CREATE TABLE isp_cell_student (
    tenant_id   bigint  NOT NULL REFERENCES school (id),
    cell_id     bigint  NOT NULL,
    student_id  bigint  NOT NULL,
    PRIMARY KEY (tenant_id, cell_id, student_id),
    FOREIGN KEY (tenant_id, cell_id) REFERENCES isp_cell (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id)
);

-- Every step of the plan's life: who, when, from which state to which, why.
CREATE TABLE isp_transition (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint       NOT NULL REFERENCES school (id),
    plan_id      bigint       NOT NULL,
    from_state   varchar(16),
    to_state     varchar(16)  NOT NULL,
    note         text,
    occurred_at  timestamptz  NOT NULL,
    occurred_by  bigint       NOT NULL REFERENCES app_user (id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES isp_plan (tenant_id, id)
);
CREATE INDEX isp_transition_plan ON isp_transition (tenant_id, plan_id, occurred_at);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['isp_plan', 'isp_cell', 'isp_cell_student', 'isp_transition'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
    END LOOP;
END $$;
-- Plans change state but are never deleted; a draft's cells are replaced; transitions are history.
GRANT SELECT, INSERT, UPDATE ON isp_plan TO ${appRole};
GRANT SELECT, INSERT, DELETE ON isp_cell, isp_cell_student TO ${appRole};
GRANT SELECT, INSERT ON isp_transition TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
