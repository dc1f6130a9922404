-- The access log of a student's register entry (issue 8 §7: the student detail page). Student
-- reads and refusals are logged without a case (case_id NULL, record_type STUDENT, record_id the
-- student's id); the detail page shows the counselling office and the principal who looked at
-- the student. This index finds one student's rows without scanning the school's other
-- case-less rows.
CREATE INDEX access_log_record ON access_log (tenant_id, record_type, record_id, occurred_at)
    WHERE case_id IS NULL;
