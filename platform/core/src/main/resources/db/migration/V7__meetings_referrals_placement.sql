-- Issue 6 items 3–6: meetings with their decisions, referrals to the county's agencies,
-- protective concerns, re-enrolment and placement, detention. Every table is tenant-owned
-- like V2/V3 (tenant_id, RLS ENABLEd and FORCEd, composite foreign keys inside one school);
-- every editable record has a version for optimistic locking. Depends on V1–V5 only.

-- A meeting on a case (個案會議, 協尋因應作為研商會議, 安置會議, 需求評估會議…): when, who chaired,
-- who attended (staff accounts) and who came from outside (name, agency, contact), the minutes.
CREATE TABLE case_meeting (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      bigint       NOT NULL REFERENCES school (id),
    case_id        bigint       NOT NULL,
    kind           varchar(40)  NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{1,39}$'),
    rule_id        varchar(64),
    held_on        date         NOT NULL,
    chair_user_id  bigint REFERENCES app_user (id),
    chair_name     text,
    minutes        text,
    created_at     timestamptz  NOT NULL,
    created_by     bigint       NOT NULL REFERENCES app_user (id),
    updated_at     timestamptz  NOT NULL,
    updated_by     bigint       NOT NULL REFERENCES app_user (id),
    version        bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    CHECK (chair_user_id IS NOT NULL OR chair_name IS NOT NULL)
);
CREATE INDEX case_meeting_case ON case_meeting (tenant_id, case_id, held_on);

CREATE TABLE meeting_attendee (
    tenant_id   bigint  NOT NULL REFERENCES school (id),
    meeting_id  bigint  NOT NULL,
    user_id     bigint  NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (tenant_id, meeting_id, user_id),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES case_meeting (tenant_id, id)
);

CREATE TABLE meeting_participant (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   bigint   NOT NULL REFERENCES school (id),
    meeting_id  bigint   NOT NULL,
    position    integer  NOT NULL,
    name        text     NOT NULL CHECK (length(btrim(name)) > 0),
    agency      text,
    contact     text,
    UNIQUE (tenant_id, meeting_id, position),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES case_meeting (tenant_id, id)
);

-- A decision becomes a task on the case's list (case_task, key "meeting<id>/decision<seq>");
-- decisions are never changed: a new meeting decides anew.
CREATE TABLE meeting_decision (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      bigint       NOT NULL REFERENCES school (id),
    meeting_id     bigint       NOT NULL,
    seq            integer      NOT NULL CHECK (seq > 0),
    decision       text         NOT NULL CHECK (length(btrim(decision)) > 0),
    owner_role     varchar(32)  NOT NULL,
    owner_user_id  bigint REFERENCES app_user (id),
    due_on         date         NOT NULL,
    task_id        bigint REFERENCES case_task (id),
    created_at     timestamptz  NOT NULL,
    created_by     bigint       NOT NULL REFERENCES app_user (id),
    UNIQUE (tenant_id, meeting_id, seq),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES case_meeting (tenant_id, id)
);

-- A referral (轉介) to an agency of the module's directory, with its life: DRAFT → SENT (how,
-- reference number) → ACCEPTED / REJECTED (reason) → REPLIED → CLOSED (a draft may be withdrawn:
-- CLOSED). The agency's name, kind, reply kind and consent flag are copied when it is drafted.
CREATE TABLE referral (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id            bigint       NOT NULL REFERENCES school (id),
    case_id              bigint       NOT NULL,
    agency_id            varchar(64)  NOT NULL,
    agency_name          text         NOT NULL,
    agency_kind          varchar(40)  NOT NULL,
    reply_kind           varchar(16)  NOT NULL CHECK (reply_kind IN ('NOTE', 'TIER_DECISION', 'RETURN_RULING')),
    consent_required     boolean      NOT NULL,
    rule_id              varchar(64)  NOT NULL,
    reason               text         NOT NULL CHECK (length(btrim(reason)) > 0),
    status               varchar(16)  NOT NULL
                         CHECK (status IN ('DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'REPLIED', 'CLOSED')),
    consent_given_by     text,
    consent_given_on     date,
    consent_recorded_by  bigint REFERENCES app_user (id),
    sent_at              timestamptz,
    sent_by              bigint REFERENCES app_user (id),
    send_method          varchar(16)  CHECK (send_method IN ('LETTER', 'FAX', 'ONLINE', 'PHONE')),
    reference_number     text,
    answered_at          timestamptz,
    rejection_reason     text,
    replied_on           date,
    reply_text           text,
    reply_tier           smallint     CHECK (reply_tier IN (1, 2)),
    reply_tier_teacher   text,
    reply_third_tier     boolean,
    reply_ruling         varchar(16)  CHECK (reply_ruling IN ('OPEN_CASE', 'REFER_ELSEWHERE', 'NO_SERVICE', 'OTHER')),
    reply_ruling_detail  text,
    closed_at            timestamptz,
    closing_note         text,
    created_at           timestamptz  NOT NULL,
    created_by           bigint       NOT NULL REFERENCES app_user (id),
    version              bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    CHECK (sent_at IS NULL OR NOT consent_required OR consent_given_on IS NOT NULL),
    CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL),
    CHECK ((status = 'DRAFT') = (sent_at IS NULL) OR status = 'CLOSED')
);
CREATE INDEX referral_case ON referral (tenant_id, case_id);

CREATE TABLE referral_transition (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint       NOT NULL REFERENCES school (id),
    referral_id  bigint       NOT NULL,
    from_status  varchar(16),
    to_status    varchar(16)  NOT NULL,
    action       varchar(16)  NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    by_user      bigint       NOT NULL REFERENCES app_user (id),
    note         text,
    FOREIGN KEY (tenant_id, referral_id) REFERENCES referral (tenant_id, id)
);
CREATE INDEX referral_transition_referral ON referral_transition (tenant_id, referral_id, occurred_at);

-- A protective concern (兒少保護, YL-PROTECT): raising it lays out the county's 24-hour reports
-- from the moment it was raised. The details are read only by the counselling office and the
-- principal (the service enforces it; every read and refusal is in access_log).
CREATE TABLE protective_concern (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   bigint       NOT NULL REFERENCES school (id),
    case_id     bigint       NOT NULL,
    kind        varchar(32)  NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{1,31}$'),
    details     text         NOT NULL CHECK (length(btrim(details)) > 0),
    raised_at   timestamptz  NOT NULL,
    raised_by   bigint       NOT NULL REFERENCES app_user (id),
    updated_at  timestamptz  NOT NULL,
    updated_by  bigint       NOT NULL REFERENCES app_user (id),
    version     bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id)
);
CREATE INDEX protective_concern_case ON protective_concern (tenant_id, case_id);

-- A re-enrolment application (復學申請, TW-ZERO-REJECT: accepted at any time, never refused for
-- academic reasons), the placement recommendation computed from the module's rule at the time
-- (NT-PLACEMENT: time away, age), and the placement meeting's decision.
CREATE TABLE re_enrolment (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id              bigint       NOT NULL REFERENCES school (id),
    case_id                bigint       NOT NULL,
    applied_on             date         NOT NULL,
    applied_at             timestamptz  NOT NULL,
    received_by            bigint       NOT NULL REFERENCES app_user (id),
    applicant              text,
    note                   text,
    left_on                date         NOT NULL,
    time_away              varchar(24)  NOT NULL,
    age_years              integer      NOT NULL CHECK (age_years >= 0),
    grade_left             integer,
    rule_id                varchar(64),
    recommendation         varchar(32),
    recommendation_zh      text,
    recommendation_en      text,
    alternatives           text,
    status                 varchar(16)  NOT NULL CHECK (status IN ('APPLIED', 'DECIDED')),
    placement              varchar(32),
    decided_at             timestamptz,
    decided_by             bigint REFERENCES app_user (id),
    meeting_id             bigint,
    guardian_application   boolean,
    decision_note          text,
    version                bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES case_meeting (tenant_id, id),
    CHECK (left_on <= applied_on),
    CHECK ((status = 'DECIDED') = (placement IS NOT NULL AND decided_at IS NOT NULL))
);
CREATE INDEX re_enrolment_case ON re_enrolment (tenant_id, case_id);

-- Detention in a juvenile detention centre (少年觀護所, NT-DET-IN / NT-DET-OUT). A release
-- without further custody (感化教育, prison) restarts the student's dropout tracking from the
-- first school day after it: the escalation engine reads released_on.
CREATE TABLE detention (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id            bigint       NOT NULL REFERENCES school (id),
    case_id              bigint       NOT NULL,
    student_id           bigint       NOT NULL,
    centre               text,
    admitted_on          date         NOT NULL,
    note                 text,
    recorded_at          timestamptz  NOT NULL,
    recorded_by          bigint       NOT NULL REFERENCES app_user (id),
    released_on          date,
    further_custody      boolean,
    release_recorded_at  timestamptz,
    release_recorded_by  bigint REFERENCES app_user (id),
    version              bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    CHECK (released_on IS NULL OR released_on >= admitted_on),
    CHECK ((released_on IS NULL) = (further_custody IS NULL))
);
CREATE INDEX detention_case ON detention (tenant_id, case_id);
CREATE INDEX detention_released ON detention (tenant_id, released_on) WHERE released_on IS NOT NULL;

-- Roles that see a task in their lists besides its responsible role (e.g. a protective
-- concern's 24-hour reports: the principal and the counselling office at once).
ALTER TABLE case_task ADD COLUMN watcher_roles text;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['case_meeting', 'meeting_attendee', 'meeting_participant', 'meeting_decision', 'referral',
                             'referral_transition', 'protective_concern', 're_enrolment', 'detention'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
    END LOOP;
END $$;
-- Attendees and outside participants are replaced when a meeting is corrected; decisions and
-- referral transitions are history: insert and read only.
GRANT SELECT, INSERT, UPDATE ON case_meeting, referral, protective_concern, re_enrolment, detention TO ${appRole};
GRANT SELECT, INSERT, DELETE ON meeting_attendee, meeting_participant TO ${appRole};
GRANT SELECT, INSERT ON referral_transition TO ${appRole};
GRANT SELECT, INSERT ON meeting_decision TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
