package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Official documents from real cases over HTTP (issue 9): two students of a Taoyuan school —
 * one indigenous — absent three school days (TW-DROPOUT) and a fourth; the 限時掛號 parent
 * notice on day 3 (TY-D3-REGISTERED-MAIL), the 輟學通報單 and the covering letter on day 4
 * (TY-D4-REPORT: 正本 to the 原民局 only for the indigenous student, 副本 to the 教育局). The PDFs
 * are read back with PDFBox: masked names, ROC dates, reference numbers in sequence, 密件, the
 * embedded font. Recording the sending completes the task that produces the document. A New
 * Taipei school (NT-D3-MAIL, NT-D4-REPORT) numbers its own documents from 1. Another school's
 * user gets 404. Page images (pdftoppm) land in target/documents/.
 */
class DocumentsIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final String PASSWORD = "documents-it-password";

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    /** A staff account of a new school: username and its API client. */
    private record Staff(String username, Api api) {
    }

    @Test
    void taoyuanLettersAndFormsFromTwoDropoutCases_oneIndigenous() throws Exception {
        Staff staff = school("TAOYUAN", "桃園市立回校文件示範國民中學", "中壢區", "桃園市中壢區文件路 9 號", "03-0000-0909");
        Api school = staff.api();
        Escalations.semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long indigenous = student(school, "林○原", true, "林○山", "桃園市中壢區示範路 11 號");
        long other = student(school, "陳○安", false, "陳○華", "桃園市中壢區示範路 12 號");
        for (String date : List.of("2026-03-02", "2026-03-03", "2026-03-04")) {
            Escalations.day(school, date, Map.of(indigenous, "曠課", other, "曠課"));
        }
        long indigenousCase = Escalations.caseOf(school, indigenous, "TW-DROPOUT");
        long otherCase = Escalations.caseOf(school, other, "TW-DROPOUT");
        String base = "/api/v1/cases/" + indigenousCase + "/documents/";

        // Day 3 (Wed 2026-03-04): the parent notice, numbered 1 and 2 of the school's year 115.
        String notice = text(pdf(staff, base + "PARENT_NOTICE_REGISTERED_MAIL", "taoyuan-parent-notice"));
        for (String expected : List.of("桃園市立回校文件示範國民中學函", "地址：桃園市中壢區文件路9號", "電話：03-0000-0909",
                "受文者：林○山君（學生林○原之父）", "發文日期：中華民國115年3月4日", "發文字號：回校字第1150000001號",
                "速別：最速件", "密等及解密條件或保密期限：密件", "貴子弟林○原（8年級）自民國115年3月2日起未經請假連續3日未到校",
                "到校說明孩子就學事宜", "正本：林○山君（桃園市中壢區示範路11號）")) {
            assertTrue(notice.contains(expected), expected + " in " + notice);
        }
        String otherNotice = text(pdf(staff, "/api/v1/cases/" + otherCase + "/documents/PARENT_NOTICE_REGISTERED_MAIL",
                null));
        assertTrue(otherNotice.contains("發文字號：回校字第1150000002號"), "the next number: " + otherNotice);
        assertTrue(otherNotice.contains("陳○安") && !otherNotice.contains("林○原"), otherNotice);

        // Sending: registered mail only, with the post office's number; it completes the registrar's task.
        assertEquals(400, school.post(base + "PARENT_NOTICE_REGISTERED_MAIL/sent", """
                {"method":"FAX"}""").status(), "限時掛號, not fax");
        assertEquals(400, school.post(base + "PARENT_NOTICE_REGISTERED_MAIL/sent", """
                {"method":"REGISTERED_MAIL"}""").status(), "the registered-mail number is required");
        assertEquals(List.of("OPEN"), statusesOfTasksProducing(school, indigenousCase, "PARENT_NOTICE_REGISTERED_MAIL"));
        Api.Reply sent = school.post(base + "PARENT_NOTICE_REGISTERED_MAIL/sent", """
                {"method":"REGISTERED_MAIL","registeredMailNumber":"TY115000123","sentOn":"2026-03-04"}""");
        assertEquals(200, sent.status(), sent.toString());
        assertEquals(1, sent.json().getJsonArray("completedTaskIds").size(), sent.toString());
        assertEquals("回校字第1150000001號", sent.json().getJsonObject("dispatch").getString("referenceNumber"));
        JsonObject done = tasksProducing(school, indigenousCase, "PARENT_NOTICE_REGISTERED_MAIL").get(0);
        assertEquals("DONE", done.getString("status"));
        assertEquals("TY-D3-REGISTERED-MAIL", done.getString("ruleId"));
        assertTrue(done.containsKey("completedBy") && !done.isNull("completedBy"), done.toString());
        assertTrue(done.getString("completedAt").startsWith("2026-03-04T01:00"), "09:00 Taipei: " + done);
        assertTrue(done.getString("completionNote").contains("掛號號碼 TY115000123"), done.toString());
        assertEquals(List.of("OPEN"), statusesOfTasksProducing(school, otherCase, "PARENT_NOTICE_REGISTERED_MAIL"),
                "the other student's notice is not sent yet");

        // Day 4 (Thu 2026-03-05): still absent → the 輟學通報單 (fax) and the original letter.
        Escalations.day(school, "2026-03-05", Map.of(indigenous, "曠課", other, "曠課"));
        String form = text(pdf(staff, base + "DROPOUT_REPORT_FAX", "taoyuan-dropout-notification"));
        for (String expected : List.of("輟學通報單", "編號：回校字第1150000003號", "填表日期：中華民國115年3月5日",
                "受通報單位：桃園市中壢區強迫入學委員會", "學生姓名林○原", "原住民身分是（阿美族）", "開始未到校日期民國115年3月2日",
                "連續未到校日數4日（上課日）", "家長（監護人）林○山（父）", "密件")) {
            assertTrue(form.contains(expected), expected + " in " + form);
        }
        String letter = text(pdf(staff, base + "COMMITTEE_ORIGINAL_LETTER", "taoyuan-committee-letter"));
        assertTrue(letter.contains("正本：桃園市中壢區強迫入學委員會、桃園市政府原住民族行政局"), letter);
        assertTrue(letter.contains("副本：桃園市政府教育局") && letter.contains("附件：輟學通報單1份"), letter);
        assertTrue(letter.contains("發文字號：回校字第1150000004號"), letter);
        String otherLetter = text(pdf(staff, "/api/v1/cases/" + otherCase + "/documents/COMMITTEE_ORIGINAL_LETTER", null));
        assertTrue(otherLetter.contains("正本：桃園市中壢區強迫入學委員會副本：桃園市政府教育局"), otherLetter);
        assertFalse(otherLetter.contains("原住民族行政局"), "no 原民局 for the other student: " + otherLetter);
        assertTrue(text(pdf(staff, base + "INDIGENOUS_BUREAU_LETTER", null)).contains("受文者：桃園市政府原住民族行政局"));
        Api.Reply notApplicable = issue(staff, "/api/v1/cases/" + otherCase + "/documents/INDIGENOUS_BUREAU_LETTER");
        assertEquals(409, notApplicable.status(), "the 原民局 letter is only for indigenous students");
        assertTrue(notApplicable.body().contains("不適用"), notApplicable.body());

        Api.Reply faxed = school.post(base + "DROPOUT_REPORT_FAX/sent", """
                {"method":"FAX","note":"IT"}""");
        assertEquals(200, faxed.status(), faxed.toString());
        assertEquals(List.of("DONE"), statusesOfTasksProducing(school, indigenousCase, "DROPOUT_REPORT_FAX"));
        assertEquals(List.of("OPEN"), statusesOfTasksProducing(school, indigenousCase, "COMMITTEE_ORIGINAL_LETTER"));

        // The case's documents: issued (who, when, number) and sent.
        JsonObject documents = school.get("/api/v1/cases/" + indigenousCase + "/documents").json();
        // 2 and 5 went to the other student's case.
        assertEquals(List.of("回校字第1150000001號", "回校字第1150000003號", "回校字第1150000004號", "回校字第1150000006號"),
                documents.getJsonArray("issued").stream().map(i -> i.asJsonObject().getString("referenceNumber")).toList());
        assertEquals(List.of("REGISTERED_MAIL", "FAX"),
                documents.getJsonArray("sent").stream().map(s -> s.asJsonObject().getString("method")).toList());

        // Every generation is audited, the refusal too.
        List<JsonObject> log = school.get("/api/v1/cases/" + otherCase + "/access-log").structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).filter(e -> e.getString("recordType").equals("DOCUMENT")).toList();
        assertEquals(2, log.stream().filter(e -> e.getString("action").equals("GENERATE")
                && e.getString("outcome").equals("ALLOWED")).count(), log.toString());
        assertEquals(1, log.stream().filter(e -> e.getString("action").equals("GENERATE_DOCUMENT")
                && e.getString("outcome").equals("DENIED")).count(), log.toString());

        // Another school's user: the case does not exist for them.
        Staff stranger = new Staff("ty-registrar", Api.as("ty-registrar"));
        assertEquals(404, issue(stranger, base + "PARENT_NOTICE_REGISTERED_MAIL").status());
        assertEquals(404, stranger.api().post(base + "PARENT_NOTICE_REGISTERED_MAIL/sent", """
                {"method":"REGISTERED_MAIL","registeredMailNumber":"X1234"}""").status());
        assertEquals(404, issue(staff, base + "NO_SUCH_DOCUMENT").status());
    }

    @Test
    void newTaipeiNumbersItsOwnDocuments_andItsLetterHasNoCopies() throws Exception {
        Staff staff = school("NEW_TAIPEI", "新北市立回校文件示範國民中學", "板橋區", "新北市板橋區文件路 2 號", "02-0000-0202");
        Api school = staff.api();
        Escalations.semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long student = student(school, "張○豪", true, "張○文", "新北市板橋區示範路 3 號");
        for (String date : List.of("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05")) {
            Escalations.day(school, date, Map.of(student, "曠課"));
        }
        long caseId = Escalations.caseOf(school, student, "NT-CAT1");
        String base = "/api/v1/cases/" + caseId + "/documents/";
        String notice = text(pdf(staff, base + "PARENT_NOTICE_REGISTERED_MAIL", "new-taipei-parent-notice"));
        assertTrue(notice.contains("發文字號：回校字第1150000001號"), "this school's own sequence: " + notice);
        assertTrue(notice.contains("新北市國民中小學辦理中輟學生追蹤及復學安置作業流程"), notice);
        String letter = text(pdf(staff, base + "DROPOUT_REPORT_ORIGINAL_LETTER", null));
        assertTrue(letter.contains("正本：新北市板橋區強迫入學委員會副本：無"), "NT-D4-REPORT names no copies: " + letter);
        assertTrue(letter.contains("發文字號：回校字第1150000002號"), letter);
        assertEquals(200, school.post(base + "DROPOUT_REPORT_ORIGINAL_LETTER/sent", """
                {"method":"HAND_DELIVERY"}""").status());
        assertEquals(List.of("DONE"), statusesOfTasksProducing(school, caseId, "DROPOUT_REPORT_ORIGINAL_LETTER"));
    }

    // ------------------------------------------------------------------ helpers

    /** A new school of the county with a registrar and counselling account. */
    private static Staff school(String county, String name, String district, String address, String phone) {
        String moeCode = Unique.moeCode();
        Api.Reply created = ADMIN.post("/api/v1/admin/schools", """
                {"moeCode":"%s","name":"%s","county":"%s","level":"JUNIOR_HIGH","district":"%s",
                 "remoteArea":false,"address":"%s","phone":"%s"}""".formatted(moeCode, name, county, district, address,
                phone));
        assertEquals(201, created.status(), created.toString());
        long schoolId = created.json().getJsonNumber("id").longValue();
        String username = "documents-" + moeCode;
        Api.Reply account = ADMIN.post("/api/v1/admin/schools/" + schoolId + "/accounts", """
                {"username":"%s","displayName":"黃○淑 註冊組長","password":"%s","roles":["REGISTRAR","COUNSELING"]}"""
                .formatted(username, PASSWORD));
        assertEquals(201, account.status(), account.toString());
        return new Staff(username, Api.as(username, PASSWORD));
    }

    private static long student(Api school, String name, boolean indigenous, String guardian, String address) {
        String stem = "H" + (indigenous ? "2" : "1") + Unique.sevenDigits();
        String nationalId = tw.huixiao.platform.domain.student.NationalId.withCheckDigit(stem);
        Api.Reply created = school.post("/api/v1/students", """
                {"nationalId":"%s","name":"%s","gender":"M","birthDate":"2012-05-01","grade":8,"indigenous":%s%s,
                 "guardians":[{"name":"%s","relation":"父","phone":"0900-000-111","address":"%s"}]}"""
                .formatted(nationalId, name, indigenous, indigenous ? ",\"tribe\":\"阿美族\"" : "", guardian, address));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> tasksProducing(Api school, long caseId, String kind) {
        return school.get("/api/v1/cases/" + caseId + "/tasks").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.containsKey("produces") && !t.isNull("produces") && t.getString("produces").equals(kind))
                .toList();
    }

    private static List<String> statusesOfTasksProducing(Api school, long caseId, String kind) {
        return tasksProducing(school, caseId, kind).stream().map(t -> t.getString("status")).distinct().toList();
    }

    private static Api.Reply issue(Staff staff, String path) {
        HttpResponse<byte[]> response = fetch(staff, path);
        return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    /** Issues a document (POST: it takes the school's next number). */
    private static HttpResponse<byte[]> fetch(Staff staff, String path) {
        return Pdfs.issue(staff.username(), staff.username().startsWith("documents-") ? PASSWORD : Api.DEMO_PASSWORD, path);
    }

    /** Downloads a document: an A4 PDF with the Chinese font embedded, saved with page images if named. */
    private static PDDocument pdf(Staff staff, String path, String artefact) throws Exception {
        return Pdfs.load(fetch(staff, path), artefact);
    }

    private static String text(PDDocument pdf) throws IOException {
        return Pdfs.text(pdf);
    }
}
