-- Filings received on the platform (issue 20 §3): what a ladder step sends to the county bureau
-- (教育局／處) — the county module's BureauFiling list names the steps (SPI 1.5) — arrives in the
-- bureau's inbox when the school records the duty done, with the record or document attached.
--
-- The bureau's scope is V34's county binding: a bureau officer's transaction sets app.county
-- (transaction-local, like app.tenant_id) and no tenant; current_county() reads it. A filing row
-- carries its school (tenant_id) and that school's county, and has two policies: the school's own
-- rows, and the bureau's county's rows (read, and the decision columns written). No setting => no rows.

-- A filing's county is its school's: the composite key makes a row with another county impossible.
ALTER TABLE school ADD CONSTRAINT school_id_county UNIQUE (id, county);

-- Filings name their duty by (school, task).
ALTER TABLE case_task ADD CONSTRAINT case_task_tenant_id UNIQUE (tenant_id, id);

-- Which (module version, rule, product) is filed with the bureau: copied from the loaded county
-- modules at start-up, so the database can expect a filing the moment its duty arises.
CREATE TABLE bureau_filing_rule (
    policy_id       varchar(64) NOT NULL,
    policy_version  varchar(32) NOT NULL,
    rule_id         varchar(64) NOT NULL,
    produces        varchar(64) NOT NULL,
    title_zh        text        NOT NULL,
    title_en        text        NOT NULL,
    PRIMARY KEY (policy_id, policy_version, rule_id, produces)
);
GRANT SELECT ON bureau_filing_rule TO ${appRole};

CREATE TABLE bureau_filing (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        bigint       NOT NULL,
    county           varchar(32)  NOT NULL,
    task_id          bigint       NOT NULL,
    case_id          bigint,
    rule_id          varchar(64)  NOT NULL,
    produces         varchar(64)  NOT NULL,
    title_zh         text         NOT NULL,
    title_en         text         NOT NULL,
    -- DUE: the duty arose, nothing sent yet (the bureau sees it only once overdue, without the
    -- student); FILED: in the bureau's inbox; ACKNOWLEDGED (收件備查) or RETURNED (退回, with a
    -- reason: the school files again, a new row that supersedes this one).
    status           varchar(16)  NOT NULL CHECK (status IN ('DUE', 'FILED', 'ACKNOWLEDGED', 'RETURNED')),
    due_on           date,
    due_at           timestamptz,
    -- The student's name, class and the attachment travel only once the school files: the
    -- documents send them to the bureau.
    student_name     text,
    class_name       text,
    filed_at         timestamptz,
    filed_by         bigint REFERENCES app_user (id),
    filed_by_name    text,
    note             text,
    attachment       bytea,
    attachment_name  text,
    resubmits_id     bigint REFERENCES bureau_filing (id),
    decided_at       timestamptz,
    decided_by       bigint REFERENCES app_user (id),
    decided_by_name  text,
    decision_note    text,
    version          bigint       NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, county) REFERENCES school (id, county),
    FOREIGN KEY (tenant_id, task_id) REFERENCES case_task (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES student_case (tenant_id, id),
    CHECK (status = 'DUE' OR (filed_at IS NOT NULL AND filed_by IS NOT NULL AND attachment IS NOT NULL
                              AND student_name IS NOT NULL)),
    CHECK (status NOT IN ('ACKNOWLEDGED', 'RETURNED') OR (decided_at IS NOT NULL AND decided_by IS NOT NULL)),
    CHECK (status <> 'RETURNED' OR length(btrim(decision_note)) > 0)
);
-- One expected filing per duty; a re-filing after a return is a row of its own.
CREATE UNIQUE INDEX bureau_filing_due_once ON bureau_filing (tenant_id, task_id) WHERE resubmits_id IS NULL;
CREATE INDEX bureau_filing_inbox ON bureau_filing (county, status, filed_at);
CREATE INDEX bureau_filing_task ON bureau_filing (tenant_id, task_id);

ALTER TABLE bureau_filing ENABLE ROW LEVEL SECURITY;
ALTER TABLE bureau_filing FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON bureau_filing USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
CREATE POLICY bureau_reads_county ON bureau_filing FOR SELECT USING (county = current_county());
CREATE POLICY bureau_decides_county ON bureau_filing FOR UPDATE USING (county = current_county())
    WITH CHECK (county = current_county());
-- A school removes only an expected filing (its duty found not applicable, by the trigger below).
CREATE POLICY only_expected_filings_go ON bureau_filing AS RESTRICTIVE FOR DELETE USING (status = 'DUE');
GRANT SELECT, INSERT, DELETE ON bureau_filing TO ${appRole};
-- The school files (status, filer, attachment…); the bureau decides. Nobody rewrites the school,
-- county, duty or rule of a filing.
GRANT UPDATE (case_id, status, student_name, class_name, filed_at, filed_by, filed_by_name, note, attachment,
              attachment_name, decided_at, decided_by, decided_by_name, decision_note, version)
    ON bureau_filing TO ${appRole};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};

-- A duty that files with the bureau expects its filing from the moment it arises (so the bureau
-- sees it overdue); a duty found not applicable expects nothing. Runs as the caller, under the
-- school's own tenancy.
CREATE FUNCTION bureau_filing_expect() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    pid varchar(64);
    pver varchar(32);
    r bureau_filing_rule%ROWTYPE;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.status = 'NOT_APPLICABLE' AND OLD.status = 'OPEN' THEN
            DELETE FROM bureau_filing WHERE tenant_id = NEW.tenant_id AND task_id = NEW.id AND status = 'DUE';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.produces IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.case_id IS NOT NULL THEN
        SELECT policy_id, policy_version INTO pid, pver FROM student_case
         WHERE tenant_id = NEW.tenant_id AND id = NEW.case_id;
    ELSE
        SELECT policy_id, policy_version INTO pid, pver FROM absence_episode
         WHERE tenant_id = NEW.tenant_id AND id = NEW.episode_id;
    END IF;
    SELECT * INTO r FROM bureau_filing_rule
     WHERE policy_id = pid AND policy_version = pver AND rule_id = NEW.rule_id AND produces = NEW.produces;
    IF FOUND THEN
        INSERT INTO bureau_filing (tenant_id, county, task_id, case_id, rule_id, produces, title_zh, title_en,
                                   status, due_on, due_at)
        SELECT NEW.tenant_id, s.county, NEW.id, NEW.case_id, NEW.rule_id, NEW.produces, r.title_zh, r.title_en,
               'DUE', NEW.due_on, NEW.due_at
          FROM school s WHERE s.id = NEW.tenant_id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER case_task_bureau_filing AFTER INSERT OR UPDATE OF status ON case_task
    FOR EACH ROW EXECUTE FUNCTION bureau_filing_expect();

-- Episode tasks become the case's when the case opens (EscalationStore.linkEpisodeTasks).
CREATE FUNCTION bureau_filing_follow_case() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE bureau_filing SET case_id = NEW.case_id WHERE tenant_id = NEW.tenant_id AND task_id = NEW.id
       AND case_id IS NULL;
    RETURN NEW;
END $$;
CREATE TRIGGER case_task_bureau_filing_case AFTER UPDATE OF case_id ON case_task
    FOR EACH ROW WHEN (NEW.case_id IS NOT NULL AND OLD.case_id IS NULL) EXECUTE FUNCTION bureau_filing_follow_case();
