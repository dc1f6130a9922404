package tw.huixiao.policy.newtaipei;

import static tw.huixiao.policy.newtaipei.NewTaipeiCategories.DROPOUTS;
import static tw.huixiao.policy.newtaipei.NewTaipeiCategories.FIRST_AND_SECOND;
import static tw.huixiao.policy.newtaipei.NewTaipeiCategories.LADDER;
import static tw.huixiao.policy.newtaipei.NewTaipeiCategories.THIRD_AND_NEW;
import static tw.huixiao.policy.newtaipei.NewTaipeiCategories.array;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.Condition;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Recurrence;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Timeline;

/**
 * The New Taipei ladder in the document's order: 辦理方式 一–九 of the 作業流程 (days 1–4+,
 * follow-up, re-enrolment, placement, adaptation), the 實施要點 (補校, grades) and the
 * detention flow chart (108.12.4 修訂). The national steps (NationalRules.STEPS) follow.
 */
public final class NewTaipeiLadder {

    /** 限時掛號通知家長到校說明孩子就學事宜 (NT-D3-MAIL). */
    public static final String PARENT_NOTICE = "PARENT_NOTICE_REGISTERED_MAIL";
    /** 以傳真方式寄輟學通報單於區強迫入學委員會 (NT-D4-REPORT). */
    public static final String DROPOUT_REPORT_FAX = "DROPOUT_REPORT_FAX";
    /** 當日完成正本函報區強迫入學委員會 (NT-D4-REPORT). */
    public static final String DROPOUT_REPORT_LETTER = "DROPOUT_REPORT_ORIGINAL_LETTER";
    /** 教育部中輟系統網路通報 (NT-D4-REPORT). */
    public static final String MOE_DROPOUT_REPORT = "MOE_DROPOUT_REPORT";
    /** 復學通報 (NT-REENROL, 教務處). */
    public static final String RE_ENROLMENT_REPORT = "RE_ENROLMENT_REPORT";
    /** 密件正式函知 from the detention centre or the 法務部矯正署, filed by the school (NT-DET-IN, NT-DET-OUT). */
    public static final String CONFIDENTIAL_LETTER = "CONFIDENTIAL_LETTER";

    public static final Set<String> DOCUMENT_KINDS = Stream.concat(
            Stream.of(PARENT_NOTICE, DROPOUT_REPORT_FAX, DROPOUT_REPORT_LETTER, MOE_DROPOUT_REPORT,
                    RE_ENROLMENT_REPORT, CONFIDENTIAL_LETTER),
            NationalRules.DOCUMENT_KINDS.stream()).collect(Collectors.toUnmodifiableSet());

    private static final Condition FIRST_SECOND = Condition.categoryIn(array(FIRST_AND_SECOND));
    private static final Condition THIRD_NEW = Condition.categoryIn(array(THIRD_AND_NEW));
    private static final Condition THIRD = Condition.categoryIn(NewTaipeiCategories.CAT3);
    private static final Condition NEW = Condition.categoryIn(NewTaipeiCategories.NEW);
    private static final Condition ALL_LADDER = Condition.categoryIn(array(LADDER));
    private static final Condition ALL_DROPOUTS = Condition.categoryIn(array(DROPOUTS));
    private static final Condition MISSING = Condition.categoryIn(NewTaipeiCategories.MISSING);
    private static final Condition STILL_ABSENT = Condition.stillAbsent();

    // --- 注意事項二、三 ---------------------------------------------------------------------

    static final Step TRANSFER_CHECK = Step.step("NT-TRANSFER-CHECK").on(CaseEvent.TRANSFERRED_OUT)
            .by(SchoolRole.REGISTRAR)
            .duty("學生轉出第四天主動聯繫轉入學校，確認學生是否已轉入就學；如無，則依中輟處理流程辦理（第三類）",
                    "On the 4th day after the transfer, contact the receiving school to confirm the student has "
                            + "enrolled; if not, follow the dropout procedure (category 3)")
            .due(Deadline.schoolDays(4))
            .source("有關轉學時未向轉入學校報到部分，原學校之註冊組應於學生轉出第四天主動聯繫轉入學校，確認學生是否已轉入就學；"
                    + "如無，則依中輟處理流程辦理。")
            .build();

    static final Step NEW_STUDENT_CHECK = Step.step("NT-NEW").on(CaseEvent.OPENED)
            .by(SchoolRole.REGISTRAR)
            .when(NEW)
            .duty("新生報到日隔天積極展開聯繫，並於開學前完成清查工作",
                    "From the day after the new-student registration day, contact the family actively and finish "
                            + "the check before term starts")
            .due(Deadline.sameDay())
            .source("有關新生未報到部分，應於新生報到日隔天，積極展開聯繫事宜，並於開學前完成清查工作。")
            .build();

    // --- 辦理方式 一：未到校天數 1 天 ------------------------------------------------------------

    static final Step D1_PHONE = Step.step("NT-D1-PHONE").onStreakDay(1)
            .by(SchoolRole.HOMEROOM_TEACHER)
            .when(FIRST_SECOND)
            .duty("導師以電話聯繫，紀錄於相關簿冊，並向學務處報備",
                    "Homeroom teacher phones the family, records it in the registers and reports to student affairs")
            .due(Deadline.sameDay())
            .source("第一、二類個案：導師應以電話聯繫且紀錄於相關簿冊，並向學務處報備。")
            .build();

    static final Step D1_REGISTRAR = Step.step("NT-D1-REGISTRAR").onStreakDay(1)
            .by(SchoolRole.REGISTRAR)
            .when(THIRD_NEW)
            .duty("註冊組以電話聯繫，紀錄於相關簿冊", "Registrar phones the family and records it in the registers")
            .due(Deadline.sameDay())
            .source("第三類、新生未報到個案：註冊組應以電話聯繫且紀錄於相關簿冊。")
            .build();

    // --- 辦理方式 二：未到校天數 2 天 ------------------------------------------------------------

    static final Step D2_VISIT = Step.step("NT-D2-VISIT").onStreakDay(2)
            .by(SchoolRole.HOMEROOM_TEACHER, SchoolRole.STUDENT_AFFAIRS)
            .when(FIRST_SECOND)
            .duty("導師擴大聯繫範圍並家訪，紀錄於相關簿冊，向學務處報備；學務處派員協同導師家訪",
                    "Homeroom teacher widens contact and visits the home, records it and reports to student "
                            + "affairs, who send staff on the visit")
            .due(Deadline.sameDay())
            .source("第一、二類個案：導師應擴大聯繫範圍及進行家訪，將記錄列於相關簿冊，並向學務處報備；學務處派員協同導師家訪。")
            .build();

    static final Step D2_REGISTRAR = Step.step("NT-D2-REGISTRAR").onStreakDay(2)
            .by(SchoolRole.REGISTRAR, SchoolRole.HOMEROOM_TEACHER, SchoolRole.STUDENT_AFFAIRS)
            .when(THIRD)
            .duty("註冊組協同導師擴大範圍聯繫，紀錄於相關簿冊；需要時請學務處協助家訪（原居住地）",
                    "Registrar and homeroom teacher widen contact and record it; if needed student affairs visit "
                            + "the former residence")
            .due(Deadline.sameDay())
            .source("第三類個案：註冊組協同導師擴大範圍聯繫，且記錄於相關簿冊。需要時請學務處協助家訪（原居住地）。")
            .build();

    static final Step D2_NEW = Step.step("NT-D2-NEW").onStreakDay(2)
            .by(SchoolRole.REGISTRAR)
            .when(NEW)
            .duty("註冊組持續聯繫", "Registrar keeps contacting the family")
            .due(Deadline.sameDay())
            .source("新生未報到個案：註冊組持續聯繫。")
            .build();

    static final Step D2_NEW_STAFFING = Step.step("NT-D2-NEW").onStreakDay(2)
            .by(SchoolRole.PRINCIPAL, SchoolRole.REGISTRAR)
            .when(NEW.and(Condition.manyCasesAtOnce()))
            .duty("視個案人數請校長召開會議，統整學校人力進行家訪",
                    "Many cases: the principal convenes a meeting to allocate staff for home visits")
            .due(Deadline.sameDay())
            .source("視個案人數請校長召開會議統整學校人力進行家訪。")
            .build();

    // --- 辦理方式 三：未到校天數 3 天 ------------------------------------------------------------

    static final Step D3_HOMEROOM = Step.step("NT-D3-MAIL").onStreakDay(3)
            .by(SchoolRole.HOMEROOM_TEACHER)
            .when(FIRST_SECOND.and(STILL_ABSENT))
            .duty("導師持續電話聯繫，如仍未到校，立即向學務處報備",
                    "Homeroom teacher keeps phoning; if the student is still absent, reports to student affairs at once")
            .due(Deadline.sameDay())
            .source("第一、二類個案：導師持續電話聯繫，如仍未到校，立即向學務處報備。")
            .build();

    static final Step D3_VISIT = Step.step("NT-D3-MAIL").onStreakDay(3)
            .by(SchoolRole.STUDENT_AFFAIRS)
            .when(FIRST_SECOND.and(STILL_ABSENT))
            .duty("學務處安排人員擴大家庭訪視；訪視後如仍未到校，會知註冊組",
                    "Student affairs send staff on wider home visits; if the student is still absent, they inform "
                            + "the registrar")
            .due(Deadline.sameDay())
            .source("學務處安排人員擴大家庭訪視，訪視後如仍未到校，會知註冊組")
            .build();

    static final Step D3_MAIL_FIRST_SECOND = Step.step("NT-D3-MAIL").onStreakDay(3)
            .by(SchoolRole.REGISTRAR, SchoolRole.STUDENT_AFFAIRS)
            .when(FIRST_SECOND.and(STILL_ABSENT))
            .duty("經學務處會知後，註冊組當日以限時掛號通知家長到校說明孩子就學事宜",
                    "Informed by student affairs, the registrar sends the parents a prompt registered letter the same "
                            + "day asking them to come to school about their child's schooling")
            .due(Deadline.sameDay())
            .produces(PARENT_NOTICE)
            .source("會知註冊組，當日應以限時掛號通知家長到校說明孩子就學事宜。")
            .build();

    static final Step D3_MAIL_THIRD_NEW = Step.step("NT-D3-MAIL").onStreakDay(3)
            .by(SchoolRole.REGISTRAR)
            .when(THIRD_NEW.and(STILL_ABSENT))
            .duty("如仍未到校上課，註冊組當日以限時掛號通知家長到校說明孩子就學事宜",
                    "If the student is still absent, the registrar sends the parents a prompt registered letter the "
                            + "same day asking them to come to school")
            .due(Deadline.sameDay())
            .produces(PARENT_NOTICE)
            .source("第三類、新生未報到個案：如仍未到校上課，註冊組當日應以限時掛號通知家長到校說明孩子就學事宜。")
            .build();

    // --- 辦理方式 四：未到校 4 天以上 ------------------------------------------------------------

    static final Step D4_MEETING = Step.step("NT-D4-MEETING").onStreakDay(4)
            .by(SchoolRole.COUNSELING)
            .when(ALL_DROPOUTS.and(STILL_ABSENT))
            .duty("輔導處召開中輟個案會議，確認學生中輟事宜，訂定尋回策略，將個案列入重點個案並建立個案關懷卡",
                    "Counselling office holds the dropout case meeting: confirm the dropout, set a retrieval "
                            + "strategy, list the case as a key case and open the case care card")
            .due(Deadline.sameDay())
            .produces(NewTaipeiForms.CASE_CARE_CARD)
            .source("輔導處召開中輟個案會議，確認學生中輟事宜，並訂定尋回策略及執行，直到尋回返校為止，"
                    + "並將該中輟生個案列入重點個案並建立個案關懷卡。")
            .build();

    static final Step D4_RETRIEVAL = Step.step("NT-D4-MEETING").onStreakDay(4)
            .by(SchoolRole.COUNSELING, SchoolRole.STUDENT_AFFAIRS, SchoolRole.HOMEROOM_TEACHER)
            .when(ALL_DROPOUTS.and(STILL_ABSENT))
            .duty("執行尋回策略，直到尋回返校為止", "Carry out the retrieval strategy until the student is back at school")
            .due(Deadline.continuous())
            .source("並訂定尋回策略及執行，直到尋回返校為止")
            .build();

    static final Step D4_FAX = Step.step("NT-D4-REPORT").onStreakDay(4)
            .by(SchoolRole.REGISTRAR)
            .when(ALL_DROPOUTS.and(STILL_ABSENT))
            .duty("註冊組以傳真方式寄輟學通報單於區強迫入學委員會",
                    "Registrar faxes the dropout report form to the district compulsory-education committee")
            .due(Deadline.sameDay())
            .produces(DROPOUT_REPORT_FAX)
            .source("註冊組以傳真方式寄輟學通報單於區強迫入學委員會")
            .build();

    static final Step D4_LETTER = Step.step("NT-D4-REPORT").onStreakDay(4)
            .by(SchoolRole.REGISTRAR)
            .when(ALL_DROPOUTS.and(STILL_ABSENT))
            .duty("當日完成正本函報區強迫入學委員會",
                    "The same day, send the original letter to the district compulsory-education committee")
            .due(Deadline.sameDay())
            .produces(DROPOUT_REPORT_LETTER)
            .source("並於當日完成正本函報區強迫入學委員會及教育部中輟系統網路通報之手續。")
            .build();

    static final Step D4_ONLINE = Step.step("NT-D4-REPORT").onStreakDay(4)
            .by(SchoolRole.REGISTRAR)
            .when(ALL_DROPOUTS.and(STILL_ABSENT))
            .duty("當日完成教育部中輟系統網路通報", "The same day, file the dropout report in the MOE online system")
            .due(Deadline.sameDay())
            .produces(MOE_DROPOUT_REPORT)
            .source("並於當日完成正本函報區強迫入學委員會及教育部中輟系統網路通報之手續。")
            .build();

    // --- 觀護所流程圖 說明一：一般狀況或行蹤不明 ------------------------------------------------

    static final Step MISSING_CLASSIFY = Step.step("NT-MISSING").on(CaseEvent.REPORTED)
            .by(SchoolRole.COUNSELING, SchoolRole.STUDENT_AFFAIRS)
            .when(ALL_LADDER)
            .duty("啟動追蹤輔導機制，依學生行蹤狀況區分為一般狀況或行蹤不明；行蹤不明者改列行蹤不明個案",
                    "Start tracking and classify the case as general (whereabouts known) or missing; reclassify a "
                            + "missing student's case")
            .due(Deadline.sameDay())
            .source("立即辦理中輟通報並啟動追蹤輔導機制並依學生行蹤狀況區分為一般狀況(學生因各種原因致使不到校，惟非行蹤不明)及行蹤不明")
            .build();

    static final Step MISSING_SEARCH = Step.step("NT-MISSING").on(CaseEvent.REPORTED)
            .by(SchoolRole.STUDENT_AFFAIRS, SchoolRole.COUNSELING)
            .when(MISSING.and(STILL_ABSENT))
            .duty("行蹤不明：透過警方及強迫入學委員會等方式追蹤協尋學生，直到尋回",
                    "Missing: search for the student through the police and the compulsory-education committee "
                            + "until found")
            .due(Deadline.continuous())
            .source("行蹤不明(須透過警方及強迫入學委員會等方式追蹤協尋學生)")
            .build();

    // --- 辦理方式 五：持續追蹤輔導 -------------------------------------------------------------

    static final Step FOLLOW = Step.step("NT-FOLLOW").on(CaseEvent.REPORTED)
            .by(SchoolRole.HOMEROOM_TEACHER, SchoolRole.MENTOR_TEACHER)
            .when(ALL_DROPOUTS.and(STILL_ABSENT))
            .duty("導師、認輔老師持續追蹤輔導，積極輔導個案復學",
                    "Homeroom and mentor teachers keep tracking and counselling the student towards re-enrolment")
            .due(Deadline.continuous())
            .source("導師、認輔老師持續追蹤輔導，積極輔導個案復學。")
            .build();

    // --- 辦理方式 六、七：復學手續 ---------------------------------------------------------------

    static final Step REENROL_APPLICATION = Step.step("NT-REENROL").on(CaseEvent.RETURNED)
            .by(SchoolRole.REGISTRAR)
            .duty("註冊組接受家長及中輟生申請復學，於註冊組填寫復學申請書，協助完成入學手續",
                    "Registrar accepts the re-enrolment application from the parent or student, has the "
                            + "re-enrolment application filled in and helps complete the formalities")
            .due(Deadline.sameDay())
            .produces(NewTaipeiForms.RE_ENROLMENT_APPLICATION)
            .source("註冊組接受家長及中輟生申請復學，負責辦理復學手續。於註冊組填寫復學申請書。"
                    + "學生復學/入學：學校應協助其完成相關入學手續，並提供適應環境等輔導課程。")
            .build();

    static final Step REENROL_ACADEMIC = Step.step("NT-REENROL").on(CaseEvent.RE_ENROLLED)
            .by(SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.REGISTRAR)
            .duty("教務處：編班、註冊、復學通報", "Academic affairs: assign a class, register, file the re-enrolment report")
            .due(Deadline.sameDay())
            .produces(RE_ENROLMENT_REPORT)
            .source("教務處：編班、註冊、教育銜接、補救教學、成績計算、復學通報、中途班課程安排。")
            .build();

    static final Step REENROL_TEACHING = Step.step("NT-REENROL").on(CaseEvent.RE_ENROLLED)
            .by(SchoolRole.ACADEMIC_AFFAIRS)
            .duty("教務處：教育銜接、補救教學、成績計算、中途班課程安排",
                    "Academic affairs: bridging, remedial teaching, grades, halfway-class courses")
            .due(Deadline.continuous())
            .source("教務處：編班、註冊、教育銜接、補救教學、成績計算、復學通報、中途班課程安排。")
            .build();

    static final Step REENROL_STUDENT_AFFAIRS = Step.step("NT-REENROL").on(CaseEvent.RE_ENROLLED)
            .by(SchoolRole.STUDENT_AFFAIRS)
            .duty("學務處：生活規範、生活輔導（服裝儀容、生活常規、外顯性行為個案之輔導工作）",
                    "Student affairs: rules of conduct and life counselling (dress, daily routine, outward "
                            + "behaviour)")
            .due(Deadline.continuous())
            .source("學務處：生活規範、生活輔導。")
            .build();

    static final Step REENROL_COUNSELLING = Step.step("NT-REENROL").on(CaseEvent.RE_ENROLLED)
            .by(SchoolRole.COUNSELING)
            .duty("輔導處（單一窗口）：召開復學輔導會議，建立個案關懷卡、安排認輔老師、心理輔導、校內外輔導資源介入",
                    "Counselling office (single window): re-enrolment counselling meeting, case care card, assign a "
                            + "mentor teacher, counselling, school and external resources")
            .due(Deadline.sameDay())
            .produces(NewTaipeiForms.CASE_CARE_CARD)
            .source("輔導處：召開復學輔導會議，建立個案關懷卡、安排認輔老師、心理輔導、校內外輔導資源介入。")
            .build();

    static final Step REENROL_FEES = Step.step("NT-REENROL").on(CaseEvent.RE_ENROLLED)
            .by(SchoolRole.GENERAL_AFFAIRS)
            .duty("總務處：繳交相關費用", "General affairs: collect the fees")
            .due(Deadline.sameDay())
            .source("總務處：繳交相關費用。")
            .build();

    // --- 辦理方式 八：安置會議 -----------------------------------------------------------------

    static final Step PLACEMENT_MEETING = Step.step("NT-PLACEMENT").on(CaseEvent.RE_ENROLLED)
            .by(SchoolRole.PRINCIPAL, SchoolRole.COUNSELING, SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.STUDENT_AFFAIRS,
                    SchoolRole.REGISTRAR, SchoolRole.HOMEROOM_TEACHER)
            .duty("校長主持安置會議（輔導主任、教務主任、學務主任、輔導組長、生教組長、註冊組長、相關班級導師），共同決定安置班級，評估是否直接入班",
                    "The principal chairs the placement meeting (counselling, academic and student-affairs "
                            + "directors, counselling and discipline heads, registrar, homeroom teacher): decide the "
                            + "class and whether the student goes straight into it")
            .due(Deadline.within("P1W"))
            .produces(NewTaipeiForms.PLACEMENT_MEETING_RECORD)
            .source("校長主持召開安置會議(成員為輔導主任、教務主任、學務主任、輔導組長、生教組長、註冊組長、相關班級導師)，"
                    + "共同決定安置班級。評估是否直接入班。")
            .build();

    // --- 實施要點 七：暫讀補校 ------------------------------------------------------------------

    static final Step BUXIAO_REFERRAL = Step.step("NT-BUXIAO").on(CaseEvent.PLACED_SUPPLEMENTARY_SCHOOL)
            .by(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER)
            .duty("暫讀補校：家長及學生申請、輔導室及導師查核認可之暫讀補校轉介單與中輟生復學暫讀補校安置會議決議歸檔；學籍仍設原校日間部原班",
                    "Supplementary school: file the referral (parent and student application, checked by the "
                            + "counselling office and homeroom teacher) and the placement meeting's decision; the "
                            + "registration stays in the original day class")
            .due(Deadline.sameDay())
            .produces(NewTaipeiForms.SUPPLEMENTARY_SCHOOL_REFERRAL)
            .source("由家長及學生提出申請，經輔導室及導師查核認可後，填寫暫讀補校轉介單，並提中輟生復學暫讀補校安置會議討論。"
                    + "暫讀補校學生，學籍仍設原校日間部原班。")
            .build();

    static final Step BUXIAO_COUNSELLING = Step.step("NT-BUXIAO").on(CaseEvent.PLACED_SUPPLEMENTARY_SCHOOL)
            .by(SchoolRole.HOMEROOM_TEACHER, SchoolRole.COUNSELING, SchoolRole.STUDENT_AFFAIRS)
            .duty("列入個案輔導，由原班導師、輔導老師、訓導人員及補校主任、導師共同輔導",
                    "Keep it a counselling case: the original homeroom teacher, counselling teacher, discipline "
                            + "staff and the supplementary school's director and homeroom teacher counsel jointly")
            .due(Deadline.continuous())
            .source("暫讀補校學生，應列入個案輔導，由原班導師、輔導老師、訓導人員及補校主任、導師共同輔導。")
            .build();

    static final Step BUXIAO_REVIEW = Step.step("NT-BUXIAO").on(CaseEvent.PLACED_SUPPLEMENTARY_SCHOOL)
            .by(SchoolRole.COUNSELING, SchoolRole.PRINCIPAL)
            .duty("暫讀補校就讀滿兩個月，召開會議評估返回原班就讀之可行性（如有需要，亦得隨時召開）",
                    "After two months at the supplementary school, hold a meeting on returning to the original "
                            + "class (or at any time if needed)")
            .due(Deadline.within("P2M"))
            .source("暫讀補校學生就讀兩個月後，應召開會議，評估其返回原班就讀之可行性；如有需要，亦得隨時召開會議評估之。")
            .build();

    // --- 辦理方式 九；實施要點 六：適應輔導 -----------------------------------------------------

    static final Step ADAPT_COURSES = Step.step("NT-ADAPT").on(CaseEvent.RE_ENROLLED)
            .by(SchoolRole.COUNSELING)
            .duty("學生先至輔導處報到，依個案情形進行一日至一週之個別化彈性課程與輔導；安置時間長短依學生表現決定",
                    "The student reports to the counselling office first: one day to one week of individual flexible "
                            + "courses and counselling, its length set by the student's progress")
            .due(Deadline.window("P1D", "P1W"))
            .source("學生完成復學手續後，先至輔導處報到，依據個案情形進行一日至一週之個別化彈性課程與輔導。安置時間的長短依學生表現決定。")
            .build();

    static final Step ADAPT_HOMEROOM = Step.step("NT-ADAPT").on(CaseEvent.RE_ENROLLED)
            .by(SchoolRole.HOMEROOM_TEACHER)
            .duty("導師於復學安置輔導期間，每日適時與個案會談，輔導其學校及班級適應",
                    "During the placement period the homeroom teacher talks with the student every day about "
                            + "adjusting to school and class")
            .due(Deadline.window("P1D", "P1W"))
            .repeats(Recurrence.timesPer(1, "P1D", "P1W"))
            .source("導師於復學安置輔導期間，每日適時與個案會談，輔導其學校及班級適應。")
            .build();

    static final Step ADAPT_MENTOR = Step.step("NT-ADAPT").on(CaseEvent.RE_ENROLLED)
            .by(SchoolRole.MENTOR_TEACHER)
            .duty("認輔教師每星期至少三次與個案晤談，至少進行兩星期",
                    "The mentor teacher meets the student at least three times a week for at least two weeks")
            .due(Deadline.within("P2W"))
            .repeats(Recurrence.timesPer(3, "P1W", "P2W"))
            .source("認輔教師：協助個案復學生活與學校適應。每星期至少三次與個案晤談，至少進行兩星期。")
            .build();

    // --- 實施要點 五、七：成績 -----------------------------------------------------------------

    static final Step GRADES = Step.step("NT-GRADES").on(CaseEvent.RE_ENROLLED)
            .by(SchoolRole.ACADEMIC_AFFAIRS)
            .duty("中輟期間無法連貫計算之成績，由任課教師按領域（學科）以補考或甄試等多元評量方式評定",
                    "Grades that cannot be carried over: subject teachers assess them per subject by make-up "
                            + "exams or alternative assessment")
            .due(Deadline.continuous())
            .source("由任課教師按領域（學科）以補考或甄試等多元評量方式，評定其成績。")
            .build();

    static final Step GRADES_BUXIAO = Step.step("NT-GRADES").on(CaseEvent.PLACED_SUPPLEMENTARY_SCHOOL)
            .by(SchoolRole.ACADEMIC_AFFAIRS)
            .duty("暫讀補校學生以回原班參加定期考試為原則（時間地點由教務處通知，亦得以補校考試成績認定）；藝能科以作品為考核依據",
                    "Supplementary-school students sit the periodic exams in the original class (academic affairs "
                            + "sets time and place; supplementary-school results may count); arts by their work")
            .due(Deadline.continuous())
            .source("成績計算：以回原班參加定期考試為原則，其時間與地點由教務處通知，亦得以補校考試成績認定。"
                    + "藝能科成績：以作品為考核依據")
            .build();

    // --- 觀護所流程圖（108.12.4 修訂）說明二–四 -----------------------------------------------

    static final Step DETAINED_RECORD = Step.step("NT-DET-IN").on(CaseEvent.DETAINED)
            .by(SchoolRole.REGISTRAR, SchoolRole.COUNSELING)
            .duty("少年觀護所於入所 3 個工作日內電話通知學校；學校即於中輟通報系統登載「復學就讀措施」",
                    "The detention centre phones within 3 working days of admission; the school then records the "
                            + "measures for returning to school in the dropout system")
            .due(Deadline.workingDays(3))
            .source("入所時少年觀護所則於 3 個工作日內先以電話通知該屬學校，學校即於中輟通報系統登載「復學就讀措施」")
            .build();

    static final Step DETAINED_LETTER = Step.step("NT-DET-IN").on(CaseEvent.DETAINED)
            .by(SchoolRole.REGISTRAR)
            .duty("收受少年觀護所於 5 個工作日內之密件正式函（留置觀察或收容期間已確定者，函載入、出所日期）並歸檔備查；未收到者洽詢觀護所",
                    "File the detention centre's confidential letter, due within 5 working days (for observation "
                            + "or a known term it gives admission and release dates); if none arrives, ask the centre")
            .due(Deadline.workingDays(5))
            .produces(CONFIDENTIAL_LETTER)
            .source("並於 5 個工作日內以密件正式函知該屬學校備查。"
                    + "當學生收容於觀護所之類型屬留置觀察，或收容期間業已能確定，少年觀護所於少年入所 3 個工作日內先以電話通知該屬學校，"
                    + "5 個工作日內密件函知該屬學校該少年入、出所日期，出所後毋須再次發函所屬學校。")
            .build();

    static final Step RELEASED_LETTER = Step.step("NT-DET-OUT").on(CaseEvent.RELEASED)
            .by(SchoolRole.REGISTRAR)
            .duty("出所（不需持續接受感化教育或徒刑）時，收受法務部矯正署於 5 個工作日內之密件正式函並歸檔（入所時已函知出所日期者免再發函）",
                    "On release (no further reformatory or prison), file the Agency of Corrections' confidential "
                            + "letter, due within 5 working days (none if the release date was already given)")
            .due(Deadline.workingDays(5))
            .produces(CONFIDENTIAL_LETTER)
            .source("當法院裁定少年截止收容於觀護所，且不需持續接受感化教育或徒刑，則在出所時法務部矯正署於 5 個工作日內以密件正式函知該屬學校")
            .build();

    static final Step RELEASED_CONTACT = Step.step("NT-DET-OUT").on(CaseEvent.RELEASED)
            .by(SchoolRole.STUDENT_AFFAIRS, SchoolRole.HOMEROOM_TEACHER, SchoolRole.COUNSELING)
            .when(STILL_ABSENT)
            .duty("學校即依相關資訊聯繫該生法定代理人（父母或監護人）確認，並要求學生立即返校就學",
                    "Contact the student's legal guardian (parent or guardian) at once and require the student to "
                            + "return to school immediately")
            .due(Deadline.workingDays(5))
            .source("學校即依相關資訊聯繫該生法定代理人(父母或監護人) 確認，並要求學生立即返校就學。")
            .build();

    static final Step RELEASED_RESTART = Step.step("NT-DET-OUT").on(CaseEvent.RELEASED)
            .by(SchoolRole.COUNSELING, SchoolRole.STUDENT_AFFAIRS, SchoolRole.HOMEROOM_TEACHER)
            .when(STILL_ABSENT)
            .duty("學生仍未依時返校，重啟中輟追蹤輔導機制（自未到校第 1 天起依辦理方式一至四辦理）",
                    "If the student is not back in time, restart dropout tracking (the ladder from day 1 of the new "
                            + "absence)")
            .due(Deadline.continuous())
            .source("如學生仍未依時返校則須重啟中輟追蹤輔導機制。")
            .build();

    /** The county's steps, in the document's order. */
    public static final List<Step> STEPS = List.of(TRANSFER_CHECK, NEW_STUDENT_CHECK, D1_PHONE, D1_REGISTRAR,
            D2_VISIT, D2_REGISTRAR, D2_NEW, D2_NEW_STAFFING, D3_HOMEROOM, D3_VISIT, D3_MAIL_FIRST_SECOND,
            D3_MAIL_THIRD_NEW, D4_MEETING, D4_RETRIEVAL, D4_FAX, D4_LETTER, D4_ONLINE, MISSING_CLASSIFY,
            MISSING_SEARCH, FOLLOW, REENROL_APPLICATION, REENROL_ACADEMIC, REENROL_TEACHING,
            REENROL_STUDENT_AFFAIRS, REENROL_COUNSELLING, REENROL_FEES, PLACEMENT_MEETING, BUXIAO_REFERRAL,
            BUXIAO_COUNSELLING, BUXIAO_REVIEW, ADAPT_COURSES, ADAPT_HOMEROOM, ADAPT_MENTOR, GRADES, GRADES_BUXIAO,
            DETAINED_RECORD, DETAINED_LETTER, RELEASED_LETTER, RELEASED_CONTACT, RELEASED_RESTART);

    /** The county's steps, then the national ones (TW-PENALTY, TW-ZERO-REJECT, TW-TIERS). */
    public static final Timeline TIMELINE = new Timeline(
            Stream.concat(STEPS.stream(), NationalRules.STEPS.stream()).toList());

    private NewTaipeiLadder() {
    }
}
