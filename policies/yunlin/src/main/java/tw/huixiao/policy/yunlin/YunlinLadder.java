package tw.huixiao.policy.yunlin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.Condition;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Timeline;

/**
 * The Yunlin plan's 處遇步驟 (六) as a ladder of case events: screening and roster (評估),
 * the school's three tiers (啟動校內輔導機制), and the referral route of each high-care group
 * (轉介專業輔導資源單位), followed by the national steps. Where the document sets no deadline
 * the module uses {@link #ONE_SCHOOL_WEEK} (see README).
 */
public final class YunlinLadder {

    /** 家庭暴力與兒童少年保護事件通報表, to the county 社會處 or the 113 line (YL-PROTECT). */
    public static final String PROTECTION_REPORT = "PROTECTION_REPORT";
    /** 校安通報 to 教育部校園安全暨災害防救通報處理中心 (YL-PROTECT). */
    public static final String CAMPUS_SAFETY_REPORT = "CAMPUS_SAFETY_REPORT";
    /** The signed paper 校安通報 faxed to 教育處學管科 (fax 5350800) (YL-PROTECT). */
    public static final String CAMPUS_SAFETY_REPORT_FAX = "CAMPUS_SAFETY_REPORT_FAX";
    /** The high-risk family referral faxed to the county 社會處 (fax 05-5348530) (YL-REF-FAMILY). */
    public static final String SOCIAL_AFFAIRS_REFERRAL_FAX = "SOCIAL_AFFAIRS_REFERRAL_FAX";

    /** Every document kind the ladder produces besides forms, with the national ones. */
    public static final Set<String> DOCUMENT_KINDS = Stream.concat(
                    Stream.of(PROTECTION_REPORT, CAMPUS_SAFETY_REPORT, CAMPUS_SAFETY_REPORT_FAX,
                            SOCIAL_AFFAIRS_REFERRAL_FAX),
                    NationalRules.DOCUMENT_KINDS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** 中輟高危險群（含中輟之虞、嚴重行為與成癮行為問題）, with the national dropout and long absence (附表三 code A). */
    public static final Set<String> DROPOUT_HIGH_RISK = Set.of("YL-C1", "YL-C2", "YL-C3", "TW-DROPOUT",
            "TW-LONG-ABSENCE");
    /** 情緒障礙（含情緒困擾、學習適應困擾、人際關係困擾）. */
    public static final Set<String> EMOTIONAL = Set.of("YL-C4", "YL-C5", "YL-C6");
    /** 高風險家庭. */
    public static final Set<String> HIGH_RISK_FAMILY = Set.of("YL-C7");
    /** 保護性個案. */
    public static final Set<String> PROTECTIVE = Set.of("YL-C8");

    /** The module's deadline where the document sets none: five school days, one school week. */
    public static final Deadline ONE_SCHOOL_WEEK = Deadline.schoolDays(5);

    /** 應於發現後 24 小時內 (兒童及少年福利法). */
    public static final Deadline WITHIN_24_HOURS = Deadline.elapsed("PT24H");

    private static Condition in(Set<String> categories) {
        return Condition.categoryIn(categories.toArray(String[]::new));
    }

    // ---- (一) 評估 -------------------------------------------------------------------------

    static final Step SCREEN_ALL = Step.step("YL-SCREEN").on(CaseEvent.SEMESTER_STARTED)
            .by(SchoolRole.HOMEROOM_TEACHER, SchoolRole.COUNSELING)
            .duty("依高關懷學生評估指標及輔導表（附表一）進行全面篩選與評估：導師填第一、二階段並簽章，輔導人員評估第三階段，"
                            + "單位主管核章第四階段輔導策略",
                    "Screen and assess all students with Schedule 1: the homeroom teacher fills in and signs stages 1 "
                            + "and 2, a counsellor assesses stage 3, the head of unit stamps the stage-4 strategy")
            .due(Deadline.within("P1M"))
            .produces(YunlinForms.ASSESSMENT)
            .source("依高關懷學生評估指標及輔導表（附表一）進行全面篩選與評估。")
            .build();

    static final Step ASSESS_CASE = Step.step("YL-SCREEN").on(CaseEvent.OPENED)
            .by(SchoolRole.HOMEROOM_TEACHER, SchoolRole.COUNSELING)
            .duty("個案開案：以附表一評估該生（第一至第四階段，各階段由導師、導師、輔導人員、單位主管簽章）",
                    "A case is opened: assess the student with Schedule 1 (stages 1 to 4, signed by the homeroom "
                            + "teacher, the homeroom teacher, a counsellor and the head of unit)")
            .due(ONE_SCHOOL_WEEK)
            .produces(YunlinForms.ASSESSMENT)
            .source("依高關懷學生評估指標及輔導表（附表一）進行全面篩選與評估。")
            .build();

    /**
     * YL-SCREEN, 附表一 【第四階段】輔導策略 單位主管核章: the strategy is the head of the counselling
     * office's (輔導主任) to decide and stamp — a duty of that one person, not of everyone in 輔導室
     * (SPI 1.6 heads of offices); the form's stage 4 is signed by the same role.
     */
    static final Step STRATEGY_SIGN_OFF = Step.step("YL-SCREEN").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING_DIRECTOR)
            .duty("單位主管（輔導主任）核定附表一第四階段輔導策略並核章",
                    "The head of unit (the counselling director) decides the stage-4 strategy of Schedule 1 and stamps it")
            .due(ONE_SCHOOL_WEEK)
            .produces(YunlinForms.ASSESSMENT)
            .source("【第四階段】 輔導策略 單位主管核章")
            .build();

    static final Step ROSTER_YEAR = Step.step("YL-ROSTER").on(CaseEvent.SEMESTER_STARTED)
            .by(SchoolRole.COUNSELING, SchoolRole.PRINCIPAL)
            .duty("建立（第二學期更新）本學年度高關懷學生名冊（附表二），姓名以匿名處理（例：黃○進），經承辦人、主任、校長核章",
                    "Build (in the second semester, update) this school year's roster of high-care students "
                            + "(Schedule 2), names anonymised (e.g. 黃○進), stamped by the officer, the director and "
                            + "the principal")
            .due(Deadline.within("P1M"))
            .produces(YunlinForms.ROSTER)
            .source("建立學校高關懷學生名冊（附表二），並追蹤列管。")
            .build();

    static final Step ROSTER_TRACK = Step.step("YL-ROSTER").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("將個案列入學校高關懷學生名冊（附表二），並追蹤列管至結案",
                    "Add the student to the school's high-care roster (Schedule 2) and keep tracking until the case closes")
            .due(Deadline.continuous())
            .produces(YunlinForms.ROSTER)
            .source("建立學校高關懷學生名冊（附表二），並追蹤列管。")
            .build();

    // ---- (二) 啟動校內輔導機制 -------------------------------------------------------------------

    static final Step TIER1_GENERAL = Step.step("YL-TIERS").on(CaseEvent.OPENED)
            .by(SchoolRole.HOMEROOM_TEACHER, SchoolRole.PRINCIPAL, SchoolRole.STUDENT_AFFAIRS,
                    SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.REGISTRAR, SchoolRole.COUNSELING,
                    SchoolRole.MENTOR_TEACHER, SchoolRole.GENERAL_AFFAIRS)
            .duty("一級輔導：一般性輔導，全校教職員工均需協助學生輔導及預防工作；班級輔導，由導師、科任老師進行班級學生輔導",
                    "Tier 1: all staff help with counselling and prevention; the homeroom and subject teachers "
                            + "counsel the class")
            .due(Deadline.continuous())
            .source("(1) 一般性輔導：全校教職員工均需協助學生輔導及預防工作 (2) 班級輔導：由導師、科任老師進行班級學生輔導。")
            .build();

    static final Step TIER1_MENTOR = Step.step("YL-TIERS").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING, SchoolRole.MENTOR_TEACHER)
            .duty("一級輔導（認輔）：由輔導室安排與學生較親近之老師或輔導志工擔任認輔老師進行關懷、輔導",
                    "Tier 1 (mentoring): the counselling office assigns a teacher close to the student, or a "
                            + "counselling volunteer, as mentor teacher to care for and counsel the student")
            .due(Deadline.continuous())
            .source("認輔：由輔導室安排與學生較親近之老師或輔導志工擔任認輔老師進行關懷、輔導。")
            .build();

    static final Step TIER2 = Step.step("YL-TIERS").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("二級輔導：由輔導室輔導人員進行個別輔導或團體輔導（依輔導安排回覆表）",
                    "Tier 2: the counselling office's counsellors give individual or group counselling (as the "
                            + "arrangement reply says)")
            .due(Deadline.continuous())
            .source("二級輔導：由輔導室輔導人員進行個別輔導或團體輔導。")
            .build();

    static final Step TIER3 = Step.step("YL-TIERS").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("三級輔導：依學生輔導需求轉介相關專業輔導資源體系協助輔導",
                    "Tier 3: refer the student to the professional services the student needs")
            .due(Deadline.continuous())
            .source("三級輔導：依學生輔導需求轉介相關專業輔導資源體系協助輔導。")
            .build();

    static final Step REPLY = Step.step("YL-REPLY").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("輔導室填寫高關懷學生輔導安排回覆表：一級輔導（認輔老師姓名）或二級輔導（輔導老師姓名），及是否需三級轉介",
                    "The counselling office fills in the counselling arrangement reply: tier 1 (the mentor teacher's "
                            + "name) or tier 2 (the counselling teacher's name), and whether a tier-3 referral is needed")
            .due(ONE_SCHOOL_WEEK)
            .produces(YunlinForms.REPLY)
            .source("雲林縣 國中(小)高關懷學生輔導安排回覆表 (由輔導室填寫)")
            .build();

    // ---- (三) 1. 中輟高危險群 ----------------------------------------------------------------

    static final Step DROPOUT_MEETING = Step.step("YL-REF-DROPOUT").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING, SchoolRole.PRINCIPAL)
            .duty("中輟高危險群：依本縣中輟生通報及復學輔導要點附件二處理流程辦理，召開「學生復學輔導小組」評估會議",
                    "Dropout high-risk group: follow the county's dropout reporting and return procedure and convene "
                            + "the student return counselling team's evaluation meeting")
            .when(in(DROPOUT_HIGH_RISK))
            .due(ONE_SCHOOL_WEEK)
            .source("依本縣「雲林縣國民中小學中途輟學學生通報及復學輔導實施要點」（以下稱本縣中輟生通報及復學輔導要點）附件二處理流程辦理，"
                    + "並召開「學生復學輔導小組」（組織架構詳見「本縣中輟生通報及復學輔導要點」附件一）評估會議")
            .build();

    static final Step DROPOUT_REFERRAL = Step.step("YL-REF-DROPOUT").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("將中輟高關懷群學生轉介單（附表三，填行為代碼 A–L）函送縣府教育處",
                    "Send the dropout high-care referral (Schedule 3, with behaviour codes A–L) by official letter to "
                            + "the county Education Department")
            .when(in(DROPOUT_HIGH_RISK))
            .due(ONE_SCHOOL_WEEK)
            .produces(YunlinForms.REFERRAL)
            .source("將中輟高關懷群學生轉介單(附表三)，函送縣府教育處。")
            .build();

    static final Step DROPOUT_DIVERSION = Step.step("YL-REF-DROPOUT").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("若兩個輔導期程未見成效，個案轉由雲林縣少年輔導委員會邀集相關單位召開「轉向評估小組」會議，轉介適當中介教育機構或矯正單位",
                    "If two counselling periods show no effect, hand the case to the county juvenile counselling "
                            + "committee, whose diversion assessment team refers the student to intermediate "
                            + "education or a correctional unit")
            .when(in(DROPOUT_HIGH_RISK))
            .due(Deadline.continuous())
            .source("若兩個輔導期程未見成效，個案轉由雲林縣少年輔導委員會邀集相關單位召開「轉向評估小組」會議，"
                    + "依學生輔導需求轉介適當中介教育機構或矯正單位。")
            .build();

    static final Step DROPOUT_POLICE = Step.step("YL-REF-DROPOUT").on(CaseEvent.OPENED)
            .by(SchoolRole.STUDENT_AFFAIRS, SchoolRole.COUNSELING)
            .duty("嚴重行為問題學生在校有霸凌或暴力之具體事實行為，經輔導無效者，得依相關法律規定轉介警政單位協助輔導",
                    "A student with serious behaviour problems who has committed concrete acts of bullying or "
                            + "violence at school and does not respond to counselling may be referred to the police")
            .when(Condition.categoryIn("YL-C2"))
            .due(Deadline.continuous())
            .source("對於具有嚴重行為問題學生，若在校有霸凌或暴力之具體事實行為，經輔導無效者，得依相關法律規定轉介警政單位協助輔導。")
            .build();

    // ---- (三) 2. 情緒障礙 ------------------------------------------------------------------

    static final Step EMOTION_REFERRAL = Step.step("YL-REF-EMOTION").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("依雲林縣「專業輔導人員參與國民中小學學生輔導工作計畫」，由學校轉介專業心理師、社工師介入輔導",
                    "Under the county's professional counsellors programme, refer the student to a professional "
                            + "psychologist or social worker")
            .when(in(EMOTIONAL))
            .due(ONE_SCHOOL_WEEK)
            .source("(1) 依雲林縣「專業輔導人員參與國民中小學學生輔導工作計畫」辦理。(2) 由學校轉介專業心理師、社工師介入輔導。")
            .build();

    static final Step EMOTION_MEDICAL = Step.step("YL-REF-EMOTION").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("有就醫需求之個案，轉介斗六家商「心理衛生諮詢服務中心」或衛生局「心理衛生中心」，由精神科醫師進行診治評估",
                    "A student who needs medical care is referred to the Douliu vocational school's mental-health "
                            + "advisory centre or the Health Bureau's mental-health centre for a psychiatrist's assessment")
            .when(in(EMOTIONAL))
            .due(Deadline.continuous())
            .source("有就醫需求之個案，轉介斗六家商「心理衛生諮詢服務中心」或衛生局「心理衛生中心」，由精神科醫師進行診治評估。")
            .build();

    // ---- (三) 3. 高風險家庭 -----------------------------------------------------------------

    static final Step FAMILY_ASSESSMENT = Step.step("YL-REF-FAMILY").on(CaseEvent.OPENED)
            .by(SchoolRole.HOMEROOM_TEACHER)
            .duty("由導師填寫高風險家庭評估表（附表五），轉請輔導室辦理轉介事宜",
                    "The homeroom teacher fills in the high-risk family assessment (Schedule 5) and passes it to the "
                            + "counselling office for referral")
            .when(in(HIGH_RISK_FAMILY))
            .due(Deadline.schoolDays(3))
            .produces(YunlinForms.HIGH_RISK_FAMILY)
            .source("由導師填寫高風險家庭評估表（附表五），轉請輔導室辦理轉介事宜。")
            .build();

    static final Step FAMILY_REFERRAL = Step.step("YL-REF-FAMILY").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("輔導室依社會處高風險家庭評估與通報流程，傳真轉介縣府社會處（傳真 05-5348530；通報電話 05-5348585）",
                    "The counselling office refers the family to the county Social Affairs Department by fax "
                            + "(05-5348530; reporting line 05-5348585), following its high-risk family procedure")
            .when(in(HIGH_RISK_FAMILY))
            .due(ONE_SCHOOL_WEEK)
            .produces(SOCIAL_AFFAIRS_REFERRAL_FAX)
            .source("(1) 依社會處高風險家庭評估與通報流程規定辦理。(3) 縣府社會處傳真電話：05-5348530；通報電話：05-5348585。")
            .build();

    static final Step FAMILY_VISITS = Step.step("YL-REF-FAMILY").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER)
            .duty("配合縣府社會處所委託之民間社服單位協助家庭訪視與輔導工作",
                    "Work with the NGO commissioned by the county Social Affairs Department on home visits and counselling")
            .when(in(HIGH_RISK_FAMILY))
            .due(Deadline.continuous())
            .source("由縣府社會處所委託之民間社服單位協助家庭訪視與輔導工作。")
            .build();

    // ---- (三) 4. 保護性個案 -----------------------------------------------------------------

    private static List<Step> protectiveSteps(CaseEvent event, Condition condition) {
        return List.of(
                Step.step("YL-PROTECT").on(event).by(SchoolRole.COUNSELING)
                        .duty("發現後 24 小時內，由輔導室填寫「家庭暴力與兒童少年保護事件通報表」專案通報縣府社會處或 113 專線",
                                "Within 24 hours of discovery, the counselling office reports on the domestic "
                                        + "violence and child protection report form to the county Social Affairs "
                                        + "Department or the 113 line")
                        .when(condition)
                        .due(WITHIN_24_HOURS)
                        .produces(PROTECTION_REPORT)
                        .source("(1) 保護性個案，應於發現後 24 小時內依兒童及少年福利法通報機制辦理。(2) 由輔導室填寫「家庭暴力與兒童少年保護事件通報表」"
                                + "專案通報本府社會處或 113 專線。")
                        .build(),
                Step.step("YL-PROTECT").on(event).by(SchoolRole.STUDENT_AFFAIRS)
                        .duty("生輔組同時通報「教育部校園安全暨災害防救通報處理中心」（校安通報）",
                                "The student-life section files the campus-safety report with the Ministry of "
                                        + "Education's campus safety centre at the same time")
                        .when(condition)
                        .due(WITHIN_24_HOURS)
                        .produces(CAMPUS_SAFETY_REPORT)
                        .source("生輔組並同時通報「教育部校園安全暨災害防救通報處理中心」")
                        .build(),
                Step.step("YL-PROTECT").on(event).by(SchoolRole.STUDENT_AFFAIRS)
                        .duty("校安通報紙本核章後傳真縣府教育處學管科（傳真 5350800；聯絡電話 5351216 或 5374068）",
                                "Fax the signed paper campus-safety report to the county Education Department's "
                                        + "student affairs section (fax 5350800; phone 5351216 or 5374068)")
                        .when(condition)
                        .due(WITHIN_24_HOURS)
                        .produces(CAMPUS_SAFETY_REPORT_FAX)
                        .source("紙本核章後傳真本府教育處學管科，傳真電話：5350800，連絡電話：5351216 或 5374068。")
                        .build(),
                Step.step("YL-PROTECT").on(event).by(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER)
                        .duty("配合縣府社會處依有關流程協助家庭訪視與輔導安置工作",
                                "Work with the county Social Affairs Department on home visits, counselling and placement")
                        .when(condition)
                        .due(Deadline.continuous())
                        .source("由縣府社會處依有關流程協助家庭訪視與輔導安置工作。")
                        .build());
    }

    // ---- 附表四 回歸學校 ------------------------------------------------------------------------

    static final Step RETURN_RULING = Step.step("YL-RETURN").on(CaseEvent.RETURNED)
            .by(SchoolRole.COUNSELING)
            .duty("個案回歸學校：登錄社服機構之中輟高危險群學生輔導個案回歸學校裁定書（附表四），依處理情形（開案處理／轉介其他單位／無需提供服務）辦理",
                    "The case returns to school: record the agency's case-return ruling (Schedule 4) and act on it "
                            + "(case opened by a unit / referred elsewhere / no service needed, with the reason)")
            .when(in(DROPOUT_HIGH_RISK))
            .due(ONE_SCHOOL_WEEK)
            .produces(YunlinForms.RETURN_RULING)
            .source("附表四 雲林縣 國民中(小)學中輟高危險群學生輔導個案回歸學校裁定書")
            .build();

    static final Step RETURN_COUNSELLING = Step.step("YL-RETURN").on(CaseEvent.RETURNED)
            .by(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER, SchoolRole.MENTOR_TEACHER)
            .duty("經結案學生，依本縣中輟生通報及復學輔導要點附件二-2 進行校內復學輔導處遇工作",
                    "For a student whose case was closed, carry out in-school return counselling under the county's "
                            + "dropout return procedure (annex 2-2)")
            .when(in(DROPOUT_HIGH_RISK))
            .due(Deadline.continuous())
            .source("經結案學生，依「本縣中輟生通報及復學輔導要點」附件二-2 進行校內復學輔導處遇工作。")
            .build();

    static final Timeline TIMELINE;

    static {
        List<Step> steps = new ArrayList<>(List.of(SCREEN_ALL, ASSESS_CASE, STRATEGY_SIGN_OFF, ROSTER_YEAR, ROSTER_TRACK,
                TIER1_GENERAL, TIER1_MENTOR, TIER2, TIER3, REPLY,
                DROPOUT_MEETING, DROPOUT_REFERRAL, DROPOUT_DIVERSION, DROPOUT_POLICE,
                EMOTION_REFERRAL, EMOTION_MEDICAL,
                FAMILY_ASSESSMENT, FAMILY_REFERRAL, FAMILY_VISITS));
        steps.addAll(protectiveSteps(CaseEvent.OPENED, in(PROTECTIVE)));
        steps.addAll(protectiveSteps(CaseEvent.PROTECTIVE_CONCERN_RAISED, Condition.ALWAYS));
        steps.add(RETURN_RULING);
        steps.add(RETURN_COUNSELLING);
        steps.addAll(NationalRules.STEPS);
        TIMELINE = new Timeline(steps);
    }

    private YunlinLadder() {
    }
}
