-- Official letters and forms generated from cases (issue 9). Tenant-owned like V1–V5: tenant_id,
-- RLS ENABLEd and FORCEd, policy tenant_isolation, composite keys keep references in one school.

-- The school's reference-number (發文字號) sequence per ROC year: one row per school and year,
-- incremented with INSERT … ON CONFLICT DO UPDATE, whose row lock serialises concurrent issues
-- until the issuing transaction ends (a rolled-back issue gives its number back).
CREATE TABLE document_number (
    tenant_id    bigint  NOT NULL REFERENCES school (id),
    roc_year     integer NOT NULL CHECK (roc_year BETWEEN 100 AND 999),
    last_number  integer NOT NULL CHECK (last_number BETWEEN 1 AND 9999999),
    PRIMARY KEY (tenant_id, roc_year)
);

-- Every generation of a document: the case, the kind, the module version whose template was
-- used, the reference number printed on it, who and when. Never the content.
CREATE TABLE document_issue (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         bigint       NOT NULL REFERENCES school (id),
    case_id           bigint       NOT NULL,
    kind              varchar(64)  NOT NULL CHECK (kind ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    policy_id         varchar(64)  NOT NULL,
    policy_version    varchar(32)  NOT NULL,
    reference_number  text         NOT NULL,
    confidential      boolean      NOT NULL,
    pages             integer      NOT NULL CHECK (pages > 0),
    issued_at         timestamptz  NOT NULL,
    issued_by         bigint       NOT NULL REFERENCES app_user (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, reference_number),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id)
);
CREATE INDEX document_issue_case ON document_issue (tenant_id, case_id, kind, issued_at);

-- Sending a document: how (registered mail, fax, hand delivery, online), on which date, the
-- post office's number for registered mail; who recorded it and when.
CREATE TABLE document_dispatch (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id               bigint       NOT NULL REFERENCES school (id),
    case_id                 bigint       NOT NULL,
    issue_id                bigint       NOT NULL,
    kind                    varchar(64)  NOT NULL,
    method                  varchar(16)  NOT NULL CHECK (method IN ('REGISTERED_MAIL', 'FAX', 'HAND_DELIVERY', 'ONLINE')),
    sent_on                 date         NOT NULL,
    registered_mail_number  varchar(32),
    note                    text,
    recorded_at             timestamptz  NOT NULL,
    recorded_by             bigint       NOT NULL REFERENCES app_user (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    FOREIGN KEY (tenant_id, issue_id) REFERENCES document_issue (tenant_id, id),
    CHECK (method <> 'REGISTERED_MAIL' OR registered_mail_number IS NOT NULL)
);
CREATE INDEX document_dispatch_case ON document_dispatch (tenant_id, case_id, sent_on);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['document_number', 'document_issue', 'document_dispatch'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t);
    END LOOP;
END $$;
-- Issues and dispatches are records of what happened: insert and read only.
GRANT SELECT, INSERT, UPDATE ON document_number TO ${appRole};
GRANT SELECT, INSERT ON document_issue, document_dispatch TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
