package tw.huixiao.policy.spi;

/**
 * The school roles a module may make responsible for a duty or a sign-off stage
 * (policy-reference §0). The platform assigns tasks to the users holding them.
 */
public enum SchoolRole {
    /** 校長 */
    PRINCIPAL,
    /** 學務處 (教導處 in small schools), incl. 生教組長 */
    STUDENT_AFFAIRS,
    /** 教務處, incl. 教學組 */
    ACADEMIC_AFFAIRS,
    /** 註冊組 */
    REGISTRAR,
    /** 輔導室（處）: 輔導主任, 輔導組長, 專輔教師 */
    COUNSELING,
    /** 導師 */
    HOMEROOM_TEACHER,
    /** 認輔老師 */
    MENTOR_TEACHER,
    /** 總務處 */
    GENERAL_AFFAIRS
}
