package tw.huixiao.policy.taoyuan;

import static tw.huixiao.policy.spi.SchoolRole.ACADEMIC_AFFAIRS;
import static tw.huixiao.policy.spi.SchoolRole.COUNSELING;
import static tw.huixiao.policy.spi.SchoolRole.HOMEROOM_TEACHER;
import static tw.huixiao.policy.spi.SchoolRole.PRINCIPAL;
import static tw.huixiao.policy.spi.SchoolRole.REGISTRAR;
import static tw.huixiao.policy.spi.SchoolRole.STUDENT_AFFAIRS;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.timeline.Condition;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Recurrence;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Timeline;

/**
 * The Taoyuan escalation ladder, day 0 to day 4 of unexcused non-attendance (無故未到校天數),
 * in the document's order, followed by the national steps (NationalRules.STEPS).
 *
 * <p>Deadlines: where the SOP says when ("當日", "當天上午", "於 3日內(不含假日)", "每月", "每3個月")
 * the step says so; where it only places a discrete act on a day of the ladder, the act is due
 * that day ({@link Deadline#sameDay()}); day-0 duties and support that lasts as long as the
 * situation are {@link Deadline#continuous()}. The {@code source} of each step is the SOP's own
 * words (an ellipsis "……" joins two passages of the same paragraph).
 */
public final class TaoyuanLadder {

    /** 註冊組當日應以限時掛號通知家長到校說明 (TY-D3-REGISTERED-MAIL). */
    public static final String PARENT_NOTICE_REGISTERED_MAIL = "PARENT_NOTICE_REGISTERED_MAIL";
    /** 學務處提報學生名單（及相關紀錄）給輔導室 (TY-D2-RECORD, TY-D3-REGISTERED-MAIL). */
    public static final String STUDENT_LIST_TO_COUNSELING = "STUDENT_LIST_TO_COUNSELING";
    /** 中輟通報 in the MOE online dropout system (TY-D4-REPORT). */
    public static final String MOE_DROPOUT_REPORT = "MOE_DROPOUT_REPORT";
    /** 以傳真方式寄輟學通報單於各區強迫入學委員會 (TY-D4-REPORT). */
    public static final String DROPOUT_REPORT_FAX = "DROPOUT_REPORT_FAX";
    /** 正本函報各區強迫入學委員會，副本知會教育局 (TY-D4-REPORT). */
    public static final String COMMITTEE_ORIGINAL_LETTER = "COMMITTEE_ORIGINAL_LETTER";
    /** 學生具原住民身份則一併函報本府原民局 (TY-D4-REPORT). */
    public static final String INDIGENOUS_BUREAU_LETTER = "INDIGENOUS_BUREAU_LETTER";
    /** 針對學生缺課期間課程研議補救教學計畫 (TY-D4-RETURNED). */
    public static final String REMEDIAL_TEACHING_PLAN = "REMEDIAL_TEACHING_PLAN";

    static final Set<String> DOCUMENT_KINDS = Stream.concat(NationalRules.DOCUMENT_KINDS.stream(),
                    Stream.of(PARENT_NOTICE_REGISTERED_MAIL, STUDENT_LIST_TO_COUNSELING, MOE_DROPOUT_REPORT,
                            DROPOUT_REPORT_FAX, COMMITTEE_ORIGINAL_LETTER, INDIGENOUS_BUREAU_LETTER,
                            REMEDIAL_TEACHING_PLAN))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Condition STILL_ABSENT = Condition.stillAbsent();
    private static final Condition INDIGENOUS_STILL_ABSENT = Condition.indigenous().and(STILL_ABSENT);

    /** Days 3 and 4 repeat the SOP's sentence: an indigenous student's home is visited with the 原服員. */
    private static Step indigenousHomeVisit(String ruleId, int day) {
        return Step.step(ruleId).onStreakDay(day).by(STUDENT_AFFAIRS, HOMEROOM_TEACHER)
                .duty("原住民學生：協同原服員一起家訪",
                        "Indigenous student: visit together with the indigenous-affairs liaison")
                .when(INDIGENOUS_STILL_ABSENT)
                .due(Deadline.sameDay())
                .source("倘屬原住民學生請協同原服員一起家訪。")
                .build();
    }

    // ---------------------------------------------------------------- day 0: students at risk

    static final List<Step> DAY_0 = List.of(
            Step.step("TY-D0-PRINCIPAL").onStreakDay(0).by(PRINCIPAL)
                    .duty("掌握每日校內中輟之虞學生（長期缺課、長期請假者）就學穩定情形，整合校內、外資源介入，統籌督導各處室落實預防中輟作為",
                            "Know every day how steadily at-risk students (long-term absence or leave) attend; bring in "
                                    + "resources from inside and outside the school; supervise the offices' prevention work")
                    .due(Deadline.continuous())
                    .source("校長：掌握每日校內有中輟之虞學生（即長期缺課、長期請假者）就學穩定情形，並整合校內、外相關資源介入，"
                            + "統籌督導各處室執行情形，落實預防中輟各項作為。")
                    .build(),
            Step.step("TY-D0-HOMEROOM").onStreakDay(0).by(HOMEROOM_TEACHER)
                    .duty("營造友善班級氛圍，日常關心學生出缺席；有脆弱家庭樣態聯絡輔導室，有長期缺課或長期請假之虞聯絡學務處(教導處)，尋找媒合資源穩定就學",
                            "Keep a friendly class climate and watch attendance daily; signs of a vulnerable family → "
                                    + "counselling office; signs of long absence or leave → student affairs; find resources "
                                    + "to keep the student at school")
                    .due(Deadline.continuous())
                    .source("導師：積極營造友善班經氛圍，日常主動關心學生的出缺席情形，關心學生有無脆弱家庭樣態(聯絡輔導室)、"
                            + "有無長期缺課或長期請假之虞(聯絡學務處或教導處)，積極向相關業務單位尋找媒合資源，以穩定學生就學。")
                    .build(),
            Step.step("TY-D0-MONTHLY").onStreakDay(0).by(STUDENT_AFFAIRS)
                    .duty("每月確認長期請假或出缺勤不正常之學生是否須填報至系統列管及列入輔導室高關懷個案，會知相關處室並逐級簽核",
                            "Every month, decide for each student on long leave or with irregular attendance whether to "
                                    + "register them in the system and list them as counselling-office high-care cases; "
                                    + "inform the offices concerned and sign off up the chain")
                    .due(Deadline.continuous())
                    .repeats(Recurrence.every("P1M"))
                    .produces(TaoyuanForms.MONTHLY_REVIEW)
                    .source("學務處：應落實請假規定，完成相關程序，每月針對長期請假或出缺勤不正常之學生確認是否須填報至系統列管及"
                            + "列入輔導室高關懷個案，並會知相關處室及逐級簽核。")
                    .build(),
            Step.step("TY-D0-ACADEMIC").onStreakDay(0).by(ACADEMIC_AFFAIRS)
                    .duty("課業落後學生補救教學資源介入，設計多元彈性、適性化課程，落實多元評量",
                            "Remedial teaching for students behind; flexible, adapted courses; varied assessment")
                    .due(Deadline.continuous())
                    .source("教務處：針對有課業落後學生補救教學資源介入，設計多元彈性、適性化課程，並落實多元評量。")
                    .build(),
            Step.step("TY-D0-COUNSEL").onStreakDay(0).by(COUNSELING)
                    .duty("高關懷個案持續提供輔導、小團體或高關懷課程；視需求邀導師及跨網絡單位召開個案會議，處理情形以紀錄留存",
                            "Keep counselling high-care cases (individual, small groups, high-care courses); hold case "
                                    + "meetings with the homeroom teacher and network units as needed; keep records")
                    .due(Deadline.continuous())
                    .produces(TaoyuanForms.CASE_MEETING)
                    .source("輔導室：針對校內高關懷個案持續提供輔導、小團體或高關懷課程等協助，視個案需求邀請導師及跨網絡單位召開個案會議，"
                            + "共同追蹤輔導且將處理情形以紀錄留存。")
                    .build());

    // ---------------------------------------------------------------- day 1

    static final List<Step> DAY_1 = List.of(
            Step.step("TY-D1-CONTACT").onStreakDay(1).by(HOMEROOM_TEACHER)
                    .duty("聯繫學生（或其法定代理人及主要照顧者），記錄於雲端學務整合系統的輔導訪談紀錄（B）表，掌握出席紀錄並向學務處(教導處)報備",
                            "Contact the student (or legal representative / primary caregiver), record it in the "
                                    + "counselling interview record (form B) of the cloud student-affairs system, follow "
                                    + "attendance and report to student affairs")
                    .due(Deadline.sameDay())
                    .produces(TaoyuanForms.CONTACT_RECORD_B)
                    .source("導師：聯繫學生（或其法定代理人及主要照顧者等）並記錄於雲端學務整合系統（https://star.tyc.edu.tw/）的"
                            + "輔導訪談紀錄（B）表，掌握學生出席紀錄，並向學務處(教導處)報備")
                    .build(),
            Step.step("TY-D1-INDIGENOUS").onStreakDay(1).by(STUDENT_AFFAIRS)
                    .duty("原住民學生：學務處(教導處)與原服員聯繫建立溝通管道",
                            "Indigenous student: student affairs contacts the indigenous-affairs liaison to "
                                    + "open a channel")
                    .when(Condition.indigenous())
                    .due(Deadline.sameDay())
                    .source("倘屬原住民學生，請學務處(教導處)與原服員聯繫建立溝通管道。")
                    .build(),
            Step.step("TY-D1-DANGER").onStreakDay(1).by(HOMEROOM_TEACHER)
                    .duty("有緊急或可能有危險之情況：導師立即向學務處(教導處)通報",
                            "Emergency or possible danger: the homeroom teacher notifies student affairs at once")
                    .when(Condition.emergency())
                    .due(Deadline.sameDay())
                    .source("倘有緊急或可能有危險之情況，導師應該立即向學務處(教導處)通報")
                    .build(),
            Step.step("TY-D1-DANGER").onStreakDay(1).by(STUDENT_AFFAIRS, HOMEROOM_TEACHER)
                    .duty("有緊急或可能有危險之情況：學務處(教導處)派員協同導師進行家訪",
                            "Emergency or possible danger: student affairs sends staff on a home visit with the "
                                    + "homeroom teacher")
                    .when(Condition.emergency())
                    .due(Deadline.sameDay())
                    .produces(TaoyuanForms.CONTACT_RECORD_B)
                    .source("並由學務處(教導處)派員協同導師進行家訪。")
                    .build());

    // ---------------------------------------------------------------- day 2

    static final List<Step> DAY_2 = List.of(
            Step.step("TY-D2-VISIT").onStreakDay(2).by(HOMEROOM_TEACHER, STUDENT_AFFAIRS)
                    .duty("導師立即聯繫學務處(教導處)，學務處派員協同導師家訪，並評估是否邀請警政、里長等單位一同前往",
                            "The homeroom teacher contacts student affairs at once; student affairs sends staff on a "
                                    + "home visit with the teacher and decides whether police or the village chief join")
                    .due(Deadline.sameDay())
                    .produces(TaoyuanForms.CONTACT_RECORD_B)
                    .source("導師：立即向學務處(教導處)聯繫，學務處(教導處)派員協同導師家訪。……學務處：視學生情形，"
                            + "評估是否需要邀請警政、里長等單位一同前往")
                    .build(),
            Step.step("TY-D2-VISIT").onStreakDay(2).by(STUDENT_AFFAIRS, HOMEROOM_TEACHER)
                    .duty("原住民學生：學務處與原服員聯繫共同家訪",
                            "Indigenous student: student affairs visits the home together with the indigenous-affairs "
                                    + "liaison")
                    .when(Condition.indigenous())
                    .due(Deadline.sameDay())
                    .source("倘屬原住民學生請與原服員聯繫共同家訪。")
                    .build(),
            Step.step("TY-D2-STAFFING").onStreakDay(2).by(PRINCIPAL)
                    .duty("個案人數眾多時，校長召開會議統整學校人力進行家訪",
                            "Many cases at once: the principal holds a meeting to allocate school staff for home visits")
                    .when(Condition.manyCasesAtOnce())
                    .due(Deadline.sameDay())
                    .source("倘個案人數眾多，請校長召開會議統整學校人力進行家訪。")
                    .build(),
            Step.step("TY-D2-RECORD").onStreakDay(2).by(STUDENT_AFFAIRS)
                    .duty("處理情形以紀錄留存，並提報學生名單及相關紀錄給輔導室",
                            "Record the handling and send the student list and the records to the counselling office")
                    .due(Deadline.sameDay())
                    .produces(STUDENT_LIST_TO_COUNSELING)
                    .source("學務處應將處理情形以紀錄留存，並提報學生名單及相關紀錄給輔導室。")
                    .build(),
            Step.step("TY-D2-COUNSEL").onStreakDay(2).by(COUNSELING, HOMEROOM_TEACHER)
                    .duty("輔導室與導師共同討論學生未到校之可能原因，視狀況共同家訪及追蹤輔導，處理情形以紀錄留存",
                            "The counselling office discusses with the homeroom teacher why the student may be away, "
                                    + "joins home visits and follow-up as needed, and keeps records")
                    .due(Deadline.sameDay())
                    .source("輔導室：與導師共同討論學生未到學校之可能原因，並視學生狀況與導師及學務處(教導處)共同家訪及追蹤輔導"
                            + "且將處理情形以紀錄留存。")
                    .build());

    // ---------------------------------------------------------------- day 3

    static final List<Step> DAY_3 = List.of(
            Step.step("TY-D0-PRINCIPAL").onStreakDay(3).by(PRINCIPAL)
                    .duty("統籌督導各處室追輔落實情形", "Supervise the offices' follow-up and counselling")
                    .due(Deadline.continuous())
                    .source("1.校長：統籌督導各處室追輔落實情形。")
                    .build(),
            Step.step("TY-D3-VISIT").onStreakDay(3).by(HOMEROOM_TEACHER, STUDENT_AFFAIRS)
                    .duty("持續與學務處(教導處)共同家訪，視情形由學務處邀請跨網絡單位(警政、社政、里長等)一同前往",
                            "Keep visiting the home with student affairs, who invite network units (police, social "
                                    + "services, village chief) along as needed")
                    .when(STILL_ABSENT)
                    .due(Deadline.sameDay())
                    .produces(TaoyuanForms.CONTACT_RECORD_B)
                    .source("導師：持續與學務處(教導處)共同家訪，視情形由學務處邀請跨網絡單位(警政、社政、里長等)一同前往")
                    .build(),
            indigenousHomeVisit("TY-D3-VISIT", 3),
            Step.step("TY-D3-SEARCH-MEETING").onStreakDay(3).by(STUDENT_AFFAIRS, PRINCIPAL)
                    .duty("學生仍原因不明未到校：學務處報請校長主持召開跨網絡單位「中輟之虞學生協尋因應作為研商會議」，針對就學狀況研商對策",
                            "Still absent for an unknown reason: student affairs asks the principal to chair a "
                                    + "cross-network meeting on searching for the student and agree on strategies")
                    .when(Condition.causeUnknown().and(STILL_ABSENT))
                    .due(Deadline.sameDay())
                    .produces(TaoyuanForms.SEARCH_MEETING)
                    .source("如學生仍原因不明未到校，學務處視學生情況報請校長主持召開跨網絡單位「中輟之虞學生協尋因應作為研商會議」，"
                            + "針對學生就學狀況研商對策")
                    .build(),
            Step.step("TY-D3-SEARCH-MEETING").onStreakDay(3).by(COUNSELING)
                    .duty("輔導室參與「中輟之虞學生協尋因應作為研商會議」，提供學生狀況評估，研商後續輔導策略",
                            "The counselling office takes part in the search meeting, assesses the student and plans "
                                    + "further counselling")
                    .when(Condition.causeUnknown().and(STILL_ABSENT))
                    .due(Deadline.sameDay())
                    .source("(1)如仍無故未到校者：輔導室參與學務處召開「中輟之虞學生協尋因應作為研商會議」，提供學生狀況評估，"
                            + "研商後續輔導策略。")
                    .build(),
            Step.step("TY-D3-REGISTERED-MAIL").onStreakDay(3).by(STUDENT_AFFAIRS)
                    .duty("如仍未到校，會知註冊組，並提報學生名單給輔導室",
                            "If still absent, tell the registrar, and send the student list to the counselling office")
                    .when(STILL_ABSENT)
                    .due(Deadline.sameDay())
                    .produces(STUDENT_LIST_TO_COUNSELING)
                    .source("如仍未到校，會知註冊組……學務處(教導處)提報學生名單給輔導室。")
                    .build(),
            Step.step("TY-D3-REGISTERED-MAIL").onStreakDay(3).by(REGISTRAR)
                    .duty("註冊組當日以限時掛號通知家長到校說明孩子就學事宜",
                            "The registrar sends the parents a prompt registered letter the same day, asking them to "
                                    + "come to school about their child's schooling")
                    .when(STILL_ABSENT)
                    .due(Deadline.sameDay())
                    .produces(PARENT_NOTICE_REGISTERED_MAIL)
                    .source("註冊組當日應以限時掛號通知家長到校說明孩子就學事宜")
                    .build(),
            Step.step("TY-D3-CASE-MEETING").onStreakDay(3).by(COUNSELING, PRINCIPAL)
                    .duty("已知原因未到校或已到校：輔導室邀集學務處及校內各處室，報請校長主持召開個案會議，啟動追蹤輔導措施",
                            "Cause known or student back: the counselling office gathers student affairs and the other "
                                    + "offices; the principal chairs a case meeting that starts follow-up counselling")
                    .when(Condition.anyOf(Condition.causeKnown(), Condition.returned()))
                    .due(Deadline.sameDay())
                    .produces(TaoyuanForms.CASE_MEETING)
                    .source("(2)如已知原因未到校者、或已到校者：輔導室邀集學務處及校內各處室報請校長主持召開個案會議啟動追蹤輔導措施")
                    .build(),
            Step.step("TY-D3-CASE-MEETING").onStreakDay(3).by(COUNSELING)
                    .duty("每月定期評估個案狀況並提供適當處遇；經評估穩定就學則持續追蹤 1個月後結案",
                            "Evaluate the case every month and give suitable treatment; once attending steadily, "
                                    + "keep tracking for 1 month, then close")
                    .when(Condition.anyOf(Condition.causeKnown(), Condition.returned()))
                    .due(Deadline.continuous())
                    .repeats(Recurrence.every("P1M"))
                    .produces(TaoyuanForms.CASE_MEETING)
                    .source("並每月定期評估個案狀況提供適當處遇，如經評估穩定就學則持續追蹤 1個月後結案")
                    .build(),
            Step.step("TY-D3-CASE-MEETING").onStreakDay(3).by(PRINCIPAL, COUNSELING, HOMEROOM_TEACHER)
                    .duty("經評估仍未穩定就學：每3個月由校長統籌校內各處室及導師邀跨網絡單位召開個案會議，再次啟動追蹤輔導措施",
                            "Not yet attending steadily: every 3 months the principal, the offices and the homeroom "
                                    + "teacher hold a case meeting with network units and restart follow-up counselling")
                    .when(Condition.anyOf(Condition.causeKnown(), Condition.returned()))
                    .due(Deadline.continuous())
                    .repeats(Recurrence.every("P3M"))
                    .produces(TaoyuanForms.CASE_MEETING)
                    .source("倘經評估案生仍未穩定就學，每3個月視個案情形，由校長統籌校內各處室及導師邀跨網絡單位召開個案會議，"
                            + "再次啟動追蹤輔導措施。")
                    .build());

    // ---------------------------------------------------------------- day 4

    static final List<Step> DAY_4 = List.of(
            Step.step("TY-D0-PRINCIPAL").onStreakDay(4).by(PRINCIPAL)
                    .duty("統籌督導各處室追輔落實情形，掌握每日中輟之虞及中輟生追輔情形",
                            "Supervise the offices' follow-up and know every day how at-risk students and dropouts "
                                    + "are followed up")
                    .due(Deadline.continuous())
                    .source("校長：統籌督導各處室追輔落實情形，並掌握每日中輟之虞及中輟生追輔情形。")
                    .build(),
            Step.step("TY-D4-URGE").onStreakDay(4).by(HOMEROOM_TEACHER)
                    .duty("當天上午持續聯繫家長與學生，督促學生到校，並向學務處(教導處)報備",
                            "In the morning, keep contacting the parents and the student, urge the student to come, "
                                    + "and report to student affairs")
                    .when(STILL_ABSENT)
                    .due(Deadline.elapsed("PT4H"))
                    .produces(TaoyuanForms.CONTACT_RECORD_B)
                    .source("當天上午，導師持續聯繫家長與學生，督促學生到校，並向學務處(教導處)報備。")
                    .build(),
            Step.step("TY-D4-URGE").onStreakDay(4).by(STUDENT_AFFAIRS, HOMEROOM_TEACHER, COUNSELING)
                    .duty("學務處(教導處)持續協同導師及輔導室家訪，視情形邀請跨網絡單位(警政、社政、里長等)一同前往",
                            "Student affairs keeps visiting the home with the homeroom teacher and the counselling "
                                    + "office, inviting network units (police, social services, village chief) as needed")
                    .when(STILL_ABSENT)
                    .due(Deadline.sameDay())
                    .produces(TaoyuanForms.CONTACT_RECORD_B)
                    .source("學務處(教導處)持續協同導師及輔導室家訪，視情形邀請跨網絡單位(警政、社政、里長等)一同前往")
                    .build(),
            indigenousHomeVisit("TY-D4-URGE", 4),
            Step.step("TY-D4-REPORT").onStreakDay(4).by(ACADEMIC_AFFAIRS, REGISTRAR)
                    .duty("未經請假、請假未獲准或不明原因未到校上課連續達三日以上：進行中輟通報",
                            "Absent 3 or more consecutive days without leave, with leave refused, or for an unknown "
                                    + "reason: file the dropout report in the MOE system")
                    .when(STILL_ABSENT)
                    .due(Deadline.sameDay())
                    .produces(MOE_DROPOUT_REPORT)
                    .source("教務處：倘有未經請假、請假未獲准或不明原因未到校上課連續達三日以上者，進行中輟通報")
                    .build(),
            Step.step("TY-D4-REPORT").onStreakDay(4).by(REGISTRAR)
                    .duty("通報完成後，註冊組以傳真方式寄輟學通報單於各區強迫入學委員會",
                            "Once reported, the registrar faxes the dropout report form to the district "
                                    + "compulsory-education committee")
                    .when(STILL_ABSENT)
                    .due(Deadline.sameDay())
                    .produces(DROPOUT_REPORT_FAX)
                    .source("通報完成後，註冊組以傳真方式寄輟學通報單於各區強迫入學委員會")
                    .build(),
            Step.step("TY-D4-REPORT").onStreakDay(4).by(REGISTRAR)
                    .duty("於 3日內(不含假日)完成正本函報各區強迫入學委員會（副本知會教育局）",
                            "Within 3 working days, send the original letter to the district compulsory-education "
                                    + "committee (copy to the Education Bureau)")
                    .when(STILL_ABSENT)
                    .due(Deadline.workingDays(3))
                    .produces(COMMITTEE_ORIGINAL_LETTER)
                    .source("於 3日內(不含假日)完成正本函報各區強迫入學委員會。……(副本知會教育局)")
                    .build(),
            Step.step("TY-D4-REPORT").onStreakDay(4).by(REGISTRAR)
                    .duty("學生具原住民身份：一併函報本府原民局（副本知會教育局），同於 3日內(不含假日)",
                            "Indigenous student: also write to the city's Indigenous Peoples Bureau (copy to the "
                                    + "Education Bureau), within the same 3 working days")
                    .when(INDIGENOUS_STILL_ABSENT)
                    .due(Deadline.workingDays(3))
                    .produces(INDIGENOUS_BUREAU_LETTER)
                    .source("倘學生具原住民身份則一併函報本府原民局。(副本知會教育局)")
                    .build(),
            Step.step("TY-D4-TASKFORCE").onStreakDay(4).by(COUNSELING)
                    .duty("追蹤並了解學生中輟原因，視學生需求報請校長召集校內各處室及導師組成「學生復學輔導小組」",
                            "Find out why the student dropped out and, as the student needs, ask the principal to form "
                                    + "the re-enrolment counselling group with the offices and the "
                                    + "homeroom teacher")
                    .when(STILL_ABSENT)
                    .due(Deadline.sameDay())
                    .source("輔導室：追蹤並了解學生中輟原因，視學生需求（如：邀學生家長、原民局、社政、警政、衛政、民政、里長、里幹事等、"
                            + "醫療、輔諮中心及家教中心等資源），報請校長召集校內各處室及導師組成「學生復學輔導小組」")
                    .build(),
            Step.step("TY-D4-TASKFORCE").onStreakDay(4).by(PRINCIPAL, COUNSELING)
                    .duty("校長主持「學生復學輔導小組」跨網絡個案會議，啟動跨單位追蹤輔導措施",
                            "The principal chairs the group's cross-network case meeting and starts cross-agency "
                                    + "follow-up counselling")
                    .when(STILL_ABSENT)
                    .due(Deadline.sameDay())
                    .produces(TaoyuanForms.CASE_MEETING)
                    .source("由校長主持跨網絡個案會議，啟動跨單位追蹤輔導措施。")
                    .build(),
            Step.step("TY-D4-RETURNED").onStreakDay(4).by(HOMEROOM_TEACHER, STUDENT_AFFAIRS)
                    .duty("學生已到校：主動積極關心學生，提供在校所需協助",
                            "Student back: look after the student and give the help needed at school")
                    .when(Condition.returned())
                    .due(Deadline.continuous())
                    .source("(1) 導師及學務處（教導處）：主動積極關心學生，提供在校所需協助。")
                    .build(),
            Step.step("TY-D4-RETURNED").onStreakDay(4).by(ACADEMIC_AFFAIRS, HOMEROOM_TEACHER)
                    .duty("教務處與導師針對缺課期間課程研議補救教學計畫，彈性調整評量方式及標準，提供輔導室適性化、高關懷師資及課程安排、授課教室空間",
                            "Academic affairs and the homeroom teacher plan remedial teaching for the lessons missed, "
                                    + "adjust assessment flexibly, and give the counselling office adapted high-care "
                                    + "teachers, courses and rooms")
                    .when(Condition.returned())
                    .due(Deadline.continuous())
                    .produces(REMEDIAL_TEACHING_PLAN)
                    .source("(2) 教務處：如學生已到校，教務處與導師合作針對學生缺課期間課程研議補救教學計畫，彈性調整評量方式及標準，"
                            + "提供輔導室適性化、高關懷師資及課程安排、授課教室空間等。")
                    .build(),
            Step.step("TY-D4-RETURNED").onStreakDay(4).by(COUNSELING)
                    .duty("由專輔教師提供介入性輔導", "A full-time counselling teacher gives intervention counselling")
                    .when(Condition.returned())
                    .due(Deadline.continuous())
                    .source("(3) 輔導室：由專輔教師提供介入性輔導。")
                    .build());

    /** Taoyuan's own steps, in the document's order. */
    static final List<Step> TAOYUAN_STEPS =
            Stream.of(DAY_0, DAY_1, DAY_2, DAY_3, DAY_4).flatMap(List::stream).toList();

    static final Timeline TIMELINE = new Timeline(
            Stream.concat(TAOYUAN_STEPS.stream(), NationalRules.STEPS.stream()).toList());

    private TaoyuanLadder() {
    }
}
