package tw.huixiao.policy.taoyuan;

import static tw.huixiao.policy.spi.form.Field.field;

import java.util.List;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.FormPrefill;

/**
 * The forms of the Taoyuan SOP. The document names the 輔導訪談紀錄（B）表 (kept in the 雲端學務整合系統),
 * the 「中輟之虞學生協尋因應作為研商會議」 and the 個案會議, and asks the 學務處 to confirm long-leave and
 * irregular-attendance students every month with 逐級簽核. It prints none of these forms: field
 * labels and options are the document's own words wherever it has them; the few added fields
 * (date, place, chair, attendees, resolutions, names) are what any record of the kind needs,
 * and are listed in the module README.
 */
public final class TaoyuanForms {

    /** 輔導訪談紀錄（B）表 (TY-D1-CONTACT; also the teacher's day-4 contacts, TY-D4-URGE). */
    public static final String CONTACT_RECORD_B = "TY-CONTACT-RECORD-B";
    /** 中輟之虞學生協尋因應作為研商會議紀錄 (TY-D3-SEARCH-MEETING). */
    public static final String SEARCH_MEETING = "TY-SEARCH-MEETING";
    /** 個案會議紀錄 (TY-D3-CASE-MEETING; also TY-D0-COUNSEL and the 學生復學輔導小組 of TY-D4-TASKFORCE). */
    public static final String CASE_MEETING = "TY-CASE-MEETING";
    /** 學務處 monthly confirmation of long-leave / irregular-attendance students, signed up the chain (TY-D0-MONTHLY). */
    public static final String MONTHLY_REVIEW = "TY-MONTHLY-REVIEW";

    /** The cross-network units the SOP names for day 4 (輔導室 (3)), in the document's order. */
    private static Field.Builder withNetworkUnits(Field.Builder f) {
        return f.option("PARENT", "學生家長", "Parents")
                .option("INDIGENOUS_BUREAU", "原民局", "Indigenous Peoples Bureau")
                .option("SOCIAL", "社政", "Social services")
                .option("POLICE", "警政", "Police")
                .option("HEALTH", "衛政", "Health services")
                .option("CIVIL", "民政", "Civil affairs")
                .option("VILLAGE_CHIEF", "里長", "Village chief")
                .option("VILLAGE_OFFICER", "里幹事", "Village officer")
                .option("MEDICAL", "醫療", "Medical services")
                .option("COUNSELING_CENTRE", "輔諮中心", "Student counselling and consultation centre")
                .option("FAMILY_EDUCATION_CENTRE", "家教中心", "Family education centre");
    }

    static final FormDefinition CONTACT_RECORD_B_FORM = FormDefinition.form(CONTACT_RECORD_B, 1)
            .title("輔導訪談紀錄（B）表", "Counselling interview record (form B)")
            .rule("TY-D1-CONTACT")
            .section("student", "學生", "Student",
                    field("studentName", FieldType.PERSON).label("學生姓名", "Student").required(),
                    field("className", FieldType.TEXT).label("班級", "Class").required(),
                    field("seatNumber", FieldType.TEXT).label("座號", "Seat number"),
                    field("indigenous", FieldType.YES_NO).label("是否屬原住民學生", "Indigenous student").required())
            .section("contact", "聯繫情形", "Contact",
                    field("contactDate", FieldType.DATE).label("聯繫日期", "Date of contact").required(),
                    field("contactedParty", FieldType.SINGLE_CHOICE)
                            .label("聯繫對象", "Person contacted").required()
                            .option("STUDENT", "學生", "The student")
                            .option("LEGAL_REPRESENTATIVE", "法定代理人", "Legal representative")
                            .option("PRIMARY_CAREGIVER", "主要照顧者", "Primary caregiver")
                            .other("OTHER", "其他", "Other"),
                    field("contactedPerson", FieldType.PERSON).label("聯繫對象姓名", "Name of the person contacted")
                            .required(),
                    field("relationship", FieldType.TEXT).label("與學生關係", "Relationship to the student").required(),
                    field("method", FieldType.SINGLE_CHOICE).label("聯繫方式", "Method").required()
                            .option("PHONE", "電話聯繫", "Phone call")
                            .option("HOME_VISIT", "家訪", "Home visit")
                            .option("AT_SCHOOL", "到校說明", "Parent came to school")
                            .option("REGISTERED_MAIL", "限時掛號", "Prompt registered letter")
                            .other("OTHER", "其他", "Other"),
                    field("content", FieldType.LONG_TEXT).label("聯繫內容", "What was discussed").required(),
                    field("outcome", FieldType.SINGLE_CHOICE).label("聯繫結果", "Outcome").required()
                            .option("RETURNED", "已到校", "Back at school")
                            .option("CAUSE_KNOWN", "已知原因未到校", "Absent, cause known")
                            .option("CAUSE_UNKNOWN", "原因不明未到校", "Absent, cause unknown")
                            .option("NOT_REACHED", "未能聯繫", "Could not be reached"),
                    field("emergency", FieldType.YES_NO).label("有無緊急或可能有危險之情況", "Emergency or possible danger")
                            .required(),
                    field("vulnerableFamily", FieldType.YES_NO).label("有無脆弱家庭樣態", "Signs of a vulnerable family"))
            .section("followUp", "後續處理", "Next steps",
                    field("reportedTo", FieldType.MULTI_CHOICE).label("報備／聯絡", "Reported to").required()
                            .option("STUDENT_AFFAIRS", "向學務處(教導處)報備", "Reported to student affairs")
                            .option("COUNSELING", "聯絡輔導室", "Counselling office informed"),
                    field("nextSteps", FieldType.MULTI_CHOICE).label("後續處理", "Next steps").required()
                            .option("HOME_VISIT", "學務處(教導處)派員協同導師家訪",
                                    "Student affairs sends staff on a home visit with the homeroom teacher")
                            .option("NETWORK", "邀請跨網絡單位(警政、社政、里長等)一同前往",
                                    "Invite network units (police, social services, village chief) along")
                            .option("INDIGENOUS_LIAISON", "與原服員聯繫建立溝通管道",
                                    "Contact the indigenous-affairs liaison")
                            .option("KEEP_CONTACT", "持續聯繫家長與學生，督促學生到校",
                                    "Keep contacting parents and student, urge the student to come")
                            .other("OTHER", "其他", "Other"),
                    field("nextContactDate", FieldType.DATE).label("下次聯繫日期", "Next contact date"))
            .signedBy("homeroom", "導師", "Homeroom teacher", SchoolRole.HOMEROOM_TEACHER)
            .stampedBy("studentAffairs", "學務處(教導處)", "Student affairs office", SchoolRole.STUDENT_AFFAIRS)
            .stampedBy("counseling", "輔導室", "Counselling office", SchoolRole.COUNSELING)
            .signedBy("principal", "校長", "Principal", SchoolRole.PRINCIPAL)
            .build();

    static final FormDefinition SEARCH_MEETING_FORM = FormDefinition.form(SEARCH_MEETING, 1)
            .title("中輟之虞學生協尋因應作為研商會議紀錄",
                    "Record of the meeting on searching for a student at risk of dropping out")
            .rule("TY-D3-SEARCH-MEETING")
            .section("meeting", "會議資料", "Meeting",
                    field("meetingDate", FieldType.DATE).label("會議日期", "Date").required(),
                    field("place", FieldType.TEXT).label("會議地點", "Place").required(),
                    field("chair", FieldType.PERSON).label("主持人（校長）", "Chair (principal)").required(),
                    field("attendees", FieldType.TABLE).label("出席人員", "Attendees").required()
                            .column(field("attendeeName", FieldType.PERSON).label("姓名", "Name").required())
                            .column(field("attendeeUnit", FieldType.SINGLE_CHOICE).label("單位", "Unit").required()
                                    .option("STUDENT_AFFAIRS", "學務處(教導處)", "Student affairs")
                                    .option("ACADEMIC_AFFAIRS", "教務處", "Academic affairs")
                                    .option("REGISTRAR", "註冊組", "Registrar")
                                    .option("COUNSELING", "輔導室", "Counselling office")
                                    .option("HOMEROOM", "導師", "Homeroom teacher")
                                    .option("POLICE", "警政", "Police")
                                    .option("SOCIAL", "社政", "Social services")
                                    .option("VILLAGE_CHIEF", "里長", "Village chief")
                                    .option("INDIGENOUS_LIAISON", "原服員", "Indigenous-affairs liaison")
                                    .other("OTHER", "其他", "Other")))
            .section("student", "學生狀況", "The student",
                    field("studentName", FieldType.PERSON).label("學生姓名", "Student").required(),
                    field("attendanceStatus", FieldType.LONG_TEXT).label("學生就學狀況", "Attendance situation")
                            .required(),
                    field("counselingAssessment", FieldType.LONG_TEXT)
                            .label("學生狀況評估（輔導室提供）", "Assessment of the student (by the counselling office)")
                            .required())
            .section("resolutions", "研商結果", "Outcome",
                    field("strategies", FieldType.LONG_TEXT).label("針對學生就學狀況研商對策",
                            "Strategies for the student's schooling").required(),
                    field("counselingStrategy", FieldType.LONG_TEXT).label("後續輔導策略", "Further counselling strategy")
                            .required(),
                    field("registrarNotified", FieldType.YES_NO)
                            .label("如仍未到校，會知註冊組以限時掛號通知家長到校說明",
                                    "If still absent, the registrar is told to send the prompt registered letter"),
                    field("listSentToCounseling", FieldType.YES_NO)
                            .label("學務處(教導處)提報學生名單給輔導室", "Student list sent to the counselling office"),
                    field("resolutions", FieldType.LONG_TEXT).label("決議事項", "Resolutions").required())
            .signedBy("recorder", "紀錄（學務處）", "Recorder (student affairs)", SchoolRole.STUDENT_AFFAIRS)
            .stampedBy("counseling", "輔導室", "Counselling office", SchoolRole.COUNSELING)
            .signedBy("principal", "主持人（校長）", "Chair (principal)", SchoolRole.PRINCIPAL)
            .build();

    static final FormDefinition CASE_MEETING_FORM = FormDefinition.form(CASE_MEETING, 1)
            .title("個案會議紀錄", "Case meeting record")
            .rule("TY-D3-CASE-MEETING")
            .section("meeting", "會議資料", "Meeting",
                    field("meetingDate", FieldType.DATE).label("會議日期", "Date").required(),
                    field("place", FieldType.TEXT).label("會議地點", "Place").required(),
                    field("chair", FieldType.PERSON).label("主持人（校長）", "Chair (principal)").required(),
                    field("meetingKind", FieldType.SINGLE_CHOICE).label("會議類別", "Kind of meeting").required()
                            .option("AS_NEEDED", "視個案需求召開個案會議", "Case meeting as the case needs")
                            .option("START", "個案會議啟動追蹤輔導措施", "Case meeting starting follow-up counselling")
                            .option("MONTHLY", "每月定期評估", "Monthly evaluation")
                            .option("NETWORK_3_MONTHS", "每3個月邀跨網絡單位召開個案會議",
                                    "Case meeting with network units every 3 months")
                            .option("TASKFORCE", "「學生復學輔導小組」跨網絡個案會議",
                                    "Cross-network case meeting of the re-enrolment counselling group"),
                    field("attendees", FieldType.TABLE).label("出席人員", "Attendees").required()
                            .column(field("attendeeName", FieldType.PERSON).label("姓名", "Name").required())
                            .column(withNetworkUnits(field("attendeeUnit", FieldType.SINGLE_CHOICE)
                                    .label("單位", "Unit").required()
                                    .option("PRINCIPAL", "校長", "Principal")
                                    .option("STUDENT_AFFAIRS", "學務處(教導處)", "Student affairs")
                                    .option("ACADEMIC_AFFAIRS", "教務處", "Academic affairs")
                                    .option("COUNSELING", "輔導室", "Counselling office")
                                    .option("HOMEROOM", "導師", "Homeroom teacher")
                                    .option("SPECIALIST_COUNSELOR", "專輔教師", "Full-time counselling teacher"))
                                    .other("OTHER", "其他", "Other")))
            .section("case", "個案狀況", "The case",
                    field("studentName", FieldType.PERSON).label("學生姓名", "Student").required(),
                    field("schoolingStatus", FieldType.SINGLE_CHOICE).label("就學狀況", "Attendance").required()
                            .option("CAUSE_KNOWN", "已知原因未到校", "Absent, cause known")
                            .option("RETURNED", "已到校", "Back at school")
                            .option("ABSENT", "仍無故未到校", "Still absent without reason"),
                    field("dropoutCause", FieldType.LONG_TEXT).label("學生中輟原因", "Why the student dropped out"),
                    field("caseStatus", FieldType.LONG_TEXT).label("個案狀況", "State of the case").required())
            .section("evaluation", "評估與處遇", "Evaluation and treatment",
                    field("evaluation", FieldType.SINGLE_CHOICE).label("評估結果", "Evaluation").required()
                            .option("STABLE", "穩定就學（持續追蹤 1個月後結案）",
                                    "Attending steadily (track 1 more month, then close)")
                            .option("NOT_STABLE", "仍未穩定就學（每3個月召開個案會議）",
                                    "Not yet attending steadily (case meeting every 3 months)"),
                    withNetworkUnits(field("resources", FieldType.MULTI_CHOICE)
                            .label("視學生需求邀請之資源", "Resources brought in as the student needs"))
                            .other("OTHER", "其他", "Other"),
                    field("treatment", FieldType.LONG_TEXT).label("適當處遇及追蹤輔導措施",
                            "Treatment and follow-up counselling measures").required(),
                    field("resolutions", FieldType.LONG_TEXT).label("決議事項", "Resolutions").required(),
                    field("nextEvaluationDate", FieldType.DATE).label("下次評估日期", "Next evaluation date"))
            .signedBy("recorder", "紀錄（輔導室）", "Recorder (counselling office)", SchoolRole.COUNSELING)
            .stampedBy("offices", "校內各處室", "School offices", SchoolRole.STUDENT_AFFAIRS,
                    SchoolRole.ACADEMIC_AFFAIRS)
            .signedBy("principal", "主持人（校長）", "Chair (principal)", SchoolRole.PRINCIPAL)
            .build();

    static final FormDefinition MONTHLY_REVIEW_FORM = FormDefinition.form(MONTHLY_REVIEW, 1)
            .title("每月長期請假或出缺勤不正常學生確認表",
                    "Monthly confirmation of students on long leave or with irregular attendance")
            .rule("TY-D0-MONTHLY")
            .section("review", "每月確認", "Monthly review",
                    field("month", FieldType.DATE).label("月份", "Month").required(),
                    field("students", FieldType.TABLE).label("長期請假或出缺勤不正常之學生",
                                    "Students on long leave or with irregular attendance").required()
                            .column(field("studentName", FieldType.PERSON).label("學生姓名", "Student").required())
                            .column(field("situation", FieldType.SINGLE_CHOICE).label("情形", "Situation").required()
                                    .option("LONG_LEAVE", "長期請假", "Long-term leave")
                                    .option("IRREGULAR", "出缺勤不正常", "Irregular attendance"))
                            .column(field("registerInSystem", FieldType.YES_NO)
                                    .label("是否須填報至系統列管", "Register in the system for monitoring").required())
                            .column(field("highCare", FieldType.YES_NO)
                                    .label("是否列入輔導室高關懷個案", "List as a counselling-office high-care case")
                                    .required()),
                    field("informedOffices", FieldType.MULTI_CHOICE).label("會知相關處室", "Offices informed").required()
                            .option("COUNSELING", "輔導室", "Counselling office")
                            .option("ACADEMIC_AFFAIRS", "教務處", "Academic affairs")
                            .option("HOMEROOM", "導師", "Homeroom teachers")
                            .other("OTHER", "其他", "Other"))
            .signedBy("officer", "承辦人（學務處）", "Officer in charge (student affairs)", SchoolRole.STUDENT_AFFAIRS)
            .stampedBy("director", "學務主任", "Director of student affairs", SchoolRole.STUDENT_AFFAIRS)
            .stampedBy("informed", "會知相關處室", "Offices informed", SchoolRole.COUNSELING,
                    SchoolRole.ACADEMIC_AFFAIRS)
            .signedBy("principal", "校長", "Principal", SchoolRole.PRINCIPAL)
            .build();

    static final List<FormDefinition> ALL =
            List.of(CONTACT_RECORD_B_FORM, SEARCH_MEETING_FORM, CASE_MEETING_FORM, MONTHLY_REVIEW_FORM);

    /**
     * What the platform fills in from the case (SPI 1.3/1.4): the B表's student, class, seat, the
     * guardian as the person contacted and the day of the record (the teacher changes whatever
     * the contact was not); each meeting record's student and its date from the duty that asks
     * for the meeting; the monthly confirmation's month from its duty.
     */
    static final List<FormPrefill> PREFILLS = List.of(
            FormPrefill.of(CONTACT_RECORD_B)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("className", DocumentData.STUDENT_CLASS)
                    .field("seatNumber", DocumentData.STUDENT_SEAT_NUMBER)
                    .field("contactDate", DocumentData.TODAY)
                    .field("contactedPerson", DocumentData.GUARDIAN_NAME)
                    .field("relationship", DocumentData.GUARDIAN_RELATION)
                    .build(),
            FormPrefill.of(SEARCH_MEETING)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("meetingDate", DocumentData.DUTY_DUE_ON)
                    .build(),
            FormPrefill.of(CASE_MEETING)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("meetingDate", DocumentData.DUTY_DUE_ON)
                    .build(),
            FormPrefill.of(MONTHLY_REVIEW)
                    .field("month", DocumentData.DUTY_DUE_ON)
                    .build());

    /**
     * 是否屬原住民學生 from the register (for the roles that may see the family background), and
     * the case meeting's kind from the duty it is held for: the 高關懷 case meeting of
     * TY-D0-COUNSEL is one 視個案需求, TY-D4-TASKFORCE's is the 「學生復學輔導小組」 meeting (the
     * three TY-D3-CASE-MEETING duties share one rule id, so staff choose theirs).
     */
    static final List<ChoicePrefill> CHOICE_PREFILLS = List.of(
            ChoicePrefill.yesNo(CONTACT_RECORD_B, "indigenous", DocumentData.STUDENT_INDIGENOUS),
            ChoicePrefill.of(CASE_MEETING, "meetingKind", DocumentData.DUTY_RULE_ID)
                    .option("TY-D0-COUNSEL", "AS_NEEDED")
                    .option("TY-D4-TASKFORCE", "TASKFORCE")
                    .build());

    private TaoyuanForms() {
    }
}
