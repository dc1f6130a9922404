package tw.huixiao.platform.domain.isp;

import tw.huixiao.policy.spi.LocalizedText;

/** The roles of the ISP execution team (執行小組名單及職責, TN-TEAM), with the duties the template gives them. */
public enum TeamRole {
    PRINCIPAL("校長", "Principal", "主持相關會議及整合協調各處室資源（召集人）", "Chairs the meetings and coordinates the offices (convener)"),
    COUNSELLING_DIRECTOR("輔導主任", "Counselling director", "策畫、督導各項工作（執行秘書）", "Plans and supervises (executive secretary)"),
    COUNSELLING_HEAD("輔導組長", "Counselling section head",
            "負責業務承辦暨學生輔導諮商、辦理個案會議（副執行秘書）", "Runs the plan, counsels, holds the case meetings (deputy)"),
    RECORDS_HEAD("資料組長", "Records section head", "負責學生輔導資料的建立（副執行秘書）", "Builds the counselling records (deputy)"),
    ACADEMIC_DIRECTOR("教務主任", "Academic affairs director", "協助課程安排及成績處理", "Courses and grades"),
    STUDENT_AFFAIRS_DIRECTOR("學務主任", "Student affairs director", "協助學生管理輔導", "Student management and guidance"),
    GENERAL_AFFAIRS_DIRECTOR("總務主任", "General affairs director", "協助安排專用教室及設備採購", "Rooms and purchases"),
    DISCIPLINE_HEAD("生教組長", "Discipline section head", "負責學生常規管理", "Conduct"),
    TEACHING_HEAD("教學組長", "Teaching section head", "負責課程安排", "Course timetabling"),
    REGISTRATION_HEAD("註冊組長", "Registration section head", "負責成績處理", "Grades"),
    COUNSELLING_TEACHER("輔導教師", "Counselling teacher", "協助學生輔導諮商", "Counselling"),
    SPECIAL_EDUCATION_TEACHER("特教教師", "Special-education teacher", "協助學生輔導諮商", "Counselling"),
    HOMEROOM_TEACHER("導師", "Homeroom teacher", "協助學生", "Supports the student"),
    TEACHER("教師", "Teacher", "協助學生", "Supports the student"),
    SOCIAL_WORKER("社工", "Social worker", "協助學生", "Supports the student");

    private final LocalizedText label;
    private final LocalizedText duties;

    TeamRole(String zh, String en, String dutiesZh, String dutiesEn) {
        this.label = LocalizedText.of(zh, en);
        this.duties = LocalizedText.of(dutiesZh, dutiesEn);
    }

    public LocalizedText label() {
        return label;
    }

    /** The template's duties for the role (工作項目), used when the plan names none. */
    public LocalizedText duties() {
        return duties;
    }
}
