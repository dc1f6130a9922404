-- A duty that arises before its case (Taoyuan's day-1 family contact, whose 中輟 case opens on the
-- 3rd day) is done with a record of its form kept for the absence streak (episode). When the engine
-- opens the case for that episode, the episode's records become the case's (episode_id cleared).
ALTER TABLE form_record
    ADD COLUMN episode_id bigint,
    ADD FOREIGN KEY (tenant_id, episode_id) REFERENCES absence_episode (tenant_id, id),
    DROP CONSTRAINT form_record_one_subject,
    ADD CONSTRAINT form_record_one_subject
        CHECK (num_nonnulls(case_id, screening_assessment_id, roster_id, episode_id) = 1);
CREATE INDEX form_record_episode ON form_record (tenant_id, episode_id) WHERE episode_id IS NOT NULL;
