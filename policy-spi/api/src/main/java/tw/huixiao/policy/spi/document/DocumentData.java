package tw.huixiao.policy.spi.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a document template may print, as {@code {key}} placeholders in its texts. The school's
 * letterhead and the issue's own data (date, reference number) are always there; the case's
 * data is loaded only when a definition declares it needs it, and any personal datum makes the
 * document confidential (密件).
 */
public enum DocumentData {
    /** 學校名稱 (letterhead) */
    SCHOOL_NAME("school.name", false, true),
    /** 學校地址 (letterhead) */
    SCHOOL_ADDRESS("school.address", false, true),
    /** 學校電話 (letterhead) */
    SCHOOL_PHONE("school.phone", false, true),
    /** 學校所在行政區, e.g. 中壢區: names the district 強迫入學委員會 */
    SCHOOL_DISTRICT("school.district", false, true),
    /** 發文日期 in ROC form, e.g. 中華民國115年3月4日 */
    ISSUE_DATE("document.date", false, true),
    /** 發文字號, e.g. 回校字第1150000012號 */
    ISSUE_REFERENCE("document.reference", false, true),
    /** 學生姓名 (as recorded, e.g. 王○明) */
    STUDENT_NAME("student.name", true, false),
    /** 性別 (男 / 女) */
    STUDENT_GENDER("student.gender", true, false),
    /** 出生日期 in ROC form */
    STUDENT_BIRTH_DATE("student.birthDate", true, false),
    /** 年級班級, e.g. 8 年 701 班 */
    STUDENT_CLASS("student.class", true, false),
    /** 原住民身分: 是（族別）/ 否 */
    STUDENT_INDIGENOUS("student.indigenous", true, false),
    /** 家長（監護人）姓名 */
    GUARDIAN_NAME("guardian.name", true, false),
    /** 家長與學生關係, e.g. 父 */
    GUARDIAN_RELATION("guardian.relation", true, false),
    /** 家長通訊地址 */
    GUARDIAN_ADDRESS("guardian.address", true, false),
    /** 家長電話 */
    GUARDIAN_PHONE("guardian.phone", true, false),
    /** 首日未到校日期 in ROC form (the streak that opened the case) */
    ABSENCE_SINCE("absence.since", true, false),
    /** 連續未到校日數 (school days) */
    ABSENCE_DAYS("absence.days", true, false),
    /** 個案類別 (the module's category name) */
    CASE_CATEGORY("case.category", true, false),
    /** 開案日期 in ROC form */
    CASE_OPENED_ON("case.openedOn", true, false),
    /** 尋回返校日期 in ROC form (SPI 1.3) */
    CASE_RETURNED_ON("case.returnedOn", true, false),
    /** 導師: the case's assigned homeroom teacher, else the class's (SPI 1.3) */
    HOMEROOM_TEACHER("case.homeroomTeacher", false, false),
    /** 認輔老師: the case's assigned mentor teacher (SPI 1.3) */
    MENTOR_TEACHER("case.mentorTeacher", false, false),
    /** 復學申請日期 of the case's latest re-enrolment application, in ROC form (SPI 1.3) */
    RE_ENROLMENT_APPLIED_ON("reEnrolment.appliedOn", true, false),
    /** 申請人 of the case's latest re-enrolment application (SPI 1.3) */
    RE_ENROLMENT_APPLICANT("reEnrolment.applicant", true, false),
    /** 中輟日期 (left school on) of the case's latest re-enrolment application, in ROC form (SPI 1.3) */
    RE_ENROLMENT_LEFT_ON("reEnrolment.leftOn", true, false);

    private final String key;
    private final boolean personal;
    private final boolean alwaysAvailable;

    DocumentData(String key, boolean personal, boolean alwaysAvailable) {
        this.key = key;
        this.personal = personal;
        this.alwaysAvailable = alwaysAvailable;
    }

    /**
     * A date: printed in ROC form in documents, filled into DATE fields of forms
     * ({@link tw.huixiao.policy.spi.form.FormPrefill}); every other datum is text.
     *
     * @since SPI 1.3
     */
    public boolean date() {
        return switch (this) {
            case ISSUE_DATE, STUDENT_BIRTH_DATE, ABSENCE_SINCE, CASE_OPENED_ON, CASE_RETURNED_ON, RE_ENROLMENT_APPLIED_ON,
                    RE_ENROLMENT_LEFT_ON -> true;
            default -> false;
        };
    }

    /** The placeholder name, written {@code {key}} in a template. */
    public String key() {
        return key;
    }

    /** Personal data of the student or family: a document printing it is 密件. */
    public boolean personal() {
        return personal;
    }

    /** Letterhead and issue data, available to every document without being declared. */
    public boolean alwaysAvailable() {
        return alwaysAvailable;
    }

    public static Optional<DocumentData> byKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
