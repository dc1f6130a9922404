-- Issue 21 §1: county policy modules live in the database, not on one server's disk. Every
-- server loads the same set from here and follows changes within seconds (it polls
-- max(revision)); the bundled modules and the operator's policy directory are imported into the
-- same store. A platform table (no tenant): no school's transaction reads it, the platform's own
-- services write it, and the database itself keeps the life cycle honest:
--   UPLOADED → VERIFIED → APPROVED → ACTIVE (from effective_from) → RETIRED
-- An upload enters as UPLOADED and is verified (signature, signer, descriptor, checks) in the
-- same transaction; a refused upload keeps nothing. Only a bundled module or the operator's
-- directory import enters ACTIVE directly. The jar, its digest, descriptor and signer never change.

CREATE SEQUENCE policy_module_revision;
GRANT USAGE ON SEQUENCE policy_module_revision TO ${appRole};

CREATE TABLE policy_module (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    module_id           varchar(64)  NOT NULL CHECK (module_id ~ '^[a-z][a-z0-9-]{1,63}$'),
    version             varchar(32)  NOT NULL,
    -- The counties the module serves (its identity; for an upload, exactly the bureau's county).
    counties            varchar(32)[] NOT NULL CHECK (cardinality(counties) > 0),
    -- BUNDLED: in the application (its classes are loaded from there); DIRECTORY: the operator's
    -- policy directory; UPLOAD: a bureau's signed upload through the API.
    origin              varchar(16)  NOT NULL CHECK (origin IN ('BUNDLED', 'DIRECTORY', 'UPLOAD')),
    jar                 bytea,
    jar_sha256          varchar(64)  NOT NULL CHECK (jar_sha256 ~ '^[0-9a-f]{64}$'),
    jar_bytes           integer      NOT NULL CHECK (jar_bytes >= 0),
    descriptor          text         NOT NULL,
    -- The signer's certificate (uploads): subject and SHA-256 fingerprint of the DER encoding.
    signer_subject      text,
    signer_sha256       varchar(64),
    -- What the platform's checks found on upload (one line per check), shown to the approver.
    checks              text[]       NOT NULL DEFAULT '{}',
    state               varchar(16)  NOT NULL
                        CHECK (state IN ('UPLOADED', 'VERIFIED', 'APPROVED', 'ACTIVE', 'RETIRED')),
    uploaded_by         bigint REFERENCES app_user (id),
    uploaded_by_name    text         NOT NULL,
    uploaded_at         timestamptz  NOT NULL,
    verified_at         timestamptz,
    approved_by         bigint REFERENCES app_user (id),
    approved_by_name    text,
    approved_at         timestamptz,
    approval_note       text,
    activated_by        bigint REFERENCES app_user (id),
    activated_by_name   text,
    activated_at        timestamptz,
    effective_from      date,
    retired_by          bigint REFERENCES app_user (id),
    retired_by_name     text,
    retired_at          timestamptz,
    retire_reason       text,
    -- Raised on every change (trigger): servers poll max(revision) to follow the store.
    revision            bigint       NOT NULL DEFAULT nextval('policy_module_revision'),
    UNIQUE (module_id, version),
    CHECK (origin = 'BUNDLED' OR jar IS NOT NULL),
    CHECK (jar IS NULL OR octet_length(jar) = jar_bytes),
    CHECK (origin <> 'UPLOAD' OR (signer_subject IS NOT NULL AND signer_sha256 ~ '^[0-9a-f]{64}$'
                                  AND uploaded_by IS NOT NULL)),
    CHECK ((state IN ('VERIFIED', 'APPROVED', 'ACTIVE', 'RETIRED')) <= (verified_at IS NOT NULL OR origin <> 'UPLOAD')),
    CHECK ((state IN ('APPROVED', 'ACTIVE', 'RETIRED')) <= (approved_at IS NOT NULL OR origin <> 'UPLOAD')),
    CHECK ((state IN ('ACTIVE', 'RETIRED')) <= (activated_at IS NOT NULL AND effective_from IS NOT NULL)),
    CHECK ((state = 'RETIRED') = (retired_at IS NOT NULL))
);
CREATE INDEX policy_module_counties ON policy_module USING gin (counties);

-- The life cycle, enforced whoever writes: one step at a time, forward only; the module's
-- content (jar, digest, descriptor, signer, checks, who uploaded) never changes once stored.
CREATE FUNCTION policy_module_step() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.origin = 'UPLOAD' AND NEW.state <> 'UPLOADED' THEN
            RAISE EXCEPTION 'an uploaded module enters as UPLOADED' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.origin <> 'UPLOAD' AND NEW.state <> 'ACTIVE' THEN
            RAISE EXCEPTION 'a bundled or imported module enters as ACTIVE' USING ERRCODE = 'check_violation';
        END IF;
    ELSE
        IF NEW.jar IS DISTINCT FROM OLD.jar OR NEW.jar_sha256 <> OLD.jar_sha256 OR NEW.descriptor <> OLD.descriptor
           OR NEW.module_id <> OLD.module_id OR NEW.version <> OLD.version OR NEW.origin <> OLD.origin
           OR NEW.signer_sha256 IS DISTINCT FROM OLD.signer_sha256 OR NEW.counties <> OLD.counties THEN
            RAISE EXCEPTION 'a stored module''s content never changes' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.state <> OLD.state AND NOT ((OLD.state, NEW.state) IN (('UPLOADED', 'VERIFIED'),
                ('VERIFIED', 'APPROVED'), ('APPROVED', 'ACTIVE'), ('ACTIVE', 'RETIRED'))) THEN
            RAISE EXCEPTION 'a module moves % → % only one step forward', OLD.state, NEW.state
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.revision := nextval('policy_module_revision');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER policy_module_step BEFORE INSERT OR UPDATE ON policy_module
    FOR EACH ROW EXECUTE FUNCTION policy_module_step();

-- A school's transaction (app.tenant_id set) sees no module rows; the platform's services and
-- the servers' loaders (no school bound) read and write through the platform's own checks.
-- No DELETE for the application role: a module once stored stays, as its record.
ALTER TABLE policy_module ENABLE ROW LEVEL SECURITY;
ALTER TABLE policy_module FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_only ON policy_module USING ((SELECT current_tenant_id()) IS NULL)
    WITH CHECK ((SELECT current_tenant_id()) IS NULL);
GRANT SELECT, INSERT ON policy_module TO ${appRole};
GRANT UPDATE (state, verified_at, checks, approved_by, approved_by_name, approved_at, approval_note, activated_by,
              activated_by_name, activated_at, effective_from, retired_by, retired_by_name, retired_at, retire_reason,
              revision)
    ON policy_module TO ${appRole};

-- Signing certificates a county uses for its modules, registered by a platform administrator.
-- An upload verifies only if its single signer's certificate is registered for the county and
-- chains to the platform's trust anchor (huixiao.modules.trust-anchor).
CREATE TABLE module_signer (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county              varchar(32)  NOT NULL CHECK (county ~ '^[A-Z][A-Z_]{1,31}$'),
    certificate_sha256  varchar(64)  NOT NULL CHECK (certificate_sha256 ~ '^[0-9a-f]{64}$'),
    subject             text         NOT NULL,
    certificate         bytea        NOT NULL,
    not_after           timestamptz  NOT NULL,
    registered_by       bigint       NOT NULL REFERENCES app_user (id),
    registered_by_name  text         NOT NULL,
    registered_at       timestamptz  NOT NULL,
    UNIQUE (county, certificate_sha256)
);
ALTER TABLE module_signer ENABLE ROW LEVEL SECURITY;
ALTER TABLE module_signer FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_only ON module_signer USING ((SELECT current_tenant_id()) IS NULL)
    WITH CHECK ((SELECT current_tenant_id()) IS NULL);
GRANT SELECT, INSERT ON module_signer TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
