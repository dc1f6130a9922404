-- Calendar, attendance and the escalation engine (issue 5).

-- The government office calendar (政府行政機關辦公日曆表). Seeded at start-up from the file
-- bundled with the schedule library; an operator adds a year each June when the Executive
-- Yuan approves it (PUT /api/v1/admin/office-calendar/{year}). Public data: not tenant-owned.
CREATE TABLE office_calendar_year (
    year         integer     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
    source       text        NOT NULL,
    loaded_at    timestamptz NOT NULL DEFAULT now(),
    loaded_by    bigint REFERENCES app_user (id)
);
CREATE TABLE office_calendar_day (
    day     date        PRIMARY KEY,
    year    integer     NOT NULL REFERENCES office_calendar_year (year) ON DELETE CASCADE,
    kind    varchar(16) NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKE_UP_WORKDAY')),
    reason  text        NOT NULL,
    CHECK (extract(year FROM day) = year)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON office_calendar_year, office_calendar_day TO ${appRole};

-- Typhoon and other closures (停課) a county bureau announces for every school of the county.
-- Public announcements: not tenant-owned; written by bureau officers of that county.
CREATE TABLE county_closure (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county        varchar(32) NOT NULL,
    day           date        NOT NULL,
    reason        text        NOT NULL CHECK (length(btrim(reason)) > 0),
    announced_by  bigint      NOT NULL REFERENCES app_user (id),
    announced_at  timestamptz NOT NULL,
    UNIQUE (county, day)
);
GRANT SELECT, INSERT, DELETE ON county_closure TO ${appRole};

-- A school's semesters (學年度行事曆): school days lie inside them.
CREATE TABLE semester (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint  NOT NULL REFERENCES school (id),
    school_year  integer NOT NULL CHECK (school_year BETWEEN 100 AND 200),
    term         integer NOT NULL CHECK (term IN (1, 2)),
    first_day    date    NOT NULL,
    last_day     date    NOT NULL,
    CHECK (last_day > first_day AND last_day - first_day < 200),
    UNIQUE (tenant_id, school_year, term)
);

-- A school's own closures (e.g. a typhoon day only its township announced).
CREATE TABLE school_closure (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   bigint      NOT NULL REFERENCES school (id),
    day         date        NOT NULL,
    reason      text        NOT NULL CHECK (length(btrim(reason)) > 0),
    created_by  bigint      NOT NULL REFERENCES app_user (id),
    created_at  timestamptz NOT NULL,
    UNIQUE (tenant_id, day)
);

-- One file, roll or API call of attendance, as received: who, when, how, and its outcome.
CREATE TABLE attendance_batch (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint      NOT NULL REFERENCES school (id),
    source       varchar(8)  NOT NULL CHECK (source IN ('ROLL', 'CSV', 'JSON')),
    file_name    text,
    encoding     varchar(16),
    received_at  timestamptz NOT NULL,
    received_by  bigint      NOT NULL REFERENCES app_user (id),
    row_count    integer     NOT NULL,
    changed      integer     NOT NULL,
    UNIQUE (tenant_id, id)
);

-- Non-attendance per student and school day. A student-day without a row was present: only
-- absences and leave are stored (about 3% of student-days), and recording "present" removes
-- the row. leave_requests counts the leave requests (假單) filed that day (Taoyuan's 6 a month).
CREATE TABLE attendance (
    tenant_id       bigint      NOT NULL REFERENCES school (id),
    student_id      bigint      NOT NULL,
    day             date        NOT NULL,
    status          varchar(16) NOT NULL CHECK (status IN
                    ('UNEXCUSED', 'PERSONAL_LEAVE', 'SICK_LEAVE', 'OFFICIAL_LEAVE', 'OTHER_LEAVE')),
    leave_requests  smallint    NOT NULL DEFAULT 0 CHECK (leave_requests BETWEEN 0 AND 9),
    batch_id        bigint      NOT NULL,
    PRIMARY KEY (tenant_id, student_id, day),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES attendance_batch (tenant_id, id),
    CHECK (status <> 'UNEXCUSED' OR leave_requests = 0)
);
CREATE INDEX attendance_day ON attendance (tenant_id, day) INCLUDE (student_id, status);

-- Which days' attendance has been taken: by a class roll (class_id) or a school system's file
-- for the whole school (class_id 0). Only a taken roll shows that a student came back.
CREATE TABLE attendance_roll (
    tenant_id  bigint NOT NULL REFERENCES school (id),
    day        date   NOT NULL,
    class_id   bigint NOT NULL,
    batch_id   bigint NOT NULL,
    PRIMARY KEY (tenant_id, day, class_id),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES attendance_batch (tenant_id, id)
);

-- Every replacement of a recorded value (re-import, correction): old and new, by which batch.
CREATE TABLE attendance_change (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id            bigint      NOT NULL REFERENCES school (id),
    student_id           bigint      NOT NULL,
    day                  date        NOT NULL,
    old_status           varchar(16) NOT NULL,
    old_leave_requests   smallint    NOT NULL,
    new_status           varchar(16),
    new_leave_requests   smallint,
    batch_id             bigint      NOT NULL,
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES attendance_batch (tenant_id, id)
);
CREATE INDEX attendance_change_student ON attendance_change (tenant_id, student_id, day);

-- Registration and transfer events (New Taipei categories 2 and 3).
CREATE TABLE enrolment_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      bigint      NOT NULL REFERENCES school (id),
    student_id     bigint      NOT NULL,
    kind           varchar(16) NOT NULL CHECK (kind IN ('ENROLLED', 'REGISTERED', 'TRANSFERRED_OUT', 'ARRIVED')),
    occurred_on    date        NOT NULL,
    other_school   text,
    note           text,
    recorded_by    bigint      NOT NULL REFERENCES app_user (id),
    recorded_at    timestamptz NOT NULL,
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    CHECK (kind <> 'TRANSFERRED_OUT' OR other_school IS NOT NULL)
);
CREATE INDEX enrolment_event_student ON enrolment_event (tenant_id, student_id, occurred_on);

-- Facts a case's ladder branches on, kept on the case.
ALTER TABLE student_case
    ADD COLUMN cause_known  boolean,
    ADD COLUMN emergency    boolean NOT NULL DEFAULT false,
    ADD COLUMN returned_on  date,
    ADD COLUMN opened_by_engine boolean NOT NULL DEFAULT false;
ALTER TABLE student_case ALTER COLUMN opened_by DROP NOT NULL;
ALTER TABLE student_case ADD CHECK (opened_by IS NOT NULL OR opened_by_engine);

-- Things that happened to a case (student returned, dropout reported...), which start duties.
CREATE TABLE case_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     bigint      NOT NULL REFERENCES school (id),
    case_id       bigint      NOT NULL,
    event         varchar(32) NOT NULL,
    occurred_at   timestamptz NOT NULL,
    recorded_by   bigint REFERENCES app_user (id),
    note          text,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id)
);
CREATE INDEX case_event_case ON case_event (tenant_id, case_id, occurred_at);

-- A run of school days the student did not come (an unexcused streak, or the days since the
-- semester started / the transfer without registering or arriving). Its ladder days are
-- counted in school days from started_on; it becomes a case at the category's threshold.
CREATE TABLE absence_episode (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       bigint      NOT NULL REFERENCES school (id),
    student_id      bigint      NOT NULL,
    category_id     varchar(64) NOT NULL,
    policy_id       varchar(64) NOT NULL,
    policy_version  varchar(32) NOT NULL,
    started_on      date        NOT NULL,
    last_absent_on  date        NOT NULL,
    returned_on     date,
    ladder_day      integer     NOT NULL DEFAULT 0,
    finished        boolean     NOT NULL DEFAULT false,
    case_id         bigint,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, student_id, category_id, started_on),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id)
);
CREATE INDEX absence_episode_active ON absence_episode (tenant_id) WHERE NOT finished;

-- A duty laid out from a module step for a case (or for an episode before it becomes one).
-- task_key is the natural key (origin, step, occurrence): laying out twice adds nothing.
CREATE TABLE case_task (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         bigint       NOT NULL REFERENCES school (id),
    task_key          text         NOT NULL,
    case_id           bigint,
    episode_id        bigint,
    student_id        bigint       NOT NULL,
    rule_id           varchar(64)  NOT NULL,
    step_index        integer      NOT NULL,
    occurrence        integer      NOT NULL DEFAULT 0,
    trigger_text      text         NOT NULL,
    why               text         NOT NULL,
    responsible_role  varchar(32)  NOT NULL,
    other_roles       text,
    assignee_id       bigint REFERENCES app_user (id),
    duty_zh           text         NOT NULL,
    duty_en           text         NOT NULL,
    source_text       text,
    series_key        text         NOT NULL,
    recurring         boolean      NOT NULL DEFAULT false,
    produces          varchar(64),
    arose_at          timestamptz  NOT NULL,
    due_kind          varchar(8)   NOT NULL CHECK (due_kind IN ('DATE', 'TIME', 'WINDOW', 'ONGOING')),
    earliest_on       date,
    due_on            date,
    due_at            timestamptz,
    status            varchar(16)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'NOT_APPLICABLE')),
    completed_at      timestamptz,
    completed_by      bigint REFERENCES app_user (id),
    completion_note   text,
    record_ref        text,
    version           bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, task_key),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    FOREIGN KEY (tenant_id, episode_id) REFERENCES absence_episode (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    CHECK (case_id IS NOT NULL OR episode_id IS NOT NULL),
    CHECK ((status = 'OPEN') = (completed_at IS NULL)),
    CHECK (due_kind <> 'DATE' OR due_on IS NOT NULL),
    CHECK (due_kind <> 'TIME' OR due_at IS NOT NULL)
);
CREATE INDEX case_task_case ON case_task (tenant_id, case_id);
CREATE INDEX case_task_episode ON case_task (tenant_id, episode_id);
CREATE INDEX case_task_series ON case_task (tenant_id, series_key) WHERE recurring AND occurrence = 0;
CREATE INDEX case_task_open_due ON case_task (tenant_id, due_on) WHERE status = 'OPEN';

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['semester', 'school_closure', 'attendance_batch', 'attendance', 'attendance_roll', 'attendance_change',
                             'enrolment_event', 'case_event', 'absence_episode', 'case_task'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
    END LOOP;
END $$;
-- Records of what happened are never deleted by the application; attendance rows are (a
-- student recorded present again), and semesters and closures can be withdrawn.
GRANT SELECT, INSERT, UPDATE, DELETE ON semester, school_closure, attendance TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON attendance_roll TO ${appRole};
GRANT SELECT, INSERT ON attendance_batch, attendance_change, enrolment_event, case_event TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON absence_episode, case_task TO ${appRole};

-- One row per business date the daily escalation run completed (exactly once per date).
CREATE TABLE escalation_run (
    business_date   date        PRIMARY KEY,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz NOT NULL,
    node            text        NOT NULL,
    runs            integer     NOT NULL DEFAULT 1,
    schools         integer     NOT NULL,
    cases_opened    integer     NOT NULL,
    tasks_created   integer     NOT NULL,
    failures        integer     NOT NULL
);
GRANT SELECT, INSERT, UPDATE ON escalation_run TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
