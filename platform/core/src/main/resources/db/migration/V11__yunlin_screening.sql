-- Issue 7 §3–5 (Yunlin): screening campaigns with 附表一 (YL-SCREEN), the school-year roster 附表二
-- (YL-ROSTER), counselling periods and the 轉向評估 proposal (YL-REF-DROPOUT), and the 附表三 a
-- referral carries. Tenant-owned like V7 (tenant_id, RLS ENABLEd and FORCEd, composite foreign
-- keys inside one school); editable records carry a version for optimistic locking.

-- A screening campaign (全面篩選): the counselling office screens one class, or every class of a
-- grade, of a school year and semester with the module's 附表一, pinned to the module version
-- that was newest when the campaign started.
CREATE TABLE screening_campaign (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        bigint       NOT NULL REFERENCES school (id),
    school_year      integer      NOT NULL CHECK (school_year BETWEEN 100 AND 200),
    semester         smallint     NOT NULL CHECK (semester IN (1, 2)),
    grade            integer      CHECK (grade BETWEEN 1 AND 12),
    class_id         bigint,
    policy_id        varchar(64)  NOT NULL,
    policy_version   varchar(32)  NOT NULL,
    form_id          varchar(64)  NOT NULL,
    form_version     integer      NOT NULL CHECK (form_version >= 1),
    assessed_on      date         NOT NULL,
    note             text,
    created_at       timestamptz  NOT NULL,
    created_by       bigint       NOT NULL REFERENCES app_user (id),
    version          bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, class_id) REFERENCES school_class (tenant_id, id),
    -- one class, or a whole grade
    CHECK ((grade IS NULL) <> (class_id IS NULL))
);
CREATE INDEX screening_campaign_year ON screening_campaign (tenant_id, school_year, semester);

-- One student of a campaign: the class they were in when it started (whose 導師 sees and signs
-- the record) and, once stage 4's strategy needs follow-up, the case the tasks hang on.
CREATE TABLE screening_assessment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint  NOT NULL REFERENCES school (id),
    campaign_id  bigint  NOT NULL,
    student_id   bigint  NOT NULL,
    class_id     bigint  NOT NULL,
    case_id      bigint,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, campaign_id, student_id),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES screening_campaign (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    FOREIGN KEY (tenant_id, class_id) REFERENCES school_class (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id)
);
CREATE INDEX screening_assessment_student ON screening_assessment (tenant_id, student_id);

-- The school-year roster of high-care students (附表二): one per school year; its content is a
-- form record (roster_id) regenerated as new revisions, with masked names only.
CREATE TABLE high_care_roster (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       bigint       NOT NULL REFERENCES school (id),
    school_year     integer      NOT NULL CHECK (school_year BETWEEN 100 AND 200),
    policy_id       varchar(64)  NOT NULL,
    policy_version  varchar(32)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      bigint       NOT NULL REFERENCES app_user (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, school_year)
);

-- A form record belongs to exactly one subject: a case (V6), a screening assessment, or a roster.
ALTER TABLE form_record
    ALTER COLUMN case_id DROP NOT NULL,
    ADD COLUMN screening_assessment_id bigint,
    ADD COLUMN roster_id bigint,
    ADD FOREIGN KEY (tenant_id, screening_assessment_id) REFERENCES screening_assessment (tenant_id, id),
    ADD FOREIGN KEY (tenant_id, roster_id) REFERENCES high_care_roster (tenant_id, id),
    ADD CONSTRAINT form_record_one_subject CHECK (num_nonnulls(case_id, screening_assessment_id, roster_id) = 1);
CREATE INDEX form_record_screening ON form_record (tenant_id, screening_assessment_id);
CREATE INDEX form_record_roster ON form_record (tenant_id, roster_id);

-- What a signed stage-4 strategy started (a task, a draft referral or a protective concern), once
-- per assessment and strategy: a corrected and re-signed 附表一 adds only what is new.
CREATE TABLE screening_follow_up (
    tenant_id      bigint       NOT NULL REFERENCES school (id),
    assessment_id  bigint       NOT NULL,
    strategy       varchar(32)  NOT NULL CHECK (strategy ~ '^[A-Z][A-Z_]{1,31}$'),
    kind           varchar(24)  NOT NULL CHECK (kind IN ('TASK', 'REFERRAL', 'PROTECTIVE_CONCERN')),
    case_id        bigint       NOT NULL,
    record_id      bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    created_by     bigint       NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (tenant_id, assessment_id, strategy),
    FOREIGN KEY (tenant_id, assessment_id) REFERENCES screening_assessment (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id)
);

-- A counselling period (輔導期程) of a case: when, whether it had an effect and who judged it.
-- Two without effect propose the 轉向評估 referral (YL-REF-DROPOUT), once per case.
CREATE TABLE counselling_period (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     bigint       NOT NULL REFERENCES school (id),
    case_id       bigint       NOT NULL,
    starts_on     date         NOT NULL,
    ends_on       date         NOT NULL,
    effective     boolean      NOT NULL,
    evaluated_by  bigint       NOT NULL REFERENCES app_user (id),
    evaluated_on  date         NOT NULL,
    note          text,
    created_at    timestamptz  NOT NULL,
    created_by    bigint       NOT NULL REFERENCES app_user (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    CHECK (ends_on >= starts_on),
    CHECK (evaluated_on >= starts_on)
);
CREATE INDEX counselling_period_case ON counselling_period (tenant_id, case_id, starts_on);

CREATE TABLE diversion_proposal (
    tenant_id    bigint       NOT NULL REFERENCES school (id),
    case_id      bigint       NOT NULL,
    task_id      bigint       NOT NULL REFERENCES case_task (id),
    referral_id  bigint       NOT NULL,
    proposed_at  timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, case_id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    FOREIGN KEY (tenant_id, referral_id) REFERENCES referral (tenant_id, id)
);

-- The form a referral carries (Yunlin: the 附表三 with its behaviour codes, sent to 教育處).
ALTER TABLE referral
    ADD COLUMN form_record_id bigint,
    ADD FOREIGN KEY (tenant_id, form_record_id) REFERENCES form_record (tenant_id, id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['screening_campaign', 'screening_assessment', 'high_care_roster', 'screening_follow_up',
                             'counselling_period', 'diversion_proposal'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
    END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE ON screening_campaign, screening_assessment TO ${appRole};
GRANT SELECT, INSERT ON high_care_roster, screening_follow_up, counselling_period, diversion_proposal TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
