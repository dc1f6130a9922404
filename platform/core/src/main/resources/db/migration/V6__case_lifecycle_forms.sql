-- Issue 6 §1, §2, §8: the case's life (state, counselling tier, assigned people, with every
-- change kept) and form records (instances of a module's form version, signed stage by stage,
-- corrected by new revisions that keep the old ones). Tenant-owned like V2/V3.

-- The lifecycle state is a column of its own: `status` keeps meaning "listed (OPEN) or closed"
-- for the escalation engine and existing clients; `state` says where the open case stands.
ALTER TABLE student_case
    ADD COLUMN state               varchar(16) NOT NULL DEFAULT 'OPEN'
        CHECK (state IN ('OPEN', 'REPORTED', 'RETURNED', 'RE_ENROLLED', 'PLACEMENT', 'FOLLOW_UP', 'CLOSED')),
    -- Empty until the state first changes (the case is OPEN since it was opened).
    ADD COLUMN state_since         timestamptz,
    -- 三級輔導 (TW-TIERS, YL-TIERS): every case starts at tier 1.
    ADD COLUMN tier                smallint    NOT NULL DEFAULT 1 CHECK (tier BETWEEN 1 AND 3),
    ADD COLUMN homeroom_teacher_id bigint REFERENCES app_user (id),
    ADD COLUMN mentor_teacher_id   bigint REFERENCES app_user (id),
    ADD COLUMN counsellor_id       bigint REFERENCES app_user (id),
    ADD COLUMN case_manager_id     bigint REFERENCES app_user (id);
UPDATE student_case SET state = 'CLOSED', state_since = closed_at WHERE status = 'CLOSED';
ALTER TABLE student_case ADD CHECK ((state = 'CLOSED') = (status = 'CLOSED'));

-- Every change of a case's state, tier or assigned people: who, when, why. Append-only.
CREATE TABLE case_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   bigint      NOT NULL REFERENCES school (id),
    case_id     bigint      NOT NULL,
    kind        varchar(16) NOT NULL CHECK (kind IN ('STATE', 'TIER', 'ASSIGNMENT')),
    -- 'state', 'tier', or the assignment (HOMEROOM_TEACHER, MENTOR_TEACHER, COUNSELLOR, CASE_MANAGER)
    subject     varchar(32) NOT NULL,
    from_value  text,
    to_value    text,
    reason      text        NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  bigint      NOT NULL REFERENCES app_user (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id)
);
CREATE INDEX case_change_case ON case_change (tenant_id, case_id, changed_at);

-- A record of a module form (form_id at form_version of the case's pinned module). A correction
-- is a new revision (corrects_id → the revision it replaces, which becomes SUPERSEDED and stays
-- readable); root_id is the first revision of the chain (empty on the first itself).
CREATE TABLE form_record (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id          bigint      NOT NULL REFERENCES school (id),
    case_id            bigint      NOT NULL,
    form_id            varchar(64) NOT NULL,
    form_version       integer     NOT NULL CHECK (form_version >= 1),
    policy_id          varchar(64) NOT NULL,
    policy_version     varchar(32) NOT NULL,
    revision           integer     NOT NULL DEFAULT 1 CHECK (revision >= 1),
    root_id            bigint,
    corrects_id        bigint,
    correction_reason  text,
    data               jsonb       NOT NULL,
    status             varchar(16) NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SIGNING', 'SIGNED', 'SUPERSEDED')),
    superseded_by      bigint,
    created_at         timestamptz NOT NULL,
    created_by         bigint      NOT NULL REFERENCES app_user (id),
    updated_at         timestamptz NOT NULL,
    updated_by         bigint      NOT NULL REFERENCES app_user (id),
    version            bigint      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    FOREIGN KEY (tenant_id, root_id) REFERENCES form_record (tenant_id, id),
    FOREIGN KEY (tenant_id, corrects_id) REFERENCES form_record (tenant_id, id),
    FOREIGN KEY (tenant_id, superseded_by) REFERENCES form_record (tenant_id, id),
    CHECK ((revision = 1) = (corrects_id IS NULL)),
    CHECK ((revision = 1) = (root_id IS NULL)),
    CHECK ((corrects_id IS NULL) = (correction_reason IS NULL)),
    CHECK ((status = 'SUPERSEDED') = (superseded_by IS NOT NULL))
);
-- A revision is corrected at most once: the chain has one current revision.
CREATE UNIQUE INDEX form_record_one_correction ON form_record (tenant_id, corrects_id) WHERE corrects_id IS NOT NULL;
CREATE INDEX form_record_case ON form_record (tenant_id, case_id, form_id);

-- One signature (or stamp) per sign-off stage of a record, in the chain's order. Append-only:
-- a signed stage is never unsigned; a correction starts a new revision with its own signatures.
CREATE TABLE form_signature (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint      NOT NULL REFERENCES school (id),
    record_id    bigint      NOT NULL,
    stage_key    varchar(64) NOT NULL,
    stage_index  integer     NOT NULL CHECK (stage_index >= 0),
    signed_by    bigint      NOT NULL REFERENCES app_user (id),
    signed_as    varchar(32) NOT NULL,
    stamp        boolean     NOT NULL,
    signed_at    timestamptz NOT NULL,
    UNIQUE (tenant_id, record_id, stage_key),
    UNIQUE (tenant_id, record_id, stage_index),
    FOREIGN KEY (tenant_id, record_id) REFERENCES form_record (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['case_change', 'form_record', 'form_signature'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
    END LOOP;
END $$;
GRANT SELECT, INSERT ON case_change, form_signature TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON form_record TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
