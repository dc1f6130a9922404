-- Issue 16: every timestamp is from the day it is about. Cases (opened_at), their events
-- (occurred_at) and duties (arose_at) carry the attendance day or run date they derive from;
-- when the row was written is kept apart in recorded_at. Rows written before this migration
-- were stamped when they were written, so that is their recording time too.
ALTER TABLE student_case ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now();
UPDATE student_case SET recorded_at = opened_at;
ALTER TABLE case_event ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now();
UPDATE case_event SET recorded_at = occurred_at;
ALTER TABLE case_task ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now();
UPDATE case_task SET recorded_at = arose_at;

-- One child, one case per streak: the other categories whose criteria the case's student also
-- met (New Taipei's NT-CAT1 also counts TW-LONG-ABSENCE's 7 days), recorded on the case
-- instead of opening a second one (each also a CRITERION_MET case event, on the day it was met).
ALTER TABLE student_case ADD COLUMN criteria_met text[] NOT NULL DEFAULT '{}';

-- A school day whose roll never came (issue 16 §2): the daily run flags it to the registrar and
-- never reads it as absence or presence. class_id 0 = the school's file; a flag stays listed
-- until that roll is recorded.
CREATE TABLE missing_roll (
    tenant_id    bigint       NOT NULL REFERENCES school (id),
    day          date         NOT NULL,
    class_id     bigint       NOT NULL,
    flagged_on   date         NOT NULL,
    recorded_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, day, class_id)
);
ALTER TABLE missing_roll ENABLE ROW LEVEL SECURITY;
ALTER TABLE missing_roll FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON missing_roll USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT ON missing_roll TO ${appRole};
