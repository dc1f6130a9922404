-- Issue 21 §2 (vendor accounts): a module vendor is a platform-level account (no school, no county)
-- that may upload a signed module only for a county whose bureau granted it. The bureau grants and
-- revokes on its module page; every grant and revocation stays as a row (who, when), never deleted:
-- the audit of which vendor could upload for which county, and when.

ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_role_check;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_role_check CHECK (role IN ('PRINCIPAL', 'STUDENT_AFFAIRS',
    'ACADEMIC_AFFAIRS', 'REGISTRAR', 'COUNSELING', 'HOMEROOM_TEACHER', 'MENTOR_TEACHER', 'GENERAL_AFFAIRS',
    'COUNSELING_DIRECTOR', 'COUNSELING_SECTION_HEAD', 'ACADEMIC_AFFAIRS_DIRECTOR', 'STUDENT_AFFAIRS_DIRECTOR',
    'GENERAL_AFFAIRS_DIRECTOR', 'DISCIPLINE_SECTION_HEAD',
    'BUREAU_OFFICER', 'PLATFORM_ADMIN', 'SCHOOL_ADMIN', 'MODULE_VENDOR'));

CREATE TABLE module_vendor_grant (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county              varchar(32)  NOT NULL CHECK (county ~ '^[A-Z][A-Z_]{1,31}$'),
    vendor_id           bigint       NOT NULL REFERENCES app_user (id),
    granted_by          bigint       NOT NULL REFERENCES app_user (id),
    granted_by_name     text         NOT NULL,
    granted_at          timestamptz  NOT NULL,
    revoked_by          bigint REFERENCES app_user (id),
    revoked_by_name     text,
    revoked_at          timestamptz,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL) AND (revoked_at IS NULL) = (revoked_by_name IS NULL)),
    CHECK (revoked_at IS NULL OR revoked_at >= granted_at)
);
-- One standing grant per county and vendor; revoked ones stay as the record.
CREATE UNIQUE INDEX module_vendor_grant_standing ON module_vendor_grant (county, vendor_id) WHERE revoked_at IS NULL;
CREATE INDEX module_vendor_grant_vendor ON module_vendor_grant (vendor_id);

-- A revocation is final: only the revocation columns change, once.
CREATE FUNCTION module_vendor_grant_revoke_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'a revoked vendor grant does not change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER module_vendor_grant_revoke_once BEFORE UPDATE ON module_vendor_grant
    FOR EACH ROW EXECUTE FUNCTION module_vendor_grant_revoke_once();

ALTER TABLE module_vendor_grant ENABLE ROW LEVEL SECURITY;
ALTER TABLE module_vendor_grant FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_only ON module_vendor_grant USING ((SELECT current_tenant_id()) IS NULL)
    WITH CHECK ((SELECT current_tenant_id()) IS NULL);
GRANT SELECT, INSERT ON module_vendor_grant TO ${appRole};
GRANT UPDATE (revoked_by, revoked_by_name, revoked_at) ON module_vendor_grant TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
