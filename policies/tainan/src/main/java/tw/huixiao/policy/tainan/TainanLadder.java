package tw.huixiao.policy.tainan;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.casework.ClosureRule;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.Condition;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Recurrence;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Timeline;

/**
 * Tainan's ISP ladder (seed 004, 五–八、十三 and the ISP 範本), rules TN-WHO … TN-KPI, followed by
 * the national steps. Where the document gives no deadline the module's choice is named in
 * the step's comment and in README.md.
 */
final class TainanLadder {

    /** 經費收支清單及辦理成果 (TN-REPORT). */
    static final String EXPENSE_STATEMENT = "EXPENSE_STATEMENT";
    /** 學校函請區公所強迫入學委員會執行強迫入學程序 (TN-NEEDS, stage 4 一). */
    static final String COMMITTEE_REPORT_LETTER = "COMMITTEE_REPORT_LETTER";
    /** 高關懷學生名單 (TN-WHEN). */
    static final String HIGH_CARE_LIST = "HIGH_CARE_STUDENT_LIST";
    /** 每月個案評估會議紀錄 (TN-MONTHLY). */
    static final String MONTHLY_MINUTES = "MONTHLY_CASE_EVALUATION_MINUTES";
    /** ISP 計畫送本局備查 (TN-REPORT). */
    static final String PLAN_FILING_LETTER = "ISP_FILING_LETTER";

    static final Set<String> DOCUMENT_KINDS = Stream.concat(
            Stream.of(EXPENSE_STATEMENT, COMMITTEE_REPORT_LETTER, HIGH_CARE_LIST, MONTHLY_MINUTES, PLAN_FILING_LETTER),
            NationalRules.DOCUMENT_KINDS.stream()).collect(Collectors.toUnmodifiableSet());

    static final String DEVIANT = "TN-WHO-DEVIANT";
    static final String JUDICIAL = "TN-WHO-JUDICIAL";
    static final String ADJUSTMENT = "TN-WHO-ADJUSTMENT";
    static final String SPECIAL_EDUCATION = "TN-WHO-SPECIAL-EDUCATION";

    /** Every target group of 實施對象: each must have an ISP. */
    static final Condition ISP_TARGET = Condition.categoryIn("TW-DROPOUT", "TW-LONG-ABSENCE", DEVIANT, JUDICIAL,
            ADJUSTMENT, SPECIAL_EDUCATION);
    /** 偏差行為學生 (TN-EVAL). */
    static final Condition DEVIANT_CASE = Condition.categoryIn(DEVIANT, JUDICIAL);
    /** 中輟 or 長期缺課: the cases the 強迫入學 procedure applies to. */
    static final Condition ABSENCE_CASE = Condition.categoryIn("TW-DROPOUT", "TW-LONG-ABSENCE");

    /**
     * The plan is written within a month of opening the case. The document sets no deadline;
     * one month matches the team's monthly case-evaluation meeting (十三), by which it must exist.
     */
    static final Deadline WITH_THE_PLAN = Deadline.within("P1M");
    /** 學期初, read as the first two school weeks (module choice; the document says only 學期初). */
    static final Deadline SEMESTER_START = Deadline.schoolDays(10);

    static final Step WHO = Step.step("TN-WHO").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("中輟、長期缺課或重大偏差行為(含觸犯刑罰法律、曝險或其他偏差行為)學生每案皆應撰寫本計畫：輔導室擬定學生輔導處遇個別化支持計畫(ISP)",
                    "Every dropout, long-absence or major deviant-behaviour case (offences, at-risk behaviour, "
                            + "other) must have a plan: the counselling office writes the individualised support "
                            + "plan (ISP)")
            .when(ISP_TARGET)
            .due(WITH_THE_PLAN)
            .produces(TainanForms.PLAN)
            .source("教育部中輟系統列管案、長期缺課或重大偏差行為(含觸犯刑罰法律、曝險或其他偏差行為)學生每案皆應撰寫本計畫。"
                    + "嚴重適應困難、學習意願低落有中輟之虞或中輟復學需要特別教育之學生。偏差行為併有司法案件且須加強輔導之學生。")
            .build();

    static final Step WHO_FILING = Step.step("TN-WHO").on(CaseEvent.PLAN_APPROVED)
            .by(SchoolRole.COUNSELING)
            .duty("ISP 計畫經校內高關懷組織、成績評量委員會、課發會審查後，送教育局備查",
                    "After the school's high-care group, assessment committee and curriculum committee have "
                            + "reviewed the ISP, send it to the Education Bureau for the record")
            .when(ISP_TARGET)
            // The document sets no deadline; 5 working days is the module's choice.
            .due(Deadline.workingDays(5))
            .produces(PLAN_FILING_LETTER)
            .source("ISP 計畫經校內高關懷組織、成績評量委員會、課發會審查校內計畫後，送本局備查。")
            .build();

    static final Step WHEN_SEMESTER = Step.step("TN-WHEN").on(CaseEvent.SEMESTER_STARTED)
            .by(SchoolRole.COUNSELING)
            .duty("輔導室於學期初召開個案會議，建置高關懷學生名單",
                    "At the start of the semester the counselling office holds a case meeting and builds the "
                            + "high-care student list")
            .due(SEMESTER_START)
            .produces(HIGH_CARE_LIST)
            .source("輔導室於學期初召開個案會議，建置高關懷學生名單。")
            .build();

    static final Step WHEN_TEACHER = Step.step("TN-WHEN").on(CaseEvent.OPENED)
            .by(SchoolRole.HOMEROOM_TEACHER)
            .duty("導師於學期中發現學生符合中輟、長期缺課或高關懷學生評估指標需轉介輔導，得隨時撰寫 ISP 計畫，並隨時提出評估、輔導與安置建議",
                    "A homeroom teacher who finds a student meeting the dropout, long-absence or high-care "
                            + "indicators may write an ISP at any time and propose assessment, counselling and "
                            + "placement at any time")
            .due(Deadline.continuous())
            .produces(TainanForms.PLAN)
            .source("導師於學期中發現班上有學生符合中輟、長期缺課或高關懷學生評估指標需轉介輔導，得隨時撰寫 ISP 計畫，"
                    + "並隨時提出評估、輔導與安置建議。")
            .build();

    static final Step TEAM = Step.step("TN-TEAM").on(CaseEvent.OPENED)
            .by(SchoolRole.PRINCIPAL, SchoolRole.COUNSELING)
            .duty("組成執行小組：校長召集、輔導主任執行秘書、輔導組長及資料組長副執行秘書，教務、學務、總務主任，生教、教學、註冊組長，輔導教師、特教教師、導師、社工",
                    "Form the execution team: principal (convener), counselling director (executive secretary), "
                            + "counselling and records section heads (deputies), academic, student-affairs and "
                            + "general-affairs directors, discipline, teaching and registration section heads, "
                            + "counselling, special-education and homeroom teachers, social worker")
            .when(ISP_TARGET)
            .due(WITH_THE_PLAN)
            .produces(TainanForms.PLAN)
            .source("執行小組名單及職責(依各校狀況自行增減)；校長 主持相關會議及整合協調各處室資源 召集人；"
                    + "輔導主任 策畫、督導各項工作 執行秘書")
            .build();

    static final Step ASSESS = Step.step("TN-ASSESS").on(CaseEvent.OPENED)
            .by(SchoolRole.HOMEROOM_TEACHER, SchoolRole.COUNSELING)
            .duty("填寫評估及輔導建議檢核表：學生基本資料、家庭背景，第一階段高關懷學生指標及第二階段危機狀態由導師評估簽章，第三階段由輔導人員評估簽章",
                    "Fill in the assessment and counselling-recommendation checklist: student and family "
                            + "background; stage 1 high-care indicators and stage 2 crisis state assessed and "
                            + "signed by the homeroom teacher, stage 3 by the counselling staff")
            .when(ISP_TARGET)
            .due(WITH_THE_PLAN)
            .produces(TainanForms.PLAN)
            .source("評估及輔導建議檢核表；【第一階段】高關懷學生指標 導師簽章；【第二階段】危機狀態 導師評估；"
                    + "【第三階段】危機狀態 輔導人員評估")
            .build();

    static final Step NEEDS = Step.step("TN-NEEDS").on(CaseEvent.NEEDS_ASSESSED)
            .by(SchoolRole.COUNSELING)
            .duty("依第四階段需求檢核辦理：學校邀請家長及校內各處室及校外資源一同召開個案評估會議，辦理個別諮商、電訪、家訪、個別研討，並視個案情況轉介相關單位",
                    "Carry out the stage-4 needs: with the parents, school offices and outside services hold "
                            + "the case assessment meeting, give counselling sessions, phone calls, home visits "
                            + "and case conferences, and refer to the services the case needs")
            .due(Deadline.continuous())
            .produces(TainanForms.PLAN)
            .source("【第四階段】輔導策略；經評估後有以下需求；一、依法或規定應辦理事項；二、學校應辦理事項；三、視個案情況建議辦理事項")
            .build();

    static final Step NEEDS_COMMITTEE = Step.step("TN-NEEDS").on(CaseEvent.NEEDS_ASSESSED)
            .by(SchoolRole.COUNSELING, SchoolRole.ACADEMIC_AFFAIRS)
            .duty("學校函請區公所強迫入學委員會執行強迫入學程序，函文中說明中輟或缺課情況（檢附通報表及處置彙整表）及具體寫出請區公所之家訪或開單類別",
                    "Ask the district office's compulsory-education committee by letter to start the "
                            + "compulsory-education procedure, describing the absence (with the report and the "
                            + "handling summary) and naming the home visit or notice wanted")
            .when(ABSENCE_CASE.and(Condition.stillAbsent()))
            .due(Deadline.continuous())
            .produces(COMMITTEE_REPORT_LETTER)
            .source("學校函請區公所強迫入學委員會執行強迫入學程序，函文中請說明清楚中輟或缺課情況（檢附通報表及處置彙整表）"
                    + "及具體寫出請區公所之家訪或開單類別。")
            .build();

    static final Step MEETINGS = Step.step("TN-MEETINGS").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING)
            .duty("召開個案需求評估會議（第 1 次起），每學期至少一次；請檢附相關會議紀錄及參與會議人員聯絡方式",
                    "Hold needs-assessment meetings (from the first), at least once a semester; attach the "
                            + "minutes and the participants' contact details")
            .when(ISP_TARGET)
            .due(WITH_THE_PLAN)
            // 每學期至少一次: the SPI has no per-semester recurrence; every 6 months is the nearest.
            .repeats(Recurrence.every("P6M"))
            .produces(TainanForms.NEEDS_MEETING)
            .source("視個案需求應另行召開個案或緊急會議，前開會議每學期至少一次。請檢附相關會議紀錄。")
            .build();

    static final Step SERVICES = Step.step("TN-SERVICES").on(CaseEvent.NEEDS_ASSESSED)
            .by(SchoolRole.COUNSELING, SchoolRole.ACADEMIC_AFFAIRS)
            .duty("於評估會議中依個案實際需求填寫相關支援服務（項目、方式、支援單位/人員、修正情形）及輔導措施（就學規劃、課程、生涯、升學或就業）",
                    "In the assessment meeting fill in the support services the case needs (item, method, "
                            + "unit/person, revision) and the measures (schooling, courses, career, further study "
                            + "or employment)")
            .due(Deadline.sameDay())
            .produces(TainanForms.PLAN)
            .source("相關支援服務及輔導措施請於評估會議中依個案實際需求填寫下列表格項目(依個案情況自行增刪)")
            .build();

    static final Step SERVICES_AFTER_RETURN = Step.step("TN-SERVICES").on(CaseEvent.RETURNED)
            .by(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER)
            .duty("個案完全或部份回歸原班後，仍持續進行個別諮商輔導，原班導師與輔導教師及輔導室保持聯繫；若又出現適應不良，評估是否再返回多元教育輔導措施",
                    "After the student returns fully or partly to the class, counselling continues and the "
                            + "homeroom teacher keeps in touch with the counselling office; if maladjustment "
                            + "returns, consider the multiple educational counselling measures again")
            .when(ISP_TARGET)
            .due(Deadline.continuous())
            .source("個案完全或部份回歸原班後，仍會持續進行個別諮商輔導，原班導師亦應與輔導教師及輔導室保持聯繫。")
            .build();

    static final Step EVAL = Step.step("TN-EVAL").on(CaseEvent.NEEDS_ASSESSED)
            .by(SchoolRole.COUNSELING)
            .duty("偏差行為學生經需求評估會議討論輔導措施後，至少觀察 3 個月以上 6 個月以下，再召開成效評估會議，確認成效達成狀況及後續預計作為，進行結案評估",
                    "For a deviant-behaviour case, observe at least 3 and at most 6 months after the "
                            + "needs-assessment meeting, then hold the effectiveness-evaluation meeting and "
                            + "evaluate closure")
            .when(DEVIANT_CASE)
            .due(Deadline.window("P3M", "P6M"))
            .produces(TainanForms.EVALUATION)
            .source("偏差行為學生經需求評估會議討論個案輔導措施後，應至少實施觀察3 個月以上6 個月以下，再召開成效評估會議，"
                    + "確認成效達成狀況及後續預計作為，進行結案評估。")
            .build();

    /**
     * The closure meeting when the plan is completed. The document sets no deadline; it falls
     * inside the month TN-REPORT allows for the results, which include the closure decision.
     */
    static final Step CLOSE_MEETING = Step.step("TN-CLOSE").on(CaseEvent.PLAN_COMPLETED)
            .by(SchoolRole.COUNSELING)
            .duty("召開個案結案會議：解除列管並結案（學校持續追蹤 3 個月）或列管並持續輔導",
                    "Hold the closure meeting: close the case (the school keeps tracking for 3 months) or "
                            + "keep it listed and continue counselling")
            .due(Deadline.within("P1M"))
            .produces(TainanForms.CLOSURE)
            .source("個案結案會議：□解除列管並結案(學校持續追蹤3 個月) □列管並持續輔導")
            .build();

    static final Step CLOSE_TRACKING = Step.step("TN-CLOSE").on(CaseEvent.CLOSED)
            .by(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER)
            .duty("解除列管並結案後，學校持續追蹤 3 個月", "After closure the school keeps tracking the student for 3 months")
            .due(Deadline.within("P3M"))
            .source("解除列管並結案(學校持續追蹤3 個月)")
            .build();

    static final Step MONTHLY = Step.step("TN-MONTHLY").on(CaseEvent.PLAN_APPROVED)
            .by(SchoolRole.COUNSELING, SchoolRole.ACADEMIC_AFFAIRS)
            .duty("執行小組每月召開個案評估會議，隨時依學生或實際需求調整課程執行、成績評量等",
                    "The execution team holds a case-evaluation meeting every month and adjusts courses and "
                            + "assessment to the student's needs")
            .due(Deadline.within("P1M"))
            .repeats(Recurrence.every("P1M"))
            .produces(MONTHLY_MINUTES)
            .source("由執行小組訂定 ISP 計畫，提供個案適性課程及相關資源，每月召開個案評估會議，隨時依學生或實際需求調整課程執行、"
                    + "成績評量等，保持機動、彈性原則，採達成復學任務取向。")
            .build();

    static final Step TIMETABLE = Step.step("TN-TIMETABLE").on(CaseEvent.OPENED)
            .by(SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.COUNSELING)
            .duty("編訂 ISP 課程總表（星期一至五、第 1–7 節及用餐及午休），* 號表示學生回原來班級上課或請假；並據以排定個別課程表",
                    "Draw up the ISP timetable (Monday–Friday, periods 1–7 and lunch); * marks the student in "
                            + "the original class or on leave; derive each student's own timetable")
            .when(ISP_TARGET)
            .due(WITH_THE_PLAN)
            .produces(TainanForms.TIMETABLE)
            .source("本校中輟、長期缺課、偏差行為或高關懷學生ISP課程總表；* 號表示學生回原來班級上課時間或請假，"
                    + "只需在安排彈性課程之節數填入課程名稱。")
            .build();

    static final Step TIMETABLE_SEMESTER = Step.step("TN-TIMETABLE").on(CaseEvent.SEMESTER_STARTED)
            .by(SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.COUNSELING)
            .duty("每學期重新編訂 ISP 課程總表及個別課程表", "Draw up the ISP timetable and the students' timetables each semester")
            .when(ISP_TARGET)
            .due(SEMESTER_START)
            .produces(TainanForms.TIMETABLE)
            .source("111/08/01~112/01/20 (共14週) –111學年度第一學期")
            .build();

    static final Step TEACHERS = Step.step("TN-TEACHERS").on(CaseEvent.OPENED)
            .by(SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.COUNSELING)
            .duty("依個案需求編列課程及聘用師資，註明師資聘用原因並附師資證明文件；注意聘用師資之妥適性，及是否登載於不適任教育人員系統",
                    "Plan courses and hire teachers to the case's needs, stating why each is hired with proof "
                            + "of qualification; check every hire against the registry of persons "
                            + "unfit to teach")
            .when(ISP_TARGET)
            .due(WITH_THE_PLAN)
            .produces(TainanForms.TEACHERS)
            .source("請務必依據個案需求編列適當課程及聘用師資，並註明個案需求及師資聘用原因，附上師資證明文件……"
                    + "注意聘用師資之妥適性，及是否登載於不適任教育人員系統。")
            .build();

    static final Step REPORT = Step.step("TN-REPORT").on(CaseEvent.PLAN_COMPLETED)
            .by(SchoolRole.COUNSELING, SchoolRole.GENERAL_AFFAIRS)
            .duty("辦理完畢 1 個月內檢附經費收支清單及辦理成果至教育局完成核結，妥善保存原始憑證",
                    "Within 1 month of completion send the expense statement and the results to the Education "
                            + "Bureau for settlement; keep the original receipts")
            .due(Deadline.within("P1M"))
            .produces(EXPENSE_STATEMENT)
            .source("請於辦理完畢1個月內檢附經費收支清單及辦理成果至教育局完成核結，務必遵守相關核銷及會計規定，妥善保存原始憑證，以備查核。")
            .build();

    static final Step KPI = Step.step("TN-KPI").on(CaseEvent.OPENED)
            .by(SchoolRole.PRINCIPAL)
            .duty("（告知）各校中輟率列為校長年終考績重要參據",
                    "(For information) the school's dropout rate counts in the principal's annual review")
            .when(Condition.categoryIn("TW-DROPOUT"))
            .due(Deadline.continuous())
            .source("為強化個別化弱勢照顧政策，各校中輟率將列為校長年終考績重要參據。")
            .build();

    static final List<Step> STEPS;

    static {
        List<Step> steps = new ArrayList<>(List.of(WHO, WHO_FILING, WHEN_SEMESTER, WHEN_TEACHER, TEAM, ASSESS, NEEDS,
                NEEDS_COMMITTEE, MEETINGS, SERVICES, SERVICES_AFTER_RETURN, EVAL, CLOSE_MEETING, CLOSE_TRACKING,
                MONTHLY, TIMETABLE, TIMETABLE_SEMESTER, TEACHERS, REPORT, KPI));
        steps.addAll(NationalRules.STEPS);
        STEPS = List.copyOf(steps);
    }

    static final Timeline TIMELINE = new Timeline(STEPS);

    /** TN-EVAL and TN-CLOSE: evaluate 3–6 months after the needs meeting, stable 3 months, track 3 months after. */
    static final ClosureRule CLOSURE = new ClosureRule(RuleId.of("TN-CLOSE"),
            LocalizedText.of("偏差行為學生經需求評估會議後觀察 3 個月以上 6 個月以下召開成效評估會議（TN-EVAL）；該行為已達 3 個月以上未再發生者，"
                            + "得於結案會議解除列管並結案，學校持續追蹤 3 個月（TN-CLOSE）",
                    "Deviant-behaviour cases are evaluated 3 to 6 months after the needs-assessment meeting "
                            + "(TN-EVAL); when the behaviour has not recurred for 3 months the closure meeting may "
                            + "close the case, and the school keeps tracking for 3 months (TN-CLOSE)"),
            Period.ofMonths(3), Period.ofMonths(3), Period.ofMonths(6), Period.ofMonths(3));

    private TainanLadder() {
    }
}
