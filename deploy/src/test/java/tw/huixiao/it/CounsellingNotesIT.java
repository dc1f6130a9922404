package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.Walk.created;
import static tw.huixiao.it.Walk.id;
import static tw.huixiao.it.Walk.ok;
import static tw.huixiao.it.Walk.version;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Counselling notes (輔導紀錄) as a field group restricted per role (issue 6 §7): the counselling
 * office writes and reads them, the principal reads them; the homeroom teacher of the student's
 * class sees the case (200) but not its notes (403, logged as DENIED); a mentor teacher (認輔老師,
 * tier 1 of TW-TIERS) assigned to the student writes and reads only their own; a homeroom teacher
 * of another class and another school's counsellor do not see the case at all (404); two edits
 * from one read — the second gets 409 and the first stays. The content never enters the access log.
 */
class CounsellingNotesIT {

    private static final String FIRST = "個別晤談：學生表示與同學相處困難，約定每週晤談（測試資料）";
    private static final String EDITED = "個別晤談：學生表示與同學相處困難，已約定每週二晤談（測試資料）";
    private static final String MENTORS = "電話關懷：學生本週準時到校（測試資料）";

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void onlyCounsellingThePrincipalAndTheWritingMentorSeeTheNotes() {
        Fixtures.clock("2026-03-10T10:00:00+08:00");
        Casework.School school = Casework.school("TAOYUAN", "notes");
        Casework.Staff counsellor = Casework.staff(school, "COUNSELING", "李○豪 輔導主任");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "林○宏 校長");
        Casework.Staff homeroom = Casework.staff(school, "HOMEROOM_TEACHER", "謝○美 導師");
        Casework.Staff otherHomeroom = Casework.staff(school, "HOMEROOM_TEACHER", "郭○國 導師");
        Casework.Staff studentAffairs = Casework.staff(school, "STUDENT_AFFAIRS", "陳○家 學務主任");
        Casework.Staff mentor = Casework.staff(school, "MENTOR_TEACHER", "劉○惠 認輔老師");
        long classId = Casework.homeroomClass(school, homeroom, 8, "801");
        Casework.homeroomClass(school, otherHomeroom, 8, "802");
        Api.Reply notATeacher = Casework.ADMIN.post("/api/v1/admin/schools/" + school.schoolId() + "/classes", """
                {"schoolYear":114,"grade":8,"name":"801","homeroomTeacherId":%d}""".formatted(mentor.userId()));
        assertEquals(400, notATeacher.status(), notATeacher.toString());
        assertEquals(List.of("homeroomTeacherId", "name"), fields(notATeacher), "a mentor is no 導師; 801 exists already");
        long student = Casework.student(school.office(), "王○明", "2012-05-01", 8, classId);
        Casework.mentor(school, student, mentor);
        long caseId = Casework.openCase(counsellor.api(), student, "TW-DROPOUT");
        String notes = "/api/v1/cases/" + caseId + "/counselling-notes";

        // The counselling office writes (tier defaults to the case's: 1, TW-TIERS) and reads.
        Api.Reply invalid = counsellor.api().post(notes, """
                {"notedOn":"2026-03-11","kind":"OTHER","content":" "}""");
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals(List.of("content", "kindOther", "notedOn"), fields(invalid), "a future date, other without text, no content");
        JsonObject note = created(counsellor.api().post(notes, """
                {"notedOn":"2026-03-10","kind":"INDIVIDUAL","content":"%s"}""".formatted(FIRST)));
        assertEquals(1, note.getInt("tier"));
        assertEquals("個別晤談", note.getString("kindZh"));
        assertEquals(counsellor.userId(), note.getJsonNumber("authorId").longValue());
        assertEquals(List.of("2026-03-10 INDIVIDUAL " + FIRST), lines(counsellor.api().get(notes)));
        // The principal reads them.
        assertEquals(List.of("2026-03-10 INDIVIDUAL " + FIRST), lines(principal.api().get(notes)));

        // The homeroom teacher of the student's class sees the case, not its notes.
        assertEquals(200, homeroom.api().get("/api/v1/cases/" + caseId).status());
        Api.Reply teacherReads = homeroom.api().get(notes);
        assertEquals(403, teacherReads.status(), teacherReads.toString());
        assertTrue(teacherReads.contentType().startsWith("application/problem+json"), teacherReads.toString());
        assertFalse(teacherReads.body().contains("晤談"), "a refusal carries no content");
        assertEquals(403, homeroom.api().post(notes, """
                {"notedOn":"2026-03-10","kind":"PHONE","content":"導師聯繫"}""").status());
        assertEquals(403, homeroom.api().put("/api/v1/counselling-notes/" + id(note), """
                {"notedOn":"2026-03-10","kind":"INDIVIDUAL","content":"導師改寫","version":0}""").status());
        // So does student affairs, which sees every case of the school.
        assertEquals(200, studentAffairs.api().get("/api/v1/cases/" + caseId).status());
        assertEquals(403, studentAffairs.api().get(notes).status());
        // A homeroom teacher of another class and another school: no such case.
        assertEquals(404, otherHomeroom.api().get("/api/v1/cases/" + caseId).status());
        assertEquals(404, otherHomeroom.api().get(notes).status());
        Api otherSchool = Casework.school("TAOYUAN", "notes-other").office();
        assertEquals(404, otherSchool.get(notes).status());
        assertEquals(404, otherSchool.put("/api/v1/counselling-notes/" + id(note), """
                {"notedOn":"2026-03-10","kind":"INDIVIDUAL","content":"他校改寫","version":0}""").status());

        // The student's mentor teacher writes a note and sees only their own; cannot edit the counsellor's.
        JsonObject mentorsNote = created(mentor.api().post(notes, """
                {"notedOn":"2026-03-09","kind":"PHONE","content":"%s"}""".formatted(MENTORS)));
        assertEquals(List.of("2026-03-09 PHONE " + MENTORS), lines(mentor.api().get(notes)));
        assertEquals(403, mentor.api().put("/api/v1/counselling-notes/" + id(note), """
                {"notedOn":"2026-03-10","kind":"INDIVIDUAL","content":"認輔老師改寫","version":0}""").status());
        assertEquals(List.of("2026-03-09 PHONE " + MENTORS, "2026-03-10 INDIVIDUAL " + FIRST),
                lines(counsellor.api().get(notes)), "oldest first");

        // Two edits from the same read: the second gets 409 and the first's stays.
        JsonObject edited = ok(counsellor.api().put("/api/v1/counselling-notes/" + id(note), """
                {"notedOn":"2026-03-10","kind":"INDIVIDUAL","content":"%s","tier":2,"version":%d}"""
                .formatted(EDITED, version(note))));
        assertEquals(version(note) + 1, version(edited));
        Api.Reply stale = principal.api().put("/api/v1/counselling-notes/" + id(note), """
                {"notedOn":"2026-03-10","kind":"GROUP","content":"校長同時修改","version":%d}""".formatted(version(note)));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(List.of("2026-03-09 PHONE " + MENTORS, "2026-03-10 INDIVIDUAL " + EDITED),
                lines(principal.api().get(notes)));
        assertEquals(404, counsellor.api().put("/api/v1/counselling-notes/987654321", """
                {"notedOn":"2026-03-10","kind":"INDIVIDUAL","content":"x","version":0}""").status());

        // The access log: reads, writes and refusals, never the content.
        Api.Reply raw = counsellor.api().get("/api/v1/cases/" + caseId + "/access-log");
        assertEquals(200, raw.status());
        for (String content : List.of(FIRST, EDITED, MENTORS, "晤談")) {
            assertFalse(raw.body().contains(content), "content in the access log: " + content);
        }
        List<String> log = Casework.accessLog(counsellor.api(), caseId);
        for (String row : List.of(
                counsellor.username() + " CREATE COUNSELLING_NOTE ALLOWED",
                counsellor.username() + " READ COUNSELLING_NOTE ALLOWED",
                principal.username() + " READ COUNSELLING_NOTE ALLOWED",
                counsellor.username() + " UPDATE COUNSELLING_NOTE ALLOWED",
                mentor.username() + " CREATE COUNSELLING_NOTE ALLOWED",
                mentor.username() + " READ COUNSELLING_NOTE ALLOWED",
                mentor.username() + " UPDATE COUNSELLING_NOTE DENIED",
                homeroom.username() + " READ CASE ALLOWED",
                homeroom.username() + " READ COUNSELLING_NOTE DENIED",
                homeroom.username() + " CREATE COUNSELLING_NOTE DENIED",
                homeroom.username() + " UPDATE COUNSELLING_NOTE DENIED",
                studentAffairs.username() + " READ COUNSELLING_NOTE DENIED",
                otherHomeroom.username() + " READ_COUNSELLING_NOTES CASE DENIED")) {
            assertTrue(log.contains(row), row + " in " + log);
        }
        // Issue 18 §7: the school whose case was the target sees another school's probe, refused.
        List<String> probes = log.stream().filter(r -> r.startsWith("notes-other")).toList();
        assertTrue(!probes.isEmpty() && probes.stream().allMatch(r -> r.contains(" DENIED")),
                "another school's probe shows in the target school's log, refused: " + log);
    }

    /** The notes as "notedOn KIND content", oldest first. */
    private static List<String> lines(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(n -> n.getString("notedOn") + " " + n.getString("kind") + " " + n.getString("content")).toList();
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("field"))
                .sorted().toList();
    }
}
