package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import static tw.huixiao.it.Fixtures.clock;
import static tw.huixiao.it.Fixtures.student;
import static tw.huixiao.it.Fixtures.dropoutCase;
import static tw.huixiao.it.Fixtures.tasks;

/**
 * Taoyuan end to end over HTTP: a week of attendance for two students of a new Taoyuan school,
 * and the exact tasks (rule id, role, due date) of each day — the indigenous branch
 * (TY-D1-INDIGENOUS, TY-D2-VISIT, TY-D3-VISIT), the case at the third day (TW-DROPOUT), nothing
 * of day 4 before its roll, the returned branch on day 4 (TY-D4-RETURNED, TW-ZERO-REJECT) with
 * nothing set aside, and the report duties for the one still away (TY-D4-REPORT, original letter
 * within 3 working days). Daily runs after each import add nothing.
 */
class EscalationTaoyuanIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aWeekOfAbsenceLaysOutTheTaoyuanLadderDayByDay() {
        Api school = Onboarding.schoolWithStaff("TAOYUAN", "ty-escalation");
        assertEquals(200, school.put("/api/v1/calendar/semesters", """
                {"schoolYear":114,"term":2,"firstDay":"2026-02-23","lastDay":"2026-06-30"}""").status());
        long back = student(school, true);
        long away = student(school, false);

        // Monday 2026-03-02 (day 1): both absent without leave.
        day(school, "2026-03-02", back, "曠課", away, "曠課");
        // Tuesday (day 2), Wednesday (day 3: TW-DROPOUT opens the cases).
        day(school, "2026-03-03", back, "曠課", away, "曠課");
        day(school, "2026-03-04", back, "曠課", away, "曠課");
        long backCase = dropoutCase(school, back);
        long awayCase = dropoutCase(school, away);
        assertEquals(Set.of(
                "TY-D1-CONTACT HOMEROOM_TEACHER 2026-03-02", "TY-D1-INDIGENOUS STUDENT_AFFAIRS 2026-03-02",
                "TY-D2-VISIT HOMEROOM_TEACHER 2026-03-03", "TY-D2-VISIT STUDENT_AFFAIRS 2026-03-03",
                "TY-D2-RECORD STUDENT_AFFAIRS 2026-03-03", "TY-D2-COUNSEL COUNSELING 2026-03-03",
                "TY-D0-PRINCIPAL PRINCIPAL ongoing", "TY-D3-VISIT HOMEROOM_TEACHER 2026-03-04",
                "TY-D3-VISIT STUDENT_AFFAIRS 2026-03-04", "TY-D3-SEARCH-MEETING STUDENT_AFFAIRS 2026-03-04",
                "TY-D3-SEARCH-MEETING COUNSELING 2026-03-04", "TY-D3-REGISTERED-MAIL STUDENT_AFFAIRS 2026-03-04",
                "TY-D3-REGISTERED-MAIL REGISTRAR 2026-03-04", "TW-TIERS COUNSELING ongoing"),
                tasks(school, backCase, "OPEN"), "days 1–3 of an indigenous student, cause unknown");

        // Thursday 07:00: day 4 has not been recorded yet — the daily run lays out nothing of it
        // (issue 16: day N arises when day N is recorded).
        Set<String> beforeRoll = tasks(school, backCase, "OPEN");
        Set<String> awayBeforeRoll = tasks(school, awayCase, "OPEN");
        clock("2026-03-05T07:00:00+08:00");
        ADMIN.post("/api/v1/admin/escalation-runs?date=2026-03-05", "");
        assertEquals(beforeRoll, tasks(school, backCase, "OPEN"), "no day-4 duty before the roll");
        assertEquals(awayBeforeRoll, tasks(school, awayCase, "OPEN"), "no day-4 duty before the roll");

        // 09:00: the roll shows one student back on day 4. The returned branch arises (TY-D4-RETURNED,
        // TW-ZERO-REJECT); the "still absent" duties of day 4 never arose, and nothing that arose
        // on days 1–3 is set aside.
        day(school, "2026-03-05", back, "出席", away, "曠課");
        Set<String> backOpen = tasks(school, backCase, "OPEN");
        assertTrue(backOpen.containsAll(Set.of("TY-D4-RETURNED HOMEROOM_TEACHER ongoing",
                "TY-D4-RETURNED ACADEMIC_AFFAIRS ongoing", "TY-D4-RETURNED COUNSELING ongoing",
                "TW-ZERO-REJECT REGISTRAR 2026-03-05")), backOpen.toString());
        assertTrue(backOpen.containsAll(beforeRoll), backOpen.toString());
        assertTrue(backOpen.stream().noneMatch(t -> t.startsWith("TY-D4-REPORT") || t.startsWith("TY-D4-URGE")),
                backOpen.toString());
        assertEquals(Set.of(), tasks(school, backCase, "NOT_APPLICABLE"));
        assertEquals("2026-03-05", school.get("/api/v1/cases/" + backCase).json().getString("returnedOn", ""),
                "the case records the return");

        Set<String> awayOpen = tasks(school, awayCase, "OPEN");
        assertTrue(awayOpen.containsAll(Set.of("TY-D4-URGE HOMEROOM_TEACHER 2026-03-05",
                "TY-D4-URGE STUDENT_AFFAIRS 2026-03-05", "TY-D4-REPORT ACADEMIC_AFFAIRS 2026-03-05",
                "TY-D4-REPORT REGISTRAR 2026-03-05", "TY-D4-REPORT REGISTRAR 2026-03-10",
                "TY-D4-TASKFORCE COUNSELING 2026-03-05", "TY-D4-TASKFORCE PRINCIPAL 2026-03-05")), awayOpen.toString());
        assertTrue(awayOpen.stream().noneMatch(t -> t.contains("INDIGENOUS") || t.startsWith("TY-D4-RETURNED")),
                awayOpen.toString());

        // Running the same date again adds nothing.
        assertEquals(0, ADMIN.post("/api/v1/admin/escalation-runs?date=2026-03-05", "").json().getInt("tasksCreated"));
    }

    private static void day(Api school, String date, long first, String firstStatus, long second, String secondStatus) {
        clock(date + "T09:00:00+08:00");
        Api.Reply imported = school.post("/api/v1/attendance", """
                {"entries":[{"studentId":%d,"date":"%s","status":"%s"},{"studentId":%d,"date":"%s","status":"%s"}]}"""
                .formatted(first, date, firstStatus, second, date, secondStatus));
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(0, ADMIN.post("/api/v1/admin/escalation-runs?date=" + date, "").json().getInt("tasksCreated"),
                "the import already laid out " + date + "; the daily run adds nothing");
    }

}
