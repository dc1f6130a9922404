package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tw.huixiao.it.Escalations.caseOf;
import static tw.huixiao.it.Escalations.caseView;
import static tw.huixiao.it.Escalations.day;
import static tw.huixiao.it.Escalations.event;
import static tw.huixiao.it.Escalations.openCases;
import static tw.huixiao.it.Escalations.semester;
import static tw.huixiao.it.Escalations.sorted;
import static tw.huixiao.it.Escalations.tasks;
import static tw.huixiao.it.Escalations.tasksWithProduct;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Tainan end to end over HTTP (policy-reference §4, seed 004: the ISP plan). TW-DROPOUT (3
 * consecutive school days) opens the case, and TN-WHO makes every such case an ISP case.
 * Expected lines are "rule role due", worked out by hand; where the plan sets no deadline the
 * module's documented choice applies (the plan and its parts within one calendar month,
 * TainanLadder.WITH_THE_PLAN).
 * <ul>
 *   <li>Days 1–2 (Wed 05-27, Thu 05-28): no duty yet.</li>
 *   <li>Day 3 (Fri 05-29): the case and, per student, TN-WHO (輔導室 writes the ISP), TN-TEAM
 *       (校長 convenes the execution team), TN-ASSESS (評估及輔導建議檢核表, 導師 first),
 *       TN-MEETINGS (the first needs-assessment meeting; at least once a semester), TN-TIMETABLE
 *       and TN-TEACHERS (教務處) — each due within a month: Mon 06-29 — and, ongoing, TN-WHEN (導師
 *       may write an ISP at any time), TN-KPI (校長: the dropout rate counts in the annual review)
 *       and TW-TIERS.</li>
 *   <li>Day 4 (Mon 06-01, after the weekend): one student back — TN-SERVICES (counselling goes on
 *       after the return, ongoing) and TW-ZERO-REJECT the same day. The other stays away.</li>
 *   <li>Day 5 (Tue 06-02): nothing new from attendance; the needs-assessment meeting (TN-NEEDS)
 *       is held for both: the stage-4 needs (ongoing) and TN-SERVICES' table the same day for both,
 *       and only for the student still away the letter asking the district 強迫入學委員會 to act
 *       (TN-NEEDS, "中輟或缺課" and not back).</li>
 * </ul>
 * TN-MEETINGS' first occurrence is due within the month like the plan (recurring every 6 months);
 * {@link #theFirstNeedsAssessmentMeetingIsDueWithinAMonth} checks it for a case opened mid-month.
 */
class EscalationTainanIT {

    @AfterAll
    static void systemClock() {
        Escalations.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aWeekOfAbsenceOpensAnIspCaseForEachStudent() {
        Api school = Onboarding.schoolWithStaff("TAINAN", "tn-escalation");
        semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long back = Fixtures.student(school, false);
        long away = Fixtures.student(school, false);

        assertEquals("cases 0, tasks 0", day(school, "2026-05-27", Map.of(back, "曠課", away, "曠課")));
        assertEquals("cases 0, tasks 0", day(school, "2026-05-28", Map.of(back, "曠課", away, "曠課")));
        assertEquals(List.of(), openCases(school, away));

        assertEquals("cases 2, tasks 18", day(school, "2026-05-29", Map.of(back, "曠課", away, "曠課")));
        assertEquals(List.of("TW-DROPOUT 2026-05-29"), openCases(school, back));
        long backCase = caseOf(school, back, "TW-DROPOUT");
        long awayCase = caseOf(school, away, "TW-DROPOUT");
        List<String> opened = List.of(
                "TN-ASSESS HOMEROOM_TEACHER 2026-06-29",
                "TN-KPI PRINCIPAL ongoing",
                "TN-MEETINGS COUNSELING 2026-06-29",
                "TN-TEACHERS ACADEMIC_AFFAIRS 2026-06-29",
                "TN-TEAM PRINCIPAL 2026-06-29",
                "TN-TIMETABLE ACADEMIC_AFFAIRS 2026-06-29",
                "TN-WHEN HOMEROOM_TEACHER ongoing",
                "TN-WHO COUNSELING 2026-06-29",
                "TW-TIERS COUNSELING ongoing");
        assertEquals(opened, tasks(school, backCase, "OPEN"));
        assertEquals(opened, tasks(school, awayCase, "OPEN"));

        assertEquals("cases 0, tasks 2", day(school, "2026-06-01", Map.of(back, "出席", away, "曠課")));
        List<String> backReturned = sorted(opened, List.of(
                "TN-SERVICES COUNSELING ongoing",
                "TW-ZERO-REJECT REGISTRAR 2026-06-01"));
        assertEquals(backReturned, tasks(school, backCase, "OPEN"));
        assertEquals(List.of(), tasks(school, backCase, "NOT_APPLICABLE"));
        assertEquals("2026-06-01", caseView(school, backCase).getString("returnedOn", ""));
        assertEquals(opened, tasks(school, awayCase, "OPEN"));

        assertEquals("cases 0, tasks 0", day(school, "2026-06-02", Map.of(back, "出席", away, "曠課")));
        assertEquals(opened, tasks(school, awayCase, "OPEN"));
        Fixtures.clock("2026-06-02T14:00:00+08:00");
        event(school, awayCase, "NEEDS_ASSESSED");
        event(school, backCase, "NEEDS_ASSESSED");
        assertEquals(sorted(opened, List.of(
                "TN-NEEDS COUNSELING ongoing",
                "TN-NEEDS COUNSELING ongoing",
                "TN-SERVICES COUNSELING 2026-06-02")), tasks(school, awayCase, "OPEN"));
        assertEquals(List.of("TN-NEEDS COUNSELING ongoing COMMITTEE_REPORT_LETTER", "TN-NEEDS COUNSELING ongoing TN-ISP"),
                tasksWithProduct(school, awayCase, "OPEN").stream().filter(t -> t.startsWith("TN-NEEDS")).toList());
        assertEquals(sorted(backReturned, List.of(
                "TN-NEEDS COUNSELING ongoing",
                "TN-SERVICES COUNSELING 2026-06-02")), tasks(school, backCase, "OPEN"));
    }

    /**
     * TN-MEETINGS: the first needs-assessment meeting is due within a month of opening
     * (TainanLadder.WITH_THE_PLAN) and recurs every 6 months ("at least once a semester"): a case
     * opened Wed 2026-06-10 must hold it by 2026-07-10, not on the day it opened.
     */
    @Test
    void theFirstNeedsAssessmentMeetingIsDueWithinAMonth() {
        Api school = Onboarding.schoolWithStaff("TAINAN", "tn-meetings");
        semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long student = Fixtures.student(school, false);
        day(school, "2026-06-08", Map.of(student, "曠課"));
        day(school, "2026-06-09", Map.of(student, "曠課"));
        assertEquals("cases 1, tasks 9", day(school, "2026-06-10", Map.of(student, "曠課")));
        long caseId = caseOf(school, student, "TW-DROPOUT");
        assertEquals(List.of("TN-MEETINGS COUNSELING 2026-07-10"),
                tasks(school, caseId, "OPEN").stream().filter(t -> t.startsWith("TN-MEETINGS")).toList());
    }
}
