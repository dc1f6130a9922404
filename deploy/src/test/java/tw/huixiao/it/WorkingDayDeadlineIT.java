package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.Escalations.caseOf;
import static tw.huixiao.it.Escalations.day;
import static tw.huixiao.it.Escalations.event;
import static tw.huixiao.it.Escalations.openCases;
import static tw.huixiao.it.Escalations.semester;
import static tw.huixiao.it.Escalations.tasks;
import static tw.huixiao.it.Escalations.tasksWithProduct;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Deadlines in working days (工作日, 不含假日: weekdays less national holidays, make-up workdays
 * counted — policy-reference, introduction) and ladder days in school days (weekends, holidays
 * and closures neither count nor break a streak — TW-DROPOUT), through the API, against the
 * official calendar (/work/shared/taiwan-holidays.md):
 * <ul>
 *   <li>Taoyuan, 2026: a streak Mon 09-21 … Thu 09-24 (day 4). TY-D4-REPORT: the fax and the
 *       MOE report the same day, the original letter (and, indigenous, the 原民局 letter) "於 3日內
 *       (不含假日)": Fri 09-25 中秋節, the weekend and Mon 09-28 教師節 are skipped — Tue 09-29,
 *       Wed 09-30, Thu 10-01: due 2026-10-01.</li>
 *   <li>Taoyuan, 2026: a county typhoon closure (颱風停課) on Mon 10-19 is no school day, so a
 *       streak Thu 10-15, Fri 10-16, Tue 10-20, Wed 10-21 reaches day 3 on Tuesday and day 4 on
 *       Wednesday; the letter is then due Thu 10-22, Fri 10-23, (Mon 10-26 光復節補假) Tue 10-27.</li>
 *   <li>New Taipei, 2025: detention recorded Thu 2025-02-06 (NT-DET-IN): the record within 3
 *       working days and the confidential letter within 5 count Sat 2025-02-08, the make-up
 *       workday (補行上班 for 01-27): Fri 02-07, Sat 02-08, Mon 02-10 — due 2025-02-10; then
 *       Tue 02-11, Wed 02-12 — due 2025-02-12.</li>
 * </ul>
 */
class WorkingDayDeadlineIT {

    @AfterAll
    static void systemClock() {
        Escalations.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void theDropoutLetterDeadlineSkipsMidAutumnAndTeachersDay() {
        Api school = Onboarding.schoolWithStaff("TAOYUAN", "ty-working-days");
        semester(school, 115, 1, "2026-08-31", "2027-01-20");
        JsonObject calendar = school.get("/api/v1/calendar?from=2026-09-21&to=2026-10-01").json();
        assertEquals(List.of("2026-09-21", "2026-09-22", "2026-09-23", "2026-09-24", "2026-09-29", "2026-09-30",
                "2026-10-01"), days(calendar, "workingDay", true));
        assertEquals(days(calendar, "workingDay", true), days(calendar, "schoolDay", true));
        assertEquals("中秋節", reason(calendar, "2026-09-25"));
        assertEquals("孔子誕辰紀念日/教師節", reason(calendar, "2026-09-28"));
        assertEquals("2026-10-01", count(school, "2026-09-24", "workingDays", 3));

        // Mon 09-21 to Thu 09-24: days 1–4 of an indigenous student's absence.
        long student = Fixtures.student(school, true);
        assertEquals("cases 0, tasks 2", day(school, "2026-09-21", Map.of(student, "曠課")));
        assertEquals("cases 0, tasks 4", day(school, "2026-09-22", Map.of(student, "曠課")));
        assertEquals("cases 1, tasks 8", day(school, "2026-09-23", Map.of(student, "曠課")));
        long caseId = caseOf(school, student, "TW-DROPOUT");
        day(school, "2026-09-24", Map.of(student, "曠課"));
        assertEquals(List.of(
                "TY-D4-REPORT ACADEMIC_AFFAIRS 2026-09-24 MOE_DROPOUT_REPORT",
                "TY-D4-REPORT REGISTRAR 2026-09-24 DROPOUT_REPORT_FAX",
                "TY-D4-REPORT REGISTRAR 2026-10-01 COMMITTEE_ORIGINAL_LETTER",
                "TY-D4-REPORT REGISTRAR 2026-10-01 INDIGENOUS_BUREAU_LETTER"),
                tasksWithProduct(school, caseId, "OPEN").stream().filter(t -> t.startsWith("TY-D4-REPORT")).toList());
    }

    /**
     * Fails while the application role may not update county_closure (announcing a closure
     * upserts the row): POST /calendar/county-closures answers 500.
     */
    @Test
    void aCountyTyphoonClosureNeitherCountsNorBreaksAStreak() {
        Api school = Onboarding.schoolWithStaff("TAOYUAN", "ty-closure");
        semester(school, 115, 1, "2026-08-31", "2027-01-20");
        Api.Reply closure = Api.as("ty-bureau").post("/api/v1/calendar/county-closures", """
                {"day":"2026-10-19","reason":"颱風停課"}""");
        assertEquals(200, closure.status(), closure.toString());
        JsonObject calendar = school.get("/api/v1/calendar?from=2026-10-15&to=2026-10-27").json();
        assertEquals(List.of("2026-10-15", "2026-10-16", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23",
                "2026-10-27"), days(calendar, "schoolDay", true));
        assertEquals("颱風停課", reason(calendar, "2026-10-19"));
        assertEquals("2026-10-20", count(school, "2026-10-16", "schoolDays", 1));

        // Thu 10-15, Fri 10-16, (Mon 10-19 closed), Tue 10-20, Wed 10-21: days 1–4.
        long student = Fixtures.student(school, false);
        day(school, "2026-10-15", Map.of(student, "曠課"));
        day(school, "2026-10-16", Map.of(student, "曠課"));
        Fixtures.clock("2026-10-19T09:00:00+08:00");
        Api.Reply closed = school.post("/api/v1/attendance", """
                {"entries":[{"studentId":%d,"date":"2026-10-19","status":"曠課"}]}""".formatted(student));
        assertEquals(400, closed.status(), closed.toString());
        assertEquals("cases 1, tasks 7", day(school, "2026-10-20", Map.of(student, "曠課")));
        assertEquals(List.of("TW-DROPOUT 2026-10-20"), openCases(school, student));
        long caseId = caseOf(school, student, "TW-DROPOUT");
        day(school, "2026-10-21", Map.of(student, "曠課"));
        // The letter: Thu 10-22, Fri 10-23, (Mon 10-26 光復節補假) Tue 10-27.
        assertEquals(List.of(
                "TY-D4-REPORT ACADEMIC_AFFAIRS 2026-10-21",
                "TY-D4-REPORT REGISTRAR 2026-10-21",
                "TY-D4-REPORT REGISTRAR 2026-10-27"),
                tasks(school, caseId, "OPEN").stream().filter(t -> t.startsWith("TY-D4-REPORT")).toList());
    }

    @Test
    void detentionDeadlinesCountTheMakeUpWorkday() {
        Api school = Onboarding.schoolWithStaff("NEW_TAIPEI", "nt-working-days");
        JsonObject calendar = school.get("/api/v1/calendar?from=2025-02-06&to=2025-02-12").json();
        assertEquals(List.of("2025-02-06", "2025-02-07", "2025-02-08", "2025-02-10", "2025-02-11", "2025-02-12"),
                days(calendar, "workingDay", true));
        assertTrue(reason(calendar, "2025-02-08").contains("補行上班"), reason(calendar, "2025-02-08"));
        assertEquals("2025-02-10", count(school, "2025-02-06", "workingDays", 3));
        assertEquals("2025-02-12", count(school, "2025-02-06", "workingDays", 5));

        long student = Fixtures.student(school, false);
        Fixtures.clock("2025-02-06T10:00:00+08:00");
        Api.Reply opened = school.post("/api/v1/cases", """
                {"studentId":%d,"categoryId":"NT-CAT1","note":"連續未到校，列管"}""".formatted(student));
        assertEquals(201, opened.status(), opened.toString());
        long caseId = opened.json().getJsonNumber("id").longValue();
        event(school, caseId, "DETAINED");
        assertEquals(List.of(
                "NT-DET-IN REGISTRAR 2025-02-10 -",
                "NT-DET-IN REGISTRAR 2025-02-12 CONFIDENTIAL_LETTER",
                "TW-TIERS COUNSELING ongoing -"), tasksWithProduct(school, caseId, "OPEN"));
    }

    private static List<String> days(JsonObject calendar, String flag, boolean value) {
        return calendar.getJsonArray("days").stream().map(JsonValue::asJsonObject)
                .peek(d -> assertTrue(d.containsKey(flag), calendar.toString()))
                .filter(d -> d.getBoolean(flag) == value).map(d -> d.getString("date")).toList();
    }

    private static String reason(JsonObject calendar, String date) {
        return calendar.getJsonArray("days").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("date").equals(date))
                .map(d -> !d.containsKey("reason") || d.isNull("reason") ? "" : d.getString("reason")).findFirst().orElseThrow();
    }

    private static String count(Api school, String from, String kind, int n) {
        Api.Reply reply = school.get("/api/v1/calendar/count?from=" + from + "&" + kind + "=" + n);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getString("result");
    }
}
