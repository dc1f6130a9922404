package tw.huixiao.platform.domain.identity;

import tw.huixiao.policy.spi.LocalizedText;

/** The roles named by the documents (policy-reference §0), plus the county bureau and operators. */
public enum Role {
    PRINCIPAL("校長", "Principal"),
    STUDENT_AFFAIRS("學務處", "Student affairs"),
    ACADEMIC_AFFAIRS("教務處", "Academic affairs"),
    REGISTRAR("註冊組", "Registrar"),
    COUNSELING("輔導室", "Counselling office"),
    HOMEROOM_TEACHER("導師", "Homeroom teacher"),
    MENTOR_TEACHER("認輔老師", "Mentor teacher"),
    GENERAL_AFFAIRS("總務處", "General affairs"),
    /*
     * The heads the documents name for sign-off (policy-reference §0; SPI 1.6 SchoolRole): held by the
     * one person in the post in addition to the office's role, so a module can require them for a stage.
     */
    COUNSELING_DIRECTOR("輔導主任", "Counselling director"),
    COUNSELING_SECTION_HEAD("輔導組長", "Counselling section head"),
    ACADEMIC_AFFAIRS_DIRECTOR("教務主任", "Academic affairs director"),
    STUDENT_AFFAIRS_DIRECTOR("學務主任", "Student affairs director"),
    GENERAL_AFFAIRS_DIRECTOR("總務主任", "General affairs director"),
    DISCIPLINE_SECTION_HEAD("生教組長", "Discipline section head"),
    /** The school's registrar or information officer who runs its imports, classes and calendar (issue 19). */
    SCHOOL_ADMIN("學校系統管理者", "School administrator"),
    BUREAU_OFFICER("教育局（處）承辦人", "County bureau officer"),
    PLATFORM_ADMIN("平台管理者", "Platform administrator"),
    /** A module vendor (issue 21 §2): platform-level, no school or county; uploads for counties that granted it. */
    MODULE_VENDOR("規範模組廠商", "Module vendor");

    private final LocalizedText label;

    Role(String zhTw, String en) {
        this.label = LocalizedText.of(zhTw, en);
    }

    public LocalizedText label() {
        return label;
    }

    public boolean isSchoolRole() {
        return this != BUREAU_OFFICER && this != PLATFORM_ADMIN && this != MODULE_VENDOR;
    }
}
