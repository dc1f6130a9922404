-- Issue 20 §1: the county picture counts each school's enrolled students for the whole county
-- (CountyPictureStore.schools). Without this index that count reads the student table itself,
-- every school of every county (a sequential scan: 1.7 million rows, 324 MB, on the national
-- bench data set, most of them filtered out by the county_read policy row by row). With it, the
-- count reads only the index entries of the county's schools (index-only: tenant_id is all the
-- query and the policies look at). Nothing about who may read what changes: row-level security
-- still filters every entry (V34's county_read, OR'd with tenant_isolation).
CREATE INDEX student_enrolled ON student (tenant_id) WHERE enrolment_status = 'ENROLLED';
