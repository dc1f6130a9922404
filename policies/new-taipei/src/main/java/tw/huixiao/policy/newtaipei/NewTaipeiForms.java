package tw.huixiao.policy.newtaipei;

import static tw.huixiao.policy.spi.form.Field.field;

import java.util.List;
import java.util.Set;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.FormPrefill;
import tw.huixiao.policy.spi.form.SignOffStage;

/**
 * The four forms the New Taipei procedure names. The document names them but prints none of
 * them, so labels and options are the document's own words where it has them (categories,
 * 行蹤狀況, 入班原則, meeting members, offices' tasks) and the sign-off chains follow the
 * offices the document makes responsible (see README).
 */
public final class NewTaipeiForms {

    public static final String CASE_CARE_CARD = "NT-CASE-CARE-CARD";
    public static final String RE_ENROLMENT_APPLICATION = "NT-RE-ENROLMENT-APPLICATION";
    public static final String SUPPLEMENTARY_SCHOOL_REFERRAL = "NT-SUPPLEMENTARY-SCHOOL-REFERRAL";
    public static final String PLACEMENT_MEETING_RECORD = "NT-PLACEMENT-MEETING-RECORD";

    /** 個案關懷卡: created by the 中輟個案會議 (NT-D4-MEETING), kept up while the case lasts. */
    public static final FormDefinition CARE_CARD = FormDefinition.form(CASE_CARE_CARD, 1)
            .title("個案關懷卡", "Case care card")
            .rule("NT-D4-MEETING")
            .section("student", "學生基本資料", "Student",
                    field("studentName", FieldType.PERSON).label("學生姓名", "Student name").required(),
                    field("className", FieldType.TEXT).label("年級班級", "Grade and class").required(),
                    field("guardian", FieldType.PERSON).label("家長（法定代理人）", "Parent (legal guardian)").required(),
                    field("guardianPhone", FieldType.TEXT).label("聯絡電話", "Phone"),
                    field("address", FieldType.TEXT).label("居住地址", "Address"))
            .section("category", "中途輟學學生類別", "Dropout category",
                    field("category", FieldType.SINGLE_CHOICE).label("中途輟學學生類別", "Category").required()
                            .option("CAT1", "第一類：未經請假未到校上課達 3 日以上或長期缺課(全學期累計達七日以上，未經請假而無故缺課者)之學生",
                                    "Category 1: absent without leave 3+ days, or long-term absence")
                            .option("CAT2", "第二類：學期開學未到校註冊(含新生直到開學後未報到)達 3 日以上之學生",
                                    "Category 2: not registered at semester start for 3+ days")
                            .option("CAT3", "第三類：轉學時未向轉入學校報到達 3 日以上之學生",
                                    "Category 3: not reported at the receiving school for 3+ days")
                            .option("NEW", "新生未報到", "New student no-show"),
                    field("whereabouts", FieldType.SINGLE_CHOICE).label("學生行蹤狀況", "Whereabouts").required()
                            .option("GENERAL", "一般狀況(學生因各種原因致使不到校，惟非行蹤不明)",
                                    "General: absent for some reason, whereabouts known")
                            .option("MISSING", "行蹤不明(須透過警方及強迫入學委員會等方式追蹤協尋學生)",
                                    "Missing: searched for through the police and the committee"),
                    field("firstAbsentOn", FieldType.DATE).label("未到校起始日", "First day absent").required(),
                    field("reportedOn", FieldType.DATE).label("中輟通報日期", "Date reported"))
            .section("meeting", "中輟個案會議", "Dropout case meeting",
                    field("meetingDate", FieldType.DATE).label("會議日期", "Meeting date").required(),
                    field("dropoutConfirmed", FieldType.YES_NO).label("確認學生中輟事宜", "Dropout confirmed").required(),
                    field("retrievalStrategy", FieldType.LONG_TEXT).label("尋回策略", "Retrieval strategy").required(),
                    field("keyCase", FieldType.YES_NO).label("列入重點個案", "Listed as a key case").required(),
                    field("homeroomTeacher", FieldType.PERSON).label("導師", "Homeroom teacher").required(),
                    field("mentorTeacher", FieldType.PERSON).label("認輔老師", "Mentor teacher"))
            .section("tracking", "追蹤輔導紀錄", "Tracking and counselling record",
                    field("trackingLog", FieldType.TABLE).label("追蹤輔導紀錄", "Tracking log")
                            .column(field("logDate", FieldType.DATE).label("日期", "Date").required())
                            .column(field("logMethod", FieldType.SINGLE_CHOICE).label("方式", "Method").required()
                                    .option("PHONE", "電話聯繫", "Phone call")
                                    .option("HOME_VISIT", "家訪", "Home visit")
                                    .option("REGISTERED_MAIL", "限時掛號", "Prompt registered letter")
                                    .option("INTERVIEW", "會談", "Interview")
                                    .other("OTHER", "其他：＿＿", "Other: ＿＿"))
                            .column(field("logBy", FieldType.PERSON).label("執行人員", "By").required())
                            .column(field("logResult", FieldType.LONG_TEXT).label("內容及結果", "Content and result")
                                    .required()))
            .section("outcome", "尋回及復學", "Return and re-enrolment",
                    field("returnedOn", FieldType.DATE).label("尋回返校日期", "Date back at school"),
                    field("reEnrolledOn", FieldType.DATE).label("復學日期", "Re-enrolment date"))
            .stage(new SignOffStage("counsellor", LocalizedText.of("承辦人（輔導組長）", "Case officer (counselling section head)"),
                    Set.of(SchoolRole.COUNSELING), false, Set.of("studentName", "className", "guardian", "category",
                    "whereabouts", "firstAbsentOn", "meetingDate", "dropoutConfirmed", "retrievalStrategy", "keyCase",
                    "homeroomTeacher", "mentorTeacher")))
            .stage(new SignOffStage("director", LocalizedText.of("輔導主任", "Counselling director"),
                    Set.of(SchoolRole.COUNSELING), true, Set.of("meetingDate", "dropoutConfirmed", "retrievalStrategy",
                    "keyCase")))
            .stage(new SignOffStage("principal", LocalizedText.of("校長", "Principal"),
                    Set.of(SchoolRole.PRINCIPAL), true, Set.of("keyCase")))
            .build();

    /** 復學申請書: filled in at 註冊組 (辦理方式 七(一)); each office then records its part. */
    public static final FormDefinition APPLICATION = FormDefinition.form(RE_ENROLMENT_APPLICATION, 1)
            .title("復學申請書", "Re-enrolment application")
            .rule("NT-REENROL")
            .section("applicant", "申請人", "Applicant",
                    field("studentName", FieldType.PERSON).label("學生姓名", "Student name").required(),
                    field("studentNumber", FieldType.TEXT).label("學號", "Student number"),
                    field("originalClass", FieldType.TEXT).label("原就讀年級班級", "Former grade and class").required(),
                    field("dropoutDate", FieldType.DATE).label("中輟日期", "Date of dropping out"),
                    field("applicant", FieldType.PERSON).label("申請人（家長或中輟生）", "Applicant (parent or student)")
                            .required(),
                    field("relation", FieldType.TEXT).label("與學生關係", "Relation to the student").required(),
                    field("phone", FieldType.TEXT).label("聯絡電話", "Phone").required(),
                    field("address", FieldType.TEXT).label("通訊地址", "Address"))
            .section("request", "申請復學", "Application",
                    field("applicationDate", FieldType.DATE).label("申請日期", "Date of application").required(),
                    field("statement", FieldType.LONG_TEXT).label("申請復學說明", "Statement"),
                    field("parentSignature", FieldType.SIGNATURE).label("家長簽章", "Parent's signature").required(),
                    field("studentSignature", FieldType.SIGNATURE).label("學生簽名", "Student's signature").required())
            .section("registrar", "註冊組受理（零拒絕、隨時接受申請）", "Registrar: accepted (never refused, at any time)",
                    field("acceptedOn", FieldType.DATE).label("受理日期", "Accepted on").required())
            .section("academic", "教務處：編班、註冊、教育銜接、補救教學、成績計算、復學通報、中途班課程安排",
                    "Academic affairs: class, registration, bridging, remedial teaching, grades, "
                            + "re-enrolment report, halfway-class courses",
                    field("assignedClass", FieldType.TEXT).label("編班", "Class assigned").required(),
                    field("reEnrolmentReportedOn", FieldType.DATE).label("復學通報日期", "Re-enrolment reported on")
                            .required(),
                    field("remedialTeaching", FieldType.YES_NO).label("補救教學", "Remedial teaching"),
                    field("halfwayClass", FieldType.YES_NO).label("中途班課程安排", "Halfway-class courses"))
            .section("studentAffairs", "學務處：生活規範、生活輔導", "Student affairs: conduct and life counselling",
                    field("lifeGuidance", FieldType.LONG_TEXT).label("生活規範、生活輔導", "Conduct and life counselling"))
            .section("counselling", "輔導處：召開復學輔導會議，建立個案關懷卡、安排認輔老師、心理輔導、校內外輔導資源介入",
                    "Counselling office: re-enrolment counselling meeting, case care card, mentor teacher, "
                            + "counselling, school and external resources",
                    field("reEnrolmentMeetingOn", FieldType.DATE).label("復學輔導會議日期", "Re-enrolment counselling meeting"),
                    field("assignedMentor", FieldType.PERSON).label("認輔老師", "Mentor teacher assigned").required(),
                    field("resources", FieldType.MULTI_CHOICE).label("輔導資源介入", "Resources")
                            .option("PSYCHOLOGICAL", "心理輔導", "Psychological counselling")
                            .option("IN_SCHOOL", "校內輔導資源", "Resources in school")
                            .option("EXTERNAL", "校外輔導資源", "External resources"))
            .section("generalAffairs", "總務處：繳交相關費用", "General affairs: fees",
                    field("feesPaid", FieldType.YES_NO).label("繳交相關費用", "Fees paid"))
            .stage(new SignOffStage("registrar", LocalizedText.of("註冊組長（受理）", "Registrar (accepted)"),
                    Set.of(SchoolRole.REGISTRAR), false, Set.of("studentName", "originalClass", "applicant", "relation",
                    "phone", "applicationDate", "parentSignature", "studentSignature", "acceptedOn")))
            .stage(new SignOffStage("academic", LocalizedText.of("教務處", "Academic affairs"),
                    Set.of(SchoolRole.ACADEMIC_AFFAIRS), false,
                    Set.of("assignedClass", "reEnrolmentReportedOn", "remedialTeaching", "halfwayClass")))
            .stage(new SignOffStage("studentAffairs", LocalizedText.of("學務處", "Student affairs"),
                    Set.of(SchoolRole.STUDENT_AFFAIRS), false, Set.of("lifeGuidance")))
            .stage(new SignOffStage("counselling", LocalizedText.of("輔導處", "Counselling office"),
                    Set.of(SchoolRole.COUNSELING), false, Set.of("reEnrolmentMeetingOn", "assignedMentor", "resources")))
            .stage(new SignOffStage("generalAffairs", LocalizedText.of("總務處", "General affairs"),
                    Set.of(SchoolRole.GENERAL_AFFAIRS), false, Set.of("feesPaid")))
            .stampedBy("principal", "校長", "Principal", SchoolRole.PRINCIPAL)
            .build();

    /** 暫讀補校轉介單 (實施要點 七(一)): parent and student apply, 輔導室 and 導師 check and approve. */
    public static final FormDefinition REFERRAL = FormDefinition.form(SUPPLEMENTARY_SCHOOL_REFERRAL, 1)
            .title("暫讀補校轉介單", "Referral for temporary study at the supplementary school")
            .rule("NT-BUXIAO")
            .section("student", "學生資料", "Student",
                    field("studentName", FieldType.PERSON).label("學生姓名", "Student name").required(),
                    field("originalClass", FieldType.TEXT).label("原校日間部原班", "Original day-school class").required(),
                    field("birthDate", FieldType.DATE).label("出生日期（年齡已滿十五歲）", "Date of birth (15 or older)")
                            .required(),
                    field("dropoutFrom", FieldType.DATE).label("中輟日期", "Dropped out on"))
            .section("application", "家長及學生提出申請", "Application by the parent and the student",
                    field("applicationDate", FieldType.DATE).label("申請日期", "Date of application").required(),
                    field("reason", FieldType.LONG_TEXT).label("轉介理由", "Reason for referral").required(),
                    field("parentApplication", FieldType.SIGNATURE).label("家長簽章", "Parent's signature").required(),
                    field("studentApplication", FieldType.SIGNATURE).label("學生簽名", "Student's signature").required())
            .section("review", "輔導室及導師查核認可", "Checked and approved by the counselling office and homeroom teacher",
                    field("homeroomApproved", FieldType.YES_NO).label("導師查核認可", "Homeroom teacher approves")
                            .required(),
                    field("counsellingApproved", FieldType.YES_NO).label("輔導室查核認可", "Counselling office approves")
                            .required())
            .section("meeting", "中輟生復學暫讀補校安置會議", "Meeting on temporary supplementary-school placement",
                    field("meetingDate", FieldType.DATE).label("會議日期", "Meeting date").required(),
                    field("decision", FieldType.SINGLE_CHOICE).label("決議", "Decision").required()
                            .option("PLACE", "暫讀補校", "Study temporarily at the supplementary school")
                            .option("DAY_CLASS", "不安置補校，於日間部就讀", "Not placed; study in the day school")
                            .other("OTHER", "其他：＿＿", "Other: ＿＿"),
                    field("registryInOriginalClass", FieldType.YES_NO)
                            .label("學籍仍設原校日間部原班", "Registration stays in the original day-school class").required(),
                    field("reviewMeetingDue", FieldType.DATE)
                            .label("就讀滿兩個月評估返回原班就讀之可行性會議日期", "Review meeting after two months"))
            .section("counselling", "個案輔導", "Case counselling",
                    field("jointCounsellors", FieldType.MULTI_CHOICE).label("共同輔導人員", "Counselled jointly by")
                            .required()
                            .option("HOMEROOM", "原班導師", "Original homeroom teacher")
                            .option("COUNSELLOR", "輔導老師", "Counselling teacher")
                            .option("DISCIPLINE", "訓導人員", "Discipline staff")
                            .option("SUPPLEMENTARY_DIRECTOR", "補校主任", "Supplementary-school director")
                            .option("SUPPLEMENTARY_HOMEROOM", "補校導師", "Supplementary-school homeroom teacher"))
            .stage(new SignOffStage("homeroom", LocalizedText.of("導師查核認可", "Homeroom teacher: checked"),
                    Set.of(SchoolRole.HOMEROOM_TEACHER), false, Set.of("homeroomApproved")))
            .stage(new SignOffStage("counselling", LocalizedText.of("輔導室查核認可", "Counselling office: checked"),
                    Set.of(SchoolRole.COUNSELING), false, Set.of("counsellingApproved", "reason")))
            .stage(new SignOffStage("chair", LocalizedText.of("安置會議主席（校長）", "Meeting chair (principal)"),
                    Set.of(SchoolRole.PRINCIPAL), true, Set.of("meetingDate", "decision", "registryInOriginalClass")))
            .build();

    /** 安置會議紀錄 (辦理方式 八): chaired by the principal, decides the class. */
    public static final FormDefinition PLACEMENT_RECORD = FormDefinition.form(PLACEMENT_MEETING_RECORD, 1)
            .title("安置會議紀錄", "Placement meeting record")
            .rule("NT-PLACEMENT")
            .section("meeting", "安置會議", "Placement meeting",
                    field("meetingDate", FieldType.DATE).label("會議日期", "Meeting date").required(),
                    field("chair", FieldType.PERSON).label("主席（校長）", "Chair (principal)").required(),
                    field("members", FieldType.MULTI_CHOICE).label("出席成員", "Members present").required()
                            .option("COUNSELLING_DIRECTOR", "輔導主任", "Counselling director")
                            .option("ACADEMIC_DIRECTOR", "教務主任", "Academic affairs director")
                            .option("STUDENT_AFFAIRS_DIRECTOR", "學務主任", "Student affairs director")
                            .option("COUNSELLING_HEAD", "輔導組長", "Counselling section head")
                            .option("DISCIPLINE_HEAD", "生教組長", "Discipline section head")
                            .option("REGISTRAR_HEAD", "註冊組長", "Registrar")
                            .option("HOMEROOM", "相關班級導師", "Homeroom teacher of the class"))
            .section("student", "學生", "Student",
                    field("studentName", FieldType.PERSON).label("學生姓名", "Student name").required(),
                    field("originalClass", FieldType.TEXT).label("原中輟年級班級", "Grade and class when leaving").required(),
                    field("timeAway", FieldType.SINGLE_CHOICE).label("中輟時間", "Time away").required()
                            .option("UNDER_ONE_YEAR", "中輟未達 1 年", "Away less than 1 year")
                            .option("ONE_YEAR_OR_MORE", "中輟 1 年以上", "Away 1 year or more"),
                    field("age", FieldType.NUMBER).label("年齡（足歲）", "Age (full years)").required())
            .section("decision", "安置決議", "Decision",
                    field("placement", FieldType.SINGLE_CHOICE).label("安置班級原則", "Placement").required()
                            .option(NewTaipeiPlacement.ORIGINAL_CLASS, "中輟未達 1 年者以返回原班就讀為原則",
                                    "Away less than 1 year: back to the original class")
                            .option(NewTaipeiPlacement.FORMER_GRADE, "1 年以上者以銜接原中輟年級為原則",
                                    "Away 1 year or more: continue at the grade where the student left")
                            .option(NewTaipeiPlacement.SUPPLEMENTARY_SCHOOL, "符合安置補校條件時，得安置到原學校之補校",
                                    "Eligible: the school's own supplementary school")
                            .option(NewTaipeiPlacement.SPECIAL_CASE, "特殊個案依學生需求，議決安置適當班級",
                                    "Special case: a suitable class decided by the meeting"),
                    field("assignedClass", FieldType.TEXT).label("安置班級", "Class").required(),
                    field("directToClass", FieldType.YES_NO).label("評估是否直接入班", "Straight into the class").required(),
                    field("individualisedPlan", FieldType.YES_NO)
                            .label("訂定個別化教育方案（輔導處協同家長、導師、教務處、學務處）",
                                    "Individualised education plan (counselling office with parents, homeroom "
                                            + "teacher, academic and student affairs)"),
                    field("minutes", FieldType.LONG_TEXT).label("會議紀錄", "Minutes").required())
            .signedBy("recorder", "紀錄（輔導組長）", "Minutes taken by (counselling section head)", SchoolRole.COUNSELING)
            .signedBy("academic", "教務主任", "Academic affairs director", SchoolRole.ACADEMIC_AFFAIRS)
            .signedBy("studentAffairs", "學務主任", "Student affairs director", SchoolRole.STUDENT_AFFAIRS)
            .stampedBy("counsellingDirector", "輔導主任", "Counselling director", SchoolRole.COUNSELING)
            .stampedBy("chair", "主席（校長）", "Chair (principal)", SchoolRole.PRINCIPAL)
            .build();

    public static final List<FormDefinition> ALL = List.of(CARE_CARD, APPLICATION, REFERRAL, PLACEMENT_RECORD);

    /**
     * What the platform fills in from the case (SPI 1.3): the care card's student, family, first
     * day absent, teachers and return; the application's student, former class, the guardian as
     * applicant and the re-enrolment application already recorded (復學申請: date, applicant, day
     * the student left). The registrar prints the prefilled application for the parent and the
     * student to sign by hand, then records it.
     */
    public static final List<FormPrefill> PREFILLS = List.of(
            FormPrefill.of(CASE_CARE_CARD)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("className", DocumentData.STUDENT_CLASS)
                    .field("guardian", DocumentData.GUARDIAN_NAME)
                    .field("guardianPhone", DocumentData.GUARDIAN_PHONE)
                    .field("address", DocumentData.GUARDIAN_ADDRESS)
                    .field("firstAbsentOn", DocumentData.ABSENCE_SINCE)
                    .field("homeroomTeacher", DocumentData.HOMEROOM_TEACHER)
                    .field("mentorTeacher", DocumentData.MENTOR_TEACHER)
                    .field("returnedOn", DocumentData.CASE_RETURNED_ON)
                    .field("reEnrolledOn", DocumentData.RE_ENROLMENT_APPLIED_ON)
                    .field("meetingDate", DocumentData.DUTY_DUE_ON)
                    .build(),
            FormPrefill.of(RE_ENROLMENT_APPLICATION)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("originalClass", DocumentData.STUDENT_CLASS)
                    .field("dropoutDate", DocumentData.RE_ENROLMENT_LEFT_ON)
                    .field("applicant", DocumentData.RE_ENROLMENT_APPLICANT)
                    .field("relation", DocumentData.GUARDIAN_RELATION)
                    .field("phone", DocumentData.GUARDIAN_PHONE)
                    .field("address", DocumentData.GUARDIAN_ADDRESS)
                    .field("applicationDate", DocumentData.RE_ENROLMENT_APPLIED_ON)
                    .field("acceptedOn", DocumentData.RE_ENROLMENT_APPLIED_ON)
                    .build(),
            FormPrefill.of(SUPPLEMENTARY_SCHOOL_REFERRAL)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("originalClass", DocumentData.STUDENT_CLASS)
                    .field("birthDate", DocumentData.STUDENT_BIRTH_DATE)
                    .field("dropoutFrom", DocumentData.RE_ENROLMENT_LEFT_ON)
                    .build(),
            FormPrefill.of(PLACEMENT_MEETING_RECORD)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("originalClass", DocumentData.STUDENT_CLASS)
                    .field("meetingDate", DocumentData.DUTY_DUE_ON)
                    .build());

    /** The forms have no choice the case decides (the care card's 類別 is the meeting's call): none (SPI 1.4). */
    public static final List<ChoicePrefill> CHOICE_PREFILLS = List.of();

    private NewTaipeiForms() {
    }
}
