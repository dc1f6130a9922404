-- Issue 25: the heads the documents name for sign-off (policy-reference §0) as roles a county module
-- can require for a stage (SPI 1.6 SchoolRole): 輔導主任, 輔導組長, 教務主任, 學務主任, 總務主任, 生教組長.
-- The person in the post holds the head's role in addition to the office's.

ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_role_check;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_role_check CHECK (role IN ('PRINCIPAL', 'STUDENT_AFFAIRS',
    'ACADEMIC_AFFAIRS', 'REGISTRAR', 'COUNSELING', 'HOMEROOM_TEACHER', 'MENTOR_TEACHER', 'GENERAL_AFFAIRS',
    'COUNSELING_DIRECTOR', 'COUNSELING_SECTION_HEAD', 'ACADEMIC_AFFAIRS_DIRECTOR', 'STUDENT_AFFAIRS_DIRECTOR',
    'GENERAL_AFFAIRS_DIRECTOR', 'DISCIPLINE_SECTION_HEAD',
    'BUREAU_OFFICER', 'PLATFORM_ADMIN', 'SCHOOL_ADMIN'));
