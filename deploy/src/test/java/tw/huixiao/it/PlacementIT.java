package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Re-enrolment, placement and detention over HTTP, New Taipei (issue 6 §5, seed 001):
 * <ul>
 *   <li>NT-PLACEMENT at its boundaries through the API: away exactly one year → the grade where
 *       the student left, a day less → the original class; 補校 possible from the 15th birthday,
 *       not the day before;</li>
 *   <li>TW-ZERO-REJECT / NT-REENROL: applications taken on a Saturday, one with no data at all;
 *       RE_ENROLLED lays out the placement meeting (within a week) and NT-ADAPT (homeroom talks
 *       every day of the first week, the mentor three times a week for two weeks);</li>
 *   <li>NT-BUXIAO: 補校 needs the parent's and student's application and the 暫讀補校安置會議, then its
 *       review two months later; refused for a 14-year-old;</li>
 *   <li>NT-DET-IN / NT-DET-OUT: admission on Thu 04-30 recorded on Mon 05-04 (3 and 5 working days
 *       across 勞動節 05-01: 05-06 and 05-08); release on Mon 05-11 (letter by 05-18); still absent
 *       on Tue 05-12 → dropout tracking restarts at day 1 (NT-D1-PHONE), day 2 on Wed 05-13.</li>
 * </ul>
 */
class PlacementIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void placementRecommendationsAtTheOneYearAndAgeFifteenBoundariesAndTheSupplementarySchoolPath() {
        Fixtures.clock("2026-03-02T10:00:00+08:00");
        Casework.School school = Casework.school("NEW_TAIPEI", "placement");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "王○明 校長");
        long fifteen = Casework.student(school.office(), "2011-03-02", 8);
        long fourteen = Casework.student(school.office(), "2011-03-03", 8);
        long fifteenCase = Casework.openCase(school.office(), fifteen, "NT-CAT1");
        long fourteenCase = Casework.openCase(school.office(), fourteen, "NT-CAT1");
        long younger = Casework.student(school.office(), "2011-06-01", 8);
        long youngerCase = Casework.openCase(school.office(), younger, "NT-CAT1");

        assertEquals("P1Y 15 FORMER_GRADE [SUPPLEMENTARY_SCHOOL, SPECIAL_CASE]",
                recommendation(school.office(), fifteenCase, "2025-03-02", "2026-03-02"), "exactly one year away");
        assertEquals("P11M27D 15 ORIGINAL_CLASS [SUPPLEMENTARY_SCHOOL, SPECIAL_CASE]",
                recommendation(school.office(), fifteenCase, "2025-03-03", "2026-03-02"), "a day less than a year");
        assertEquals("P6M1D 14 ORIGINAL_CLASS [SPECIAL_CASE]",
                recommendation(school.office(), fourteenCase, "2025-09-01", "2026-03-02"), "the day before turning 15");
        assertEquals("P6M2D 15 ORIGINAL_CLASS [SUPPLEMENTARY_SCHOOL, SPECIAL_CASE]",
                recommendation(school.office(), fourteenCase, "2025-09-01", "2026-03-03"), "the 15th birthday");

        // Saturday 03-07: applications are taken at any time; one with nothing but the case.
        Fixtures.clock("2026-03-07T10:00:00+08:00");
        Api.Reply applied = school.office().post("/api/v1/cases/" + fifteenCase + "/re-enrolments", """
                {"leftOn":"2025-09-01","applicant":"母 陳○美","note":"家長陪同申請復學"}""");
        assertEquals(201, applied.status(), applied.toString());
        JsonObject application = applied.json();
        assertEquals("P6M6D", application.getString("timeAway"));
        assertEquals(15, application.getInt("ageYears"));
        assertEquals("ORIGINAL_CLASS", application.getJsonObject("recommendation").getString("code"));
        Api.Reply bare = school.office().post("/api/v1/cases/" + youngerCase + "/re-enrolments", "{}");
        assertEquals(201, bare.status(), "zero rejection: nothing is required to apply");
        assertEquals("2026-03-02", bare.json().getString("leftOn"), "away since the case was opened");
        assertEquals(14, bare.json().getInt("ageYears"));

        // RE_ENROLLED: the placement meeting within a week, NT-ADAPT's first day and first week.
        List<String> reEnrolled = lines(Casework.tasks(school.office(), fifteenCase), "NT-PLACEMENT", "NT-ADAPT");
        assertEquals(List.of(
                "NT-ADAPT COUNSELING 2026-03-14",
                "NT-ADAPT HOMEROOM_TEACHER 2026-03-07",
                "NT-ADAPT MENTOR_TEACHER 2026-03-13",
                "NT-ADAPT MENTOR_TEACHER 2026-03-13",
                "NT-ADAPT MENTOR_TEACHER 2026-03-13",
                "NT-PLACEMENT PRINCIPAL 2026-03-14"), reEnrolled);
        // Monday's daily run adds the homeroom talks of Sunday and Monday.
        Escalations.dailyRun("2026-03-09", "07:00");
        assertEquals(List.of("NT-ADAPT HOMEROOM_TEACHER 2026-03-07", "NT-ADAPT HOMEROOM_TEACHER 2026-03-08",
                        "NT-ADAPT HOMEROOM_TEACHER 2026-03-09"),
                lines(Casework.tasks(school.office(), fifteenCase), "NT-ADAPT").stream()
                        .filter(l -> l.contains("HOMEROOM")).toList());

        // The placement meeting (NT-PLACEMENT, chaired by the principal) cannot decide 補校 (NT-BUXIAO).
        Fixtures.clock("2026-03-09T10:00:00+08:00");
        long placementMeeting = meeting(school, fifteenCase, "PLACEMENT", principal.userId());
        long applicationId = application.getJsonNumber("id").longValue();
        String decision = "/api/v1/cases/" + fifteenCase + "/re-enrolments/" + applicationId + "/decision";
        Api.Reply wrongMeeting = school.office().post(decision, """
                {"placement":"SUPPLEMENTARY_SCHOOL","meetingId":%d,"version":0}""".formatted(placementMeeting));
        assertEquals(400, wrongMeeting.status(), wrongMeeting.toString());
        assertTrue(wrongMeeting.body().contains("guardianApplication") && wrongMeeting.body().contains("meetingId"),
                wrongMeeting.body());
        long buxiaoMeeting = meeting(school, fifteenCase, "SUPPLEMENTARY_SCHOOL_PLACEMENT", principal.userId());
        Api.Reply placed = school.office().post(decision, """
                {"placement":"SUPPLEMENTARY_SCHOOL","meetingId":%d,"guardianApplication":true,
                 "note":"家長及學生申請暫讀補校","version":0}""".formatted(buxiaoMeeting));
        assertEquals(200, placed.status(), placed.toString());
        assertEquals("DECIDED", placed.json().getString("status"));
        assertEquals(List.of(
                "NT-BUXIAO COUNSELING 2026-03-09",
                "NT-BUXIAO COUNSELING 2026-05-09",
                "NT-BUXIAO HOMEROOM_TEACHER ongoing"),
                lines(Casework.tasks(school.office(), fifteenCase), "NT-BUXIAO"), "referral filed today, review after 2 months");
        assertEquals(409, school.office().post(decision, """
                {"placement":"ORIGINAL_CLASS","meetingId":%d,"version":1}""".formatted(placementMeeting)).status(),
                "decided already");

        // A 14-year-old cannot be placed in the 補校.
        long youngerMeeting = meeting(school, youngerCase, "SUPPLEMENTARY_SCHOOL_PLACEMENT", principal.userId());
        Api.Reply tooYoung = school.office().post("/api/v1/cases/" + youngerCase + "/re-enrolments/"
                + bare.json().getJsonNumber("id") + "/decision", """
                {"placement":"SUPPLEMENTARY_SCHOOL","meetingId":%d,"guardianApplication":true,"version":0}"""
                .formatted(youngerMeeting));
        assertEquals(400, tooYoung.status(), tooYoung.toString());
        assertTrue(tooYoung.body().contains("年滿十五歲"), tooYoung.body());

        List<String> log = Casework.accessLog(school.office(), fifteenCase);
        assertTrue(log.contains(school.username() + " CREATE PLACEMENT ALLOWED"), log.toString());
        assertTrue(log.contains(school.username() + " DECIDE PLACEMENT ALLOWED"), log.toString());
        assertTrue(log.contains(school.username() + " READ PLACEMENT ALLOWED"), log.toString());
    }

    @Test
    void detentionDeadlinesInWorkingDaysAndTrackingRestartsWhenTheStudentIsNotBackAfterRelease() {
        Casework.School school = Casework.school("NEW_TAIPEI", "detention");
        Escalations.semester(school.office(), 114, 2, "2026-02-23", "2026-06-30");
        long student = Casework.student(school.office(), "2011-10-01", 9);
        Map<Long, String> absent = Map.of(student, "曠課");
        // Mon–Wed 04-27..29: the third day opens the NT-CAT1 case; Thursday absent too.
        for (String day : List.of("2026-04-27", "2026-04-28", "2026-04-29", "2026-04-30")) {
            Escalations.day(school.office(), day, absent);
        }
        long caseId = Escalations.caseOf(school.office(), student, "NT-CAT1");

        // Mon 05-04: the centre phoned — admitted Thu 04-30. Working days skip 勞動節 (Fri 05-01).
        Escalations.day(school.office(), "2026-05-04", absent);
        Api.Reply admitted = school.office().post("/api/v1/cases/" + caseId + "/detentions", """
                {"admittedOn":"2026-04-30","centre":"少年觀護所","note":"觀護所來電通知"}""");
        assertEquals(201, admitted.status(), admitted.toString());
        assertEquals(List.of("NT-DET-IN REGISTRAR 2026-05-06", "NT-DET-IN REGISTRAR 2026-05-08"),
                eventLines(admitted.json()), "3 and 5 working days from Thu 04-30");
        assertEquals(409, school.office().post("/api/v1/cases/" + caseId + "/detentions", """
                {"admittedOn":"2026-05-04"}""").status(), "already detained");

        // The school keeps recording the days away; Mon 05-11 the student is released, no further custody.
        for (String day : List.of("2026-05-05", "2026-05-06", "2026-05-07", "2026-05-08", "2026-05-11")) {
            Escalations.day(school.office(), day, absent);
        }
        long detention = admitted.json().getJsonNumber("id").longValue();
        Api.Reply released = school.office().post("/api/v1/cases/" + caseId + "/detentions/" + detention + "/release", """
                {"releasedOn":"2026-05-11","furtherCustody":false,"version":0}""");
        assertEquals(200, released.status(), released.toString());
        assertEquals(List.of(
                "NT-DET-IN REGISTRAR 2026-05-06",
                "NT-DET-IN REGISTRAR 2026-05-08",
                "NT-DET-OUT COUNSELING ongoing",
                "NT-DET-OUT REGISTRAR 2026-05-18",
                "NT-DET-OUT STUDENT_AFFAIRS 2026-05-18"), eventLines(released.json()));
        List<String> dayOnes = lines(Casework.tasks(school.office(), caseId), "NT-D1-PHONE");
        assertEquals(List.of("NT-D1-PHONE HOMEROOM_TEACHER 2026-04-27"), dayOnes, "one streak while detained");

        // Not back on Tue 05-12: tracking restarts from day 1; day 2 follows on Wed.
        Escalations.day(school.office(), "2026-05-12", absent);
        Escalations.day(school.office(), "2026-05-13", absent);
        List<String> tasks = lines(Casework.tasks(school.office(), caseId), "NT-D1-PHONE", "NT-D2-VISIT");
        assertEquals(List.of(
                "NT-D1-PHONE HOMEROOM_TEACHER 2026-04-27",
                "NT-D1-PHONE HOMEROOM_TEACHER 2026-05-12",
                "NT-D2-VISIT HOMEROOM_TEACHER 2026-04-28",
                "NT-D2-VISIT HOMEROOM_TEACHER 2026-05-13"), tasks);

        List<String> log = Casework.accessLog(school.office(), caseId);
        assertTrue(log.contains(school.username() + " DETAINED CASE_EVENT ALLOWED"), log.toString());
        assertTrue(log.contains(school.username() + " RELEASED CASE_EVENT ALLOWED"), log.toString());
    }

    private static String recommendation(Api api, long caseId, String leftOn, String on) {
        Api.Reply reply = api.get("/api/v1/cases/" + caseId + "/placement-recommendation?leftOn=" + leftOn + "&on=" + on);
        assertEquals(200, reply.status(), reply.toString());
        JsonObject r = reply.json();
        assertEquals("NT-PLACEMENT", r.getString("ruleId"));
        return r.getString("timeAway") + " " + r.getInt("ageYears") + " " + r.getString("code") + " "
                + r.getJsonArray("alternatives").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long meeting(Casework.School school, long caseId, String kind, long chair) {
        Api.Reply recorded = school.office().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"%s","ruleId":"%s","heldOn":"2026-03-09","chairUserId":%d,"attendeeIds":[%d],
                 "minutes":"決定安置班級（測試資料）"}"""
                .formatted(kind, kind.equals("PLACEMENT") ? "NT-PLACEMENT" : "NT-BUXIAO", chair, school.userId()));
        assertEquals(201, recorded.status(), recorded.toString());
        return Casework.id(recorded);
    }

    /** "RULE ROLE due" of the case's open tasks of the rules, sorted. */
    private static List<String> lines(List<JsonObject> tasks, String... rules) {
        List<String> wanted = List.of(rules);
        return tasks.stream().filter(t -> wanted.contains(t.getString("ruleId")) && t.getString("status").equals("OPEN"))
                .map(Escalations::line).sorted().toList();
    }

    /** "RULE ROLE due" of the tasks a detention's events laid out. */
    private static List<String> eventLines(JsonObject detention) {
        List<String> lines = new java.util.ArrayList<>(detention.getJsonArray("tasks").stream().map(JsonValue::asJsonObject)
                .map(t -> t.getString("ruleId") + " " + t.getString("responsibleRole") + " "
                        + (!t.containsKey("dueOn") || t.isNull("dueOn") ? "ongoing" : t.getString("dueOn"))).toList());
        Collections.sort(lines);
        return lines;
    }
}
