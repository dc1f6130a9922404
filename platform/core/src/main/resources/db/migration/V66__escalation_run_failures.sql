-- Issue 21 §5: a school whose daily run failed, with the module whose code failed it (threw, or
-- ran past its time budget). Written by the run ledger on the owner data source with the run's
-- row; read by the platform administrator (every county) and a bureau (its county, filtered by
-- the application). A re-run of the date replaces the date's rows.
CREATE TABLE escalation_run_failure (
    business_date   date        NOT NULL REFERENCES escalation_run (business_date) ON DELETE CASCADE,
    school_id       bigint      NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    county          varchar(32) NOT NULL,
    module_id       text,
    module_version  text,
    module_method   text,
    kind            text        NOT NULL CHECK (kind IN ('THREW', 'TIMED_OUT', 'OVERLOADED', 'ERROR')),
    message         text        NOT NULL,
    PRIMARY KEY (business_date, school_id)
);
CREATE INDEX escalation_run_failure_county ON escalation_run_failure (county, business_date DESC);
