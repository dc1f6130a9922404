-- Issue 6 §7: a case's counselling notes (輔導紀錄) — date, kind (individual talk, group, home
-- visit, phone, other), content and the counselling tier (三級輔導, TW-TIERS) the work belongs
-- to. A field group of its own: only the counselling office and the principal read and write
-- them, and a mentor teacher (認輔老師) the notes they wrote on a student they mentor; a homeroom
-- teacher who sees the case does not see them (the service enforces it; every read, write and
-- refusal is in access_log, never the content). Tenant-owned like V7 (RLS ENABLEd and FORCEd);
-- versioned for optimistic locking; never deleted by the application.
CREATE TABLE counselling_note (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   bigint       NOT NULL REFERENCES school (id),
    case_id     bigint       NOT NULL,
    noted_on    date         NOT NULL,
    kind        varchar(16)  NOT NULL CHECK (kind IN ('INDIVIDUAL', 'GROUP', 'HOME_VISIT', 'PHONE', 'OTHER')),
    kind_other  text,
    content     text         NOT NULL CHECK (length(btrim(content)) > 0),
    tier        smallint     NOT NULL CHECK (tier BETWEEN 1 AND 3),
    author_id   bigint       NOT NULL REFERENCES app_user (id),
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  bigint       NOT NULL REFERENCES app_user (id),
    version     bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    CHECK ((kind = 'OTHER') = (kind_other IS NOT NULL))
);
CREATE INDEX counselling_note_case ON counselling_note (tenant_id, case_id, noted_on);

ALTER TABLE counselling_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE counselling_note FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON counselling_note USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON counselling_note TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
