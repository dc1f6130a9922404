package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.Escalations.caseOf;
import static tw.huixiao.it.Escalations.caseView;
import static tw.huixiao.it.Escalations.dailyRun;
import static tw.huixiao.it.Escalations.day;
import static tw.huixiao.it.Escalations.dueList;
import static tw.huixiao.it.Escalations.enrolment;
import static tw.huixiao.it.Escalations.event;
import static tw.huixiao.it.Escalations.openCases;
import static tw.huixiao.it.Escalations.semester;
import static tw.huixiao.it.Escalations.sorted;
import static tw.huixiao.it.Escalations.tasks;
import static tw.huixiao.it.Escalations.tasksWithProduct;
import static tw.huixiao.it.Escalations.times;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * New Taipei end to end over HTTP (policy-reference §2, seed 001). Every expected line is
 * "rule role due", worked out by hand from the rules and the 2026 office calendar
 * (/work/shared/taiwan-holidays.md), with ladder days counted in school days:
 * <ul>
 *   <li>Category 1 (NT-CAT1; TW-DROPOUT's 3 consecutive school days): a week across 勞動節
 *       (Fri 2026-05-01) — day 1 Wed 04-29 NT-D1-PHONE, day 2 Thu 04-30 NT-D2-VISIT, day 3 Mon
 *       05-04 the case and NT-D3-MAIL (導師, 學務處, 註冊組 — the same-day 限時掛號), day 4 Tue
 *       05-05 — once its roll is recorded, not at 07:00 — NT-D4-MEETING (meeting the same day,
 *       retrieval ongoing) and NT-D4-REPORT (fax, original letter and MOE online report, all the
 *       same day). The student back on day 4 has the re-enrolment duties (NT-REENROL,
 *       TW-ZERO-REJECT), keeps the day-3 duties that arose and never gets day 4's; the one still
 *       away is reported (NT-MISSING, NT-FOLLOW, TW-PENALTY). Tier-1 counselling (TW-TIERS) runs
 *       from the opening.</li>
 *   <li>Category 2 (NT-CAT2): not registered when the 115-1 semester starts (Mon 2026-08-31):
 *       the daily run of the third school day opens the case; registering on day 4 is the
 *       returned branch, and what arose before stays owed.</li>
 *   <li>Category 3 (NT-CAT3, NT-TRANSFER-CHECK): transferred out on Mon 2026-09-07, not
 *       reported at the receiving school: the ladder runs from the next school day (註冊組's
 *       NT-D1-REGISTRAR, NT-D2-REGISTRAR, NT-D3-MAIL), the daily run of the third day opens the
 *       case, and on the 4th school day after the transfer 註冊組 contacts the receiving school.
 *       A classmate whose arrival the receiving school confirms on day 2 never becomes a case.</li>
 * </ul>
 */
class EscalationNewTaipeiIT {

    @AfterAll
    static void systemClock() {
        Escalations.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aWeekOfAbsenceAcrossLabourDayLaysOutTheNewTaipeiLadder() {
        Api school = Onboarding.schoolWithStaff("NEW_TAIPEI", "nt-escalation");
        semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long back = Fixtures.student(school, false);
        long away = Fixtures.student(school, false);

        // Day 1 (Wed 04-29) and day 2 (Thu 04-30): one homeroom duty per student and day.
        assertEquals("cases 0, tasks 2", day(school, "2026-04-29", Map.of(back, "曠課", away, "曠課")));
        assertEquals("cases 0, tasks 2", day(school, "2026-04-30", Map.of(back, "曠課", away, "曠課")));
        // Fri 05-01 勞動節 is no school day: nothing can be recorded for it.
        Fixtures.clock("2026-05-01T09:00:00+08:00");
        Api.Reply holiday = school.post("/api/v1/attendance", """
                {"entries":[{"studentId":%d,"date":"2026-05-01","status":"曠課"}]}""".formatted(back));
        assertEquals(400, holiday.status(), holiday.toString());
        assertTrue(holiday.body().contains("勞動節"), holiday.body());
        // Day 3 (Mon 05-04, the third consecutive school day): NT-CAT1 cases, TW-TIERS and three NT-D3-MAIL duties each.
        assertEquals("cases 2, tasks 8", day(school, "2026-05-04", Map.of(back, "曠課", away, "曠課")));
        long backCase = caseOf(school, back, "NT-CAT1");
        long awayCase = caseOf(school, away, "NT-CAT1");
        assertEquals(List.of("NT-CAT1 2026-05-04"), openCases(school, back));
        List<String> days1to3 = List.of(
                "NT-D1-PHONE HOMEROOM_TEACHER 2026-04-29",
                "NT-D2-VISIT HOMEROOM_TEACHER 2026-04-30",
                "NT-D3-MAIL HOMEROOM_TEACHER 2026-05-04",
                "NT-D3-MAIL REGISTRAR 2026-05-04",
                "NT-D3-MAIL STUDENT_AFFAIRS 2026-05-04",
                "TW-TIERS COUNSELING ongoing");
        assertEquals(days1to3, tasks(school, backCase, "OPEN"));
        assertEquals(days1to3, tasks(school, awayCase, "OPEN"));

        // Tue 05-05 07:00: day 4 is not recorded yet — nothing of it arises before the roll (issue 16).
        dailyRun("2026-05-05", "07:00");
        assertEquals(days1to3, tasks(school, backCase, "OPEN"));
        assertEquals(days1to3, tasks(school, awayCase, "OPEN"));

        // 09:00: the roll shows one student back. Returned branch: NT-REENROL (註冊組 takes the
        // application) and TW-ZERO-REJECT. What arose stays owed (the day-3 NT-D3-MAIL letters);
        // the "if still absent" duties of day 4 never arise for him. The other is recorded away on
        // day 4: NT-D4-MEETING (meeting the same day, retrieval ongoing) and NT-D4-REPORT.
        assertEquals("cases 0, tasks 7", day(school, "2026-05-05", Map.of(back, "出席", away, "曠課")));
        List<String> day4 = sorted(List.of(
                "NT-D4-MEETING COUNSELING 2026-05-05",
                "NT-D4-MEETING COUNSELING ongoing"),
                times(3, "NT-D4-REPORT REGISTRAR 2026-05-05"));
        assertEquals(sorted(days1to3, List.of(
                "NT-REENROL REGISTRAR 2026-05-05",
                "TW-ZERO-REJECT REGISTRAR 2026-05-05")), tasks(school, backCase, "OPEN"));
        assertEquals(List.of(), tasks(school, backCase, "NOT_APPLICABLE"));
        assertEquals("2026-05-05", caseView(school, backCase).getString("returnedOn", ""), "the case records the return");
        assertEquals(sorted(days1to3, day4), tasks(school, awayCase, "OPEN"));
        assertEquals(List.of(
                "NT-D4-REPORT REGISTRAR 2026-05-05 DROPOUT_REPORT_FAX",
                "NT-D4-REPORT REGISTRAR 2026-05-05 DROPOUT_REPORT_ORIGINAL_LETTER",
                "NT-D4-REPORT REGISTRAR 2026-05-05 MOE_DROPOUT_REPORT"),
                tasksWithProduct(school, awayCase, "OPEN").stream().filter(t -> t.startsWith("NT-D4-REPORT")).toList(),
                "NT-D4-REPORT: fax, and the same day the original letter and the MOE online report");

        // The registrar has faxed and filed the report: REPORTED starts NT-MISSING (classify the
        // case), NT-FOLLOW (導師 and 認輔老師 keep tracking) and TW-PENALTY (ask the committee to act).
        event(school, awayCase, "REPORTED");
        List<String> awayAfterReport = sorted(days1to3, day4, List.of(
                "NT-FOLLOW HOMEROOM_TEACHER ongoing",
                "NT-MISSING COUNSELING 2026-05-05",
                "TW-PENALTY ACADEMIC_AFFAIRS ongoing"));
        assertEquals(awayAfterReport, tasks(school, awayCase, "OPEN"));
        assertEquals(List.of(), tasks(school, awayCase, "NOT_APPLICABLE"));

        // Day 5 (Wed 05-06): the ladder ends at day 4 ("4+"): nothing new, before or after the roll.
        dailyRun("2026-05-06", "07:00");
        assertEquals("cases 0, tasks 0", day(school, "2026-05-06", Map.of(back, "出席", away, "曠課")));
        assertEquals(awayAfterReport, tasks(school, awayCase, "OPEN"));
        assertEquals(8, tasks(school, backCase, "OPEN").size());
    }

    @Test
    void aStudentNotRegisteredWhenTheSemesterStartsBecomesACategoryTwoCase() {
        Api school = Onboarding.schoolWithStaff("NEW_TAIPEI", "nt-registration");
        semester(school, 115, 1, "2026-08-31", "2027-01-20");
        long registered = Fixtures.student(school, false);
        long late = Fixtures.student(school, false);
        Fixtures.clock("2026-08-28T10:00:00+08:00");
        assertEquals("cases 0, tasks 0", enrolment(school, registered, "REGISTERED", "2026-08-28", null));

        // Day 1 (Mon 08-31, the first day of term) and day 2: not yet a case (NT-CAT2: 3 or more days).
        dailyRun("2026-08-31", "07:00");
        dailyRun("2026-09-01", "07:00");
        assertEquals(List.of(), openCases(school, late));
        // Day 3 (Wed 09-02): the daily run opens the NT-CAT2 case; days 1–3 of 第一、二類 apply.
        dailyRun("2026-09-02", "07:00");
        assertEquals(List.of("NT-CAT2 2026-09-02"), openCases(school, late));
        assertEquals(List.of(), openCases(school, registered));
        long lateCase = caseOf(school, late, "NT-CAT2");
        List<String> days1to3 = List.of(
                "NT-D1-PHONE HOMEROOM_TEACHER 2026-08-31",
                "NT-D2-VISIT HOMEROOM_TEACHER 2026-09-01",
                "NT-D3-MAIL HOMEROOM_TEACHER 2026-09-02",
                "NT-D3-MAIL REGISTRAR 2026-09-02",
                "NT-D3-MAIL STUDENT_AFFAIRS 2026-09-02",
                "TW-TIERS COUNSELING ongoing");
        assertEquals(days1to3, tasks(school, lateCase, "OPEN"));
        // Day 4 (Thu 09-03) 07:00: NT-D4-MEETING and NT-D4-REPORT.
        dailyRun("2026-09-03", "07:00");
        List<String> day4 = sorted(List.of("NT-D4-MEETING COUNSELING 2026-09-03", "NT-D4-MEETING COUNSELING ongoing"),
                times(3, "NT-D4-REPORT REGISTRAR 2026-09-03"));
        assertEquals(sorted(days1to3, day4), tasks(school, lateCase, "OPEN"));

        // 09:00 the student registers: the returned branch. The duties of days 3 and 4, which the
        // calendar made arise (no registration by then), stay owed (issue 16).
        Fixtures.clock("2026-09-03T09:00:00+08:00");
        assertEquals("cases 0, tasks 2", enrolment(school, late, "REGISTERED", "2026-09-03", null));
        List<String> registeredOpen = sorted(days1to3, day4, List.of(
                "NT-REENROL REGISTRAR 2026-09-03",
                "TW-ZERO-REJECT REGISTRAR 2026-09-03"));
        assertEquals(registeredOpen, tasks(school, lateCase, "OPEN"));
        assertEquals(List.of(), tasks(school, lateCase, "NOT_APPLICABLE"));
        assertEquals("2026-09-03", caseView(school, lateCase).getString("returnedOn", ""));
        dailyRun("2026-09-04", "07:00");
        assertEquals(registeredOpen, tasks(school, lateCase, "OPEN"));
        assertEquals(List.of(), openCases(school, registered));
    }

    @Test
    void aTransferNotReportedAtTheReceivingSchoolBecomesACategoryThreeCase() {
        Api school = Onboarding.schoolWithStaff("NEW_TAIPEI", "nt-transfer");
        semester(school, 115, 1, "2026-08-31", "2027-01-20");
        long missing = Fixtures.student(school, false);
        long arrived = Fixtures.student(school, false);

        // Mon 09-07 after school: both transfer out. NT-TRANSFER-CHECK is due on the 4th school day after: Fri 09-11.
        Fixtures.clock("2026-09-07T15:00:00+08:00");
        assertEquals("cases 0, tasks 1", enrolment(school, missing, "TRANSFERRED_OUT", "2026-09-07", "新北市立示範國民中學"));
        assertEquals("cases 0, tasks 1", enrolment(school, arrived, "TRANSFERRED_OUT", "2026-09-07", "新北市立示範國民中學"));
        assertEquals(List.of("NT-TRANSFER-CHECK REGISTRAR 2026-09-11"), dueList(school, "open", missing));

        // Day 1 (Tue 09-08) and day 2 (Wed 09-09): the registrar's duties of 第三類.
        dailyRun("2026-09-08", "07:00");
        assertEquals(List.of("NT-D1-REGISTRAR REGISTRAR 2026-09-08"), dueList(school, "today", missing));
        assertEquals(List.of("NT-D1-REGISTRAR REGISTRAR 2026-09-08"), dueList(school, "today", arrived));
        dailyRun("2026-09-09", "07:00");
        assertEquals(List.of("NT-D2-REGISTRAR REGISTRAR 2026-09-09"), dueList(school, "today", missing));
        assertEquals(List.of("NT-D2-REGISTRAR REGISTRAR 2026-09-09"), dueList(school, "today", arrived));
        assertEquals(List.of(), openCases(school, missing));
        // 11:00 the receiving school confirms one of them arrived.
        Fixtures.clock("2026-09-09T11:00:00+08:00");
        assertEquals("cases 0, tasks 0", enrolment(school, arrived, "ARRIVED", "2026-09-09", null));

        // Day 3 (Thu 09-10): the daily run opens the NT-CAT3 case; 註冊組 sends the 限時掛號 the same day.
        dailyRun("2026-09-10", "07:00");
        assertEquals(List.of("NT-CAT3 2026-09-10"), openCases(school, missing));
        assertEquals(List.of(), openCases(school, arrived));
        assertEquals(List.of("NT-D3-MAIL REGISTRAR 2026-09-10"), dueList(school, "today", missing));
        assertEquals(List.of(), dueList(school, "today", arrived));

        // Day 4 (Fri 09-11): the dropout meeting and report, and the transfer check.
        dailyRun("2026-09-11", "07:00");
        assertEquals(sorted(List.of("NT-D4-MEETING COUNSELING 2026-09-11", "NT-TRANSFER-CHECK REGISTRAR 2026-09-11"),
                times(3, "NT-D4-REPORT REGISTRAR 2026-09-11")), dueList(school, "today", missing));
        long missingCase = caseOf(school, missing, "NT-CAT3");
        assertEquals(sorted(List.of(
                "NT-TRANSFER-CHECK REGISTRAR 2026-09-11",
                "NT-D1-REGISTRAR REGISTRAR 2026-09-08",
                "NT-D2-REGISTRAR REGISTRAR 2026-09-09",
                "NT-D3-MAIL REGISTRAR 2026-09-10",
                "TW-TIERS COUNSELING ongoing",
                "NT-D4-MEETING COUNSELING 2026-09-11",
                "NT-D4-MEETING COUNSELING ongoing"),
                times(3, "NT-D4-REPORT REGISTRAR 2026-09-11")), tasks(school, missingCase, "OPEN"));
        // The arrived student: no case, no duty past day 2 (the transfer check stays with the registrar).
        assertEquals(List.of(), openCases(school, arrived));
        assertEquals(List.of("NT-D1-REGISTRAR REGISTRAR 2026-09-08", "NT-D2-REGISTRAR REGISTRAR 2026-09-09",
                "NT-TRANSFER-CHECK REGISTRAR 2026-09-11"), dueList(school, "open", arrived));
    }
}
