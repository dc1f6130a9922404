package tw.huixiao.policy.spi.document;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

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
    RE_ENROLMENT_LEFT_ON("reEnrolment.leftOn", true, false),
    /** 座號 (the student's seat number in the class) (SPI 1.4) */
    STUDENT_SEAT_NUMBER("student.seatNumber", true, false),
    /**
     * 家庭背景: 原住民, 新移民子女, 低收入戶, 中低收入戶, 單親, 隔代教養 as recorded in the register, e.g.
     * 原住民、單親; empty when none. Only roles that may see the family background get it (SPI 1.4).
     */
    STUDENT_FAMILY_BACKGROUND("student.familyBackground", true, false),
    /** 輔導老師: the case's assigned counsellor (SPI 1.4) */
    COUNSELLOR("case.counsellor", false, false),
    /** The day the record is started or the form printed (a document's is its {@link #ISSUE_DATE}) (SPI 1.4) */
    TODAY("today", false, false),
    /**
     * The rule id of the duty (task) a form record is started for, e.g. the day-1 contact's; only
     * when the form is started from a duty (SPI 1.4)
     */
    DUTY_RULE_ID("duty.ruleId", false, false),
    /** The due date of the duty a form record is started for (SPI 1.4) */
    DUTY_DUE_ON("duty.dueOn", true, false);

    private static final Set<String> YES_NO = Set.of("YES", "NO");

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
                    RE_ENROLMENT_LEFT_ON, TODAY, DUTY_DUE_ON -> true;
            default -> false;
        };
    }

    /**
     * The coded values of a datum that can fill a choice or yes/no field of a form through a
     * {@link tw.huixiao.policy.spi.form.ChoicePrefill}: STUDENT_GENDER M / F, STUDENT_INDIGENOUS
     * YES / NO, STUDENT_FAMILY_BACKGROUND any of INDIGENOUS, NEW_IMMIGRANT, LOW_INCOME, MID_LOW_INCOME,
     * SINGLE_PARENT, GRANDPARENT_CARE. {@link #DUTY_RULE_ID} takes the module's own rule ids (an
     * open set: empty here). Empty for every other datum.
     *
     * @since SPI 1.4
     */
    public Set<String> choiceValues() {
        return switch (this) {
            case STUDENT_GENDER -> Set.of("M", "F");
            case STUDENT_INDIGENOUS -> YES_NO;
            case STUDENT_FAMILY_BACKGROUND -> Set.of("INDIGENOUS", "NEW_IMMIGRANT", "LOW_INCOME", "MID_LOW_INCOME",
                    "SINGLE_PARENT", "GRANDPARENT_CARE");
            default -> Set.of();
        };
    }

    /**
     * Whether the datum can fill a choice or yes/no field ({@link #choiceValues()}, or the
     * module's rule ids for {@link #DUTY_RULE_ID}).
     *
     * @since SPI 1.4
     */
    public boolean choice() {
        return this == DUTY_RULE_ID || !choiceValues().isEmpty();
    }

    /**
     * A datum that may hold several values at once (the family background): it fills only
     * multi-choice fields.
     *
     * @since SPI 1.4
     */
    public boolean multiValued() {
        return this == STUDENT_FAMILY_BACKGROUND;
    }

    /**
     * Whether the datum is yes / no: it fills a YES_NO field directly (YES → true, NO → false).
     *
     * @since SPI 1.4
     */
    public boolean yesNo() {
        return choiceValues().equals(YES_NO);
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
