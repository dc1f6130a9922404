package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.Escalations.caseOf;
import static tw.huixiao.it.Escalations.caseView;
import static tw.huixiao.it.Escalations.dailyRun;
import static tw.huixiao.it.Escalations.day;
import static tw.huixiao.it.Escalations.dueList;
import static tw.huixiao.it.Escalations.event;
import static tw.huixiao.it.Escalations.openCases;
import static tw.huixiao.it.Escalations.semester;
import static tw.huixiao.it.Escalations.sorted;
import static tw.huixiao.it.Escalations.tasks;
import static tw.huixiao.it.Escalations.times;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;

/**
 * Legal clocks that cannot be undone (issue 16), per county, on the 2026 office calendar
 * (/work/shared/taiwan-holidays.md):
 * <ul>
 *   <li>A duty that arose is owed: a student back the day after the report day (TY-D4-REPORT,
 *       NT-D4-REPORT) leaves the report, the fax and the letters open and overdue; the returned
 *       branch (TY-D4-RETURNED, NT-REENROL, TW-ZERO-REJECT, YL-RETURN) is dated on the return
 *       day. Tainan's committee letter (TN-NEEDS) stays owed after the return.</li>
 *   <li>Day N arises when day N is recorded: the 07:00 run of day 4 lays out nothing before the
 *       roll.</li>
 *   <li>A late import opens the case on the day TW-DROPOUT's third day was met, dated that day.</li>
 *   <li>One child, one case: seven days away at a New Taipei school are one NT-CAT1 case that
 *       records TW-LONG-ABSENCE too, each duty once.</li>
 *   <li>Catch-up equals live: the same fortnight across 兒童節 and 民族掃墓節 (Fri 04-03, Mon 04-06),
 *       recorded day by day at one school and in one file afterwards at another (followed by the
 *       administrator's catch-up runs of each date), gives the same cases, events and duties,
 *       field by field, in every county.</li>
 * </ul>
 */
class LegalClocksIT {

    /** The school days of the fortnight: Mon 03-30 to Tue 04-14 without 04-03 and 04-06. */
    private static final List<String> FORTNIGHT = List.of("2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02",
            "2026-04-07", "2026-04-08", "2026-04-09", "2026-04-10", "2026-04-13", "2026-04-14");

    @AfterAll
    static void systemClock() {
        Escalations.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void taoyuanReportDutiesStayOwedAfterAReturnAndDayFourWaitsForTheRoll() {
        Api school = Onboarding.schoolWithStaff("TAOYUAN", "ty-clocks");
        semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long student = Fixtures.student(school, true);
        for (String date : List.of("2026-03-02", "2026-03-03", "2026-03-04")) {
            dailyRun(date, "07:00");
            day(school, date, Map.of(student, "曠課"));
        }
        long caseId = caseOf(school, student, "TW-DROPOUT");
        List<String> daysOneToThree = tasks(school, caseId, "OPEN");

        // Thu 03-05 07:00: day 4 has not been recorded — nothing of day 4 arises (TY-D4-*).
        dailyRun("2026-03-05", "07:00");
        assertEquals(daysOneToThree, tasks(school, caseId, "OPEN"), "the 07:00 run lays out no day-4 duty");
        // 09:00 the roll records day 4 absent: the report duties arise (TY-D4-REPORT: the MOE report and
        // the fax the same day, the original letter and the 原民局 letter within 3 working days).
        day(school, "2026-03-05", Map.of(student, "曠課"));
        List<String> report = sorted(List.of("TY-D4-REPORT ACADEMIC_AFFAIRS 2026-03-05",
                "TY-D4-REPORT REGISTRAR 2026-03-05"), times(2, "TY-D4-REPORT REGISTRAR 2026-03-10"));
        assertEquals(report, tasks(school, caseId, "OPEN").stream().filter(t -> t.startsWith("TY-D4-REPORT")).toList());

        // Fri 03-06 the student is back (day 5). Nothing that arose is set aside; the returned
        // branch (TY-D4-RETURNED) and TW-ZERO-REJECT arise on the return day.
        dailyRun("2026-03-06", "07:00");
        day(school, "2026-03-06", Map.of(student, "出席"));
        assertEquals(List.of(), tasks(school, caseId, "NOT_APPLICABLE"), "a return rewrites nothing that arose");
        List<String> open = tasks(school, caseId, "OPEN");
        assertTrue(open.containsAll(report), open.toString());
        assertTrue(open.containsAll(List.of("TY-D4-RETURNED HOMEROOM_TEACHER ongoing",
                "TY-D4-RETURNED ACADEMIC_AFFAIRS ongoing", "TY-D4-RETURNED COUNSELING ongoing",
                "TW-ZERO-REJECT REGISTRAR 2026-03-06")), open.toString());
        assertEquals("2026-03-06", caseView(school, caseId).getString("returnedOn"));
        for (JsonObject t : taskObjects(school, caseId)) {
            if (t.getString("ruleId").equals("TY-D4-RETURNED") || t.getString("ruleId").equals("TW-ZERO-REJECT")) {
                assertEquals("2026-03-06T00:00:00Z", t.getString("aroseAt"), "the returned branch is dated on the return day");
            }
            if (t.getString("ruleId").equals("TY-D4-REPORT")) {
                assertEquals("2026-03-05T00:00:00Z", t.getString("aroseAt"), "the report arose on day 4");
            }
        }
        // Mon 03-09 the same-day report and fax are overdue; Wed 03-11 the letters too.
        Escalations.ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"2026-03-09T10:00:00+08:00\"}");
        assertEquals(times(1, "TY-D4-REPORT REGISTRAR 2026-03-05"), dueList(school, "overdue", student).stream()
                .filter(t -> t.startsWith("TY-D4-REPORT REGISTRAR")).toList());
        Escalations.ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"2026-03-11T10:00:00+08:00\"}");
        assertEquals(sorted(List.of("TY-D4-REPORT REGISTRAR 2026-03-05"), times(2, "TY-D4-REPORT REGISTRAR 2026-03-10")),
                dueList(school, "overdue", student).stream().filter(t -> t.startsWith("TY-D4-REPORT REGISTRAR")).toList());
    }

    @Test
    void aMissingRollIsFlaggedToTheRegistrarAndIsNeitherAbsenceNorPresence() {
        Api school = Onboarding.schoolWithStaff("TAOYUAN", "ty-roll");
        semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long student = Fixtures.student(school, false);
        day(school, "2026-03-09", Map.of(student, "曠課"));
        day(school, "2026-03-10", Map.of(student, "曠課"));
        // Wed 03-11: no roll comes. Thu 03-12 07:00 the daily run flags it to the registrar.
        dailyRun("2026-03-12", "07:00");
        assertEquals(List.of("2026-03-11 0"), school.get("/api/v1/attendance/missing-rolls").structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).map(m -> m.getString("day") + " " + m.getInt("classId")).toList());
        // Not an absence (no third day: no TW-DROPOUT case), not a presence (no return).
        assertEquals(List.of(), openCases(school, student));
        // The roll comes late, the student absent on 03-11: day 3, the case on that day, the flag gone.
        Fixtures.clock("2026-03-12T10:00:00+08:00");
        Api.Reply late = school.post("/api/v1/attendance", entries(Map.of(student, List.of("曠課")), List.of("2026-03-11")));
        assertEquals(200, late.status(), late.toString());
        assertEquals(List.of("TW-DROPOUT 2026-03-11"), openCases(school, student));
        assertEquals(0, school.get("/api/v1/attendance/missing-rolls").structure().asJsonArray().size());
    }

    @Test
    void aLateImportOpensTheCaseOnTheDayTheTriggerWasMet() throws SQLException {
        Api school = Onboarding.schoolWithStaff("TAOYUAN", "ty-late");
        semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long student = Fixtures.student(school, false);
        // The week's file arrives on Mon 03-09 at 15:00: away Mon–Wed, back Thu and Fri.
        Fixtures.clock("2026-03-09T15:00:00+08:00");
        Api.Reply imported = school.post("/api/v1/attendance", entries(Map.of(student, List.of("曠課", "曠課", "曠課",
                "出席", "出席")), List.of("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06")));
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(List.of("TW-DROPOUT 2026-03-04"), openCases(school, student), "TW-DROPOUT met on Wed 03-04");
        long caseId = caseOf(school, student, "TW-DROPOUT");
        JsonObject view = caseView(school, caseId);
        assertEquals("2026-03-04T00:00:00Z", view.getString("openedAt"));
        assertEquals("2026-03-05", view.getString("returnedOn"));
        List<String> events = timeline(schoolId(school), List.of(student)).stream().filter(l -> l.startsWith("event"))
                .toList();
        assertEquals(List.of("event s0/TW-DROPOUT OPENED 2026-03-04T00:00:00Z",
                "event s0/TW-DROPOUT RETURNED 2026-03-05T00:00:00Z"),
                events.stream().map(e -> e.substring(0, e.indexOf('Z') + 1)).toList());
        // Days 1–3 arose on their days and are overdue; the student was back on day 4, so the
        // report (TY-D4-REPORT) never arose and the returned branch did, on Thu 03-05.
        List<String> open = tasks(school, caseId, "OPEN");
        assertTrue(open.contains("TY-D1-CONTACT HOMEROOM_TEACHER 2026-03-02"), open.toString());
        assertTrue(open.stream().noneMatch(t -> t.startsWith("TY-D4-REPORT")), open.toString());
        assertTrue(open.contains("TY-D4-RETURNED COUNSELING ongoing"), open.toString());
        assertTrue(dueList(school, "overdue", student).contains("TY-D3-REGISTERED-MAIL REGISTRAR 2026-03-04"));
        for (JsonObject t : taskObjects(school, caseId)) {
            if (t.getString("ruleId").equals("TY-D1-CONTACT")) {
                assertEquals("2026-03-02T00:00:00Z", t.getString("aroseAt"));
            }
        }
    }

    @Test
    void newTaipeiReportStaysOwedAfterTheReturnAndSevenDaysAreOneCase() throws SQLException {
        Api school = Onboarding.schoolWithStaff("NEW_TAIPEI", "nt-clocks");
        semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long back = Fixtures.student(school, false);
        long away = Fixtures.student(school, false);
        // Days 1–4 (Mon 03-30 – Thu 04-02): both away; day 4 is the report day (NT-D4-REPORT).
        for (String date : FORTNIGHT.subList(0, 4)) {
            dailyRun(date, "07:00");
            day(school, date, Map.of(back, "曠課", away, "曠課"));
        }
        long backCase = caseOf(school, back, "NT-CAT1");
        List<String> reported = sorted(List.of("NT-D4-MEETING COUNSELING 2026-04-02", "NT-D4-MEETING COUNSELING ongoing"),
                times(3, "NT-D4-REPORT REGISTRAR 2026-04-02"));
        // Tue 04-07 (after 兒童節 and 民族掃墓節) one is back: NT-REENROL and TW-ZERO-REJECT that day;
        // the report, fax and MOE online report stay owed, and overdue.
        dailyRun("2026-04-07", "07:00");
        day(school, "2026-04-07", Map.of(back, "出席", away, "曠課"));
        List<String> open = tasks(school, backCase, "OPEN");
        assertTrue(open.containsAll(reported), open.toString());
        assertTrue(open.containsAll(List.of("NT-REENROL REGISTRAR 2026-04-07", "TW-ZERO-REJECT REGISTRAR 2026-04-07")),
                open.toString());
        assertEquals(List.of(), tasks(school, backCase, "NOT_APPLICABLE"));
        assertEquals(times(3, "NT-D4-REPORT REGISTRAR 2026-04-02"), dueList(school, "overdue", back).stream()
                .filter(t -> t.startsWith("NT-D4-REPORT")).toList());

        // The other stays away to day 7 (Thu 04-09): TW-LONG-ABSENCE's 7 days are recorded on the
        // NT-CAT1 case (its type 1 counts them too), not a second case.
        for (String date : FORTNIGHT.subList(5, 7)) {
            dailyRun(date, "07:00");
            day(school, date, Map.of(back, "出席", away, "曠課"));
        }
        assertEquals(List.of("NT-CAT1 2026-04-01"), openCases(school, away), "one case per streak");
        long awayCase = caseOf(school, away, "NT-CAT1");
        List<String> timeline = timeline(schoolId(school), List.of(away));
        assertTrue(timeline.stream().anyMatch(l -> l.startsWith("case s0/NT-CAT1 OPEN 2026-04-01 [TW-LONG-ABSENCE]")),
                timeline.toString());
        assertTrue(timeline.stream().anyMatch(l -> l.startsWith("event s0/NT-CAT1 CRITERION_MET 2026-04-09T00:00:00Z")),
                timeline.toString());
        // One duty per step: no two duties of the case alike in rule, duty, role and due date.
        List<String> duties = taskObjects(school, awayCase).stream().map(t -> Escalations.line(t) + " "
                + t.getString("dutyZh")).sorted().toList();
        assertEquals(duties.stream().distinct().toList(), duties);
        assertEquals(1, duties.stream().filter(d -> d.startsWith("TW-TIERS")).count(), duties.toString());
    }

    @Test
    void yunlinAndTainanDutiesOfTheAbsenceStayOwedAfterTheReturn() {
        Api yunlin = Onboarding.schoolWithStaff("YUNLIN", "yl-clocks");
        semester(yunlin, 114, 2, "2026-02-23", "2026-06-30");
        long ylStudent = Fixtures.student(yunlin, false);
        for (String date : FORTNIGHT.subList(0, 4)) {
            day(yunlin, date, Map.of(ylStudent, "曠課"));
        }
        long ylCase = caseOf(yunlin, ylStudent, "TW-DROPOUT");
        List<String> opened = tasks(yunlin, ylCase, "OPEN");
        day(yunlin, "2026-04-07", Map.of(ylStudent, "出席"));
        // YL-RETURN: the 附表四 ruling within one school week of the return (Tue 04-07 → Tue 04-14).
        assertEquals(sorted(opened, List.of("TW-ZERO-REJECT REGISTRAR 2026-04-07", "YL-RETURN COUNSELING 2026-04-14",
                "YL-RETURN COUNSELING ongoing")), tasks(yunlin, ylCase, "OPEN"));
        assertEquals(List.of(), tasks(yunlin, ylCase, "NOT_APPLICABLE"));

        Api tainan = Onboarding.schoolWithStaff("TAINAN", "tn-clocks");
        semester(tainan, 114, 2, "2026-02-23", "2026-06-30");
        long tnStudent = Fixtures.student(tainan, false);
        for (String date : FORTNIGHT.subList(0, 3)) {
            day(tainan, date, Map.of(tnStudent, "曠課"));
        }
        long tnCase = caseOf(tainan, tnStudent, "TW-DROPOUT");
        // The needs assessment while the student is away: TN-NEEDS's committee letter arises.
        event(tainan, tnCase, "NEEDS_ASSESSED");
        List<String> letter = Escalations.tasksWithProduct(tainan, tnCase, "OPEN").stream()
                .filter(t -> t.startsWith("TN-NEEDS") && t.endsWith("COMMITTEE_REPORT_LETTER")).toList();
        assertEquals(1, letter.size(), Escalations.tasksWithProduct(tainan, tnCase, "OPEN").toString());
        day(tainan, "2026-04-02", Map.of(tnStudent, "出席"));
        assertEquals(letter, Escalations.tasksWithProduct(tainan, tnCase, "OPEN").stream()
                .filter(t -> t.startsWith("TN-NEEDS") && t.endsWith("COMMITTEE_REPORT_LETTER")).toList(),
                "the committee letter stays owed after the return");
        assertEquals(List.of(), tasks(tainan, tnCase, "NOT_APPLICABLE"));
    }

    @Test
    void aCatchUpOverAFortnightGivesTheTimelinesOfALiveRunInEveryCounty() throws SQLException {
        for (String county : List.of("TAOYUAN", "NEW_TAIPEI", "YUNLIN", "TAINAN")) {
            Api live = Onboarding.schoolWithStaff(county, "live");
            Api late = Onboarding.schoolWithStaff(county, "late");
            semester(live, 114, 2, "2026-02-23", "2026-06-30");
            semester(late, 114, 2, "2026-02-23", "2026-06-30");
            // Four pupils: back after the report day; two streaks; away throughout (TW-LONG-ABSENCE);
            // an indigenous pupil back on day 4.
            List<List<String>> patterns = List.of(
                    statuses("AAAAAPPPPP"), statuses("AAPPAAAAPP"), statuses("AAAAAAAAAA"), statuses("AAAPPPPPPP"));
            List<Long> liveStudents = students(live, patterns.size());
            List<Long> lateStudents = students(late, patterns.size());

            for (int d = 0; d < FORTNIGHT.size(); d++) {
                dailyRun(FORTNIGHT.get(d), "07:00");
                Map<Long, String> today = new LinkedHashMap<>();
                for (int s = 0; s < patterns.size(); s++) {
                    today.put(liveStudents.get(s), patterns.get(s).get(d));
                }
                day(live, FORTNIGHT.get(d), today);
            }
            // The other school's fortnight arrives in one file on Wed 04-15 before the run; the
            // administrator then catches up every date of the fortnight (as after an outage).
            Fixtures.clock("2026-04-15T06:30:00+08:00");
            Map<Long, List<String>> all = new LinkedHashMap<>();
            for (int s = 0; s < patterns.size(); s++) {
                all.put(lateStudents.get(s), patterns.get(s));
            }
            Api.Reply imported = late.post("/api/v1/attendance", entries(all, FORTNIGHT));
            assertEquals(200, imported.status(), imported.toString());
            for (String date : FORTNIGHT) {
                dailyRun(date, "06:40");
            }
            dailyRun("2026-04-15", "07:00");

            List<String> liveTimeline = timeline(schoolId(live), liveStudents);
            assertTrue(liveTimeline.stream().anyMatch(l -> l.startsWith("case s0/")), county + ": " + liveTimeline);
            assertEquals(liveTimeline, timeline(schoolId(late), lateStudents), county + ": catch-up equals live");
        }
    }

    private static long schoolId(Api staff) {
        return staff.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
    }

    private static List<String> statuses(String pattern) {
        return pattern.chars().mapToObj(c -> c == 'A' ? "曠課" : "出席").toList();
    }

    private static List<Long> students(Api school, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Fixtures.student(school, i == n - 1));
        }
        return ids;
    }

    private static String entries(Map<Long, List<String>> statuses, List<String> dates) {
        List<String> lines = new ArrayList<>();
        statuses.forEach((student, list) -> {
            for (int d = 0; d < dates.size(); d++) {
                lines.add("""
                        {"studentId":%d,"date":"%s","status":"%s"}""".formatted(student, dates.get(d), list.get(d)));
            }
        });
        return "{\"entries\":[" + String.join(",", lines) + "]}";
    }

    private static List<JsonObject> taskObjects(Api school, long caseId) {
        return school.get("/api/v1/cases/" + caseId + "/tasks").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    /**
     * The school's cases, case events and duties of these students, field by field, with students
     * and cases named by position ("s0/TW-DROPOUT") instead of ids, and without recording times.
     */
    static List<String> timeline(long schoolId, List<Long> students) throws SQLException {
        Map<Long, String> student = new HashMap<>();
        for (int i = 0; i < students.size(); i++) {
            student.put(students.get(i), "s" + i);
        }
        Map<Long, String> cases = new HashMap<>();
        List<String> lines = new ArrayList<>();
        String schema = SchemaMigrator.SCHEMA + ".";
        try (Connection db = DriverManager.getConnection(System.getenv("HUIXIAO_DB_URL"),
                System.getenv("HUIXIAO_DB_APP_USER"), System.getenv("HUIXIAO_DB_APP_PASSWORD"))) {
            try (PreparedStatement tenant = db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                tenant.setString(1, String.valueOf(schoolId));
                tenant.execute();
            }
            query(db, "SELECT id, student_id, category_id, status, opened_on, opened_at, opening_note, returned_on, "
                    + "array_to_string(criteria_met, ',') FROM " + schema + "student_case", r -> {
                        String name = student.get(r.getLong(2)) + "/" + r.getString(3);
                        cases.put(r.getLong(1), name);
                        lines.add("case " + name + " " + r.getString(4) + " " + r.getDate(5) + " ["
                                + r.getString(9) + "] " + r.getTimestamp(6).toInstant() + " " + r.getString(7)
                                + " returned " + r.getDate(8));
                    });
            query(db, "SELECT case_id, event, occurred_at, note FROM " + schema + "case_event", r -> lines.add(
                    "event " + cases.get(r.getLong(1)) + " " + r.getString(2) + " " + r.getTimestamp(3).toInstant() + " "
                            + r.getString(4)));
            query(db, "SELECT case_id, student_id, rule_id, step_index, occurrence, trigger_text, why, responsible_role, "
                    + "other_roles, duty_zh, arose_at, due_kind, earliest_on, due_on, due_at, status, completion_note, "
                    + "recurring, produces FROM " + schema + "case_task", r -> {
                        List<Object> fields = new ArrayList<>();
                        fields.add(r.getObject(1) == null ? "-" : cases.get(r.getLong(1)));
                        fields.add(student.get(r.getLong(2)));
                        for (int c = 3; c <= 19; c++) {
                            Object value = r.getObject(c);
                            fields.add(value instanceof java.sql.Timestamp t ? t.toInstant() : value);
                        }
                        lines.add("task " + fields.stream().map(String::valueOf).collect(Collectors.joining(" | ")));
                    });
        }
        return lines.stream().sorted().toList();
    }

    private interface Row {
        void accept(ResultSet r) throws SQLException;
    }

    private static void query(Connection db, String sql, Row row) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            while (r.next()) {
                row.accept(r);
            }
        }
    }
}
