package tw.huixiao.policy.spi;

/**
 * The school roles a module may make responsible for a duty or a sign-off stage
 * (policy-reference §0). The platform assigns tasks to the users holding them.
 *
 * <p>The offices (學務處, 教務處, 輔導室, 總務處) are held by everyone working in them; the heads the
 * documents name for sign-off (輔導主任, 輔導組長, 教務主任, 學務主任, 總務主任, 生教組長; SPI 1.6)
 * are held in addition by the one person in that post, so a module can require, say, the
 * 輔導主任 for a stage while duties of 輔導室 still reach the director. A module naming a head
 * declares {@code spi=[1.6,2.0)}.
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
    GENERAL_AFFAIRS,
    /** 輔導主任 (the head of 輔導室) — since SPI 1.6 */
    COUNSELING_DIRECTOR,
    /** 輔導組長 — since SPI 1.6 */
    COUNSELING_SECTION_HEAD,
    /** 教務主任 — since SPI 1.6 */
    ACADEMIC_AFFAIRS_DIRECTOR,
    /** 學務主任 — since SPI 1.6 */
    STUDENT_AFFAIRS_DIRECTOR,
    /** 總務主任 — since SPI 1.6 */
    GENERAL_AFFAIRS_DIRECTOR,
    /** 生教組長 — since SPI 1.6 */
    DISCIPLINE_SECTION_HEAD
}
