-- The case list (issue 8 §4) shows each case's running streak and filters by it and by state:
-- look episodes up by case, and cases by state, inside one school.
CREATE INDEX absence_episode_case ON absence_episode (tenant_id, case_id) WHERE case_id IS NOT NULL;
CREATE INDEX student_case_state ON student_case (tenant_id, state, opened_at);
