package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 §2, §6, §7: a school's staff list imported (CSV, UTF-8 or Big5), invitations read back
 * from a real SMTP server, passwords set through the one-time links, resend and reset; a bad file
 * refused line by line with nothing written.
 */
class StaffInvitationIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final Charset BIG5 = Charset.forName("x-windows-950");
    private static final String HEADER = "姓名,電子郵件,角色,導師班級\n";

    @BeforeAll
    static void smtp() {
        Mailbox.server();
        ADMIN.delete("/api/v1/admin/clock");
    }

    @AfterAll
    static void realClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    /** A school of this test class; the code is fixed per test (fresh database per run). */
    private static long school(String moeCode) {
        Api.Reply school = ADMIN.post("/api/v1/admin/schools", """
                {"moeCode":"%s","name":"桃園市立邀請測試國民中學%s","county":"TAOYUAN","level":"JUNIOR_HIGH",
                 "district":"中壢區","remoteArea":false,"address":"示範路 9 號","phone":"03-0000000"}"""
                .formatted(moeCode, moeCode));
        assertEquals(201, school.status(), school.toString());
        return school.json().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> staff(long schoolId) {
        Api.Reply list = ADMIN.get("/api/v1/admin/schools/" + schoolId + "/staff");
        assertEquals(200, list.status(), list.toString());
        return ((JsonArray) list.structure()).stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject member(long schoolId, String email) {
        return staff(schoolId).stream().filter(m -> email.equals(m.getString("email", null))).findFirst().orElseThrow();
    }

    @Test
    void importedStaffAreInvitedSetTheirPasswordOnceAndLogIn() {
        long schoolId = school("970101");
        String csv = HEADER + """
                張○華,principal.invite@staff-it.example.tw,校長,
                林○宏,counsel.invite@staff-it.example.tw,輔導室、註冊組,
                陳○家,teacher.invite@staff-it.example.tw,導師,801
                """;
        // Checked only: the plan, and nothing written.
        Api.Reply checked = ADMIN.postCsv("/api/v1/admin/schools/" + schoolId + "/staff-import?schoolYear=115&dryRun=true", csv);
        assertEquals(200, checked.status(), checked.toString());
        assertEquals(3, checked.json().getJsonArray("staff").size());
        assertFalse(checked.json().getBoolean("applied"));
        assertTrue(staff(schoolId).isEmpty(), "a check writes nothing");

        Api.Reply imported = ADMIN.postCsv("/api/v1/admin/schools/" + schoolId + "/staff-import?schoolYear=115", csv);
        assertEquals(201, imported.status(), imported.toString());
        JsonObject report = imported.json();
        assertEquals(3, report.getInt("accountsCreated"));
        assertEquals(1, report.getInt("classesCreated"));
        assertEquals(1, report.getInt("homeroomsAssigned"));
        assertEquals(3, report.getInt("invitationsSent"));
        assertTrue(report.getBoolean("mailEnabled"));

        // The homeroom class of 115 with its 導師.
        JsonObject teacher = member(schoolId, "teacher.invite@staff-it.example.tw");
        assertEquals("teacher.invite.970101", teacher.getString("username"));
        assertFalse(teacher.getBoolean("passwordSet"));
        assertEquals("INVITATION", teacher.getString("lastLink"));

        MimeMessage invitation = Mailbox.await("teacher.invite@staff-it.example.tw", 1).get(0);
        assertTrue(Mailbox.subject(invitation).contains("邀請您設定密碼"), Mailbox.subject(invitation));
        String text = Mailbox.text(invitation);
        assertTrue(text.contains("teacher.invite.970101") && text.contains("陳○家"), text);
        assertTrue(Mailbox.html(invitation).contains("設定密碼"), "an HTML part too");
        String token = Mailbox.token(invitation);

        // Without a password the account cannot log in; the link names the account without a login.
        assertEquals(401, Api.as("teacher.invite.970101", "anything-at-all-1").get("/api/v1/me").status());
        Api.Reply inspected = Api.anonymous("/api/v1/password-links/" + token);
        assertEquals(200, inspected.status(), inspected.toString());
        assertEquals("teacher.invite.970101", inspected.json().getString("username"));

        Api.Reply tooShort = Api.anonymousPost("/api/v1/password-links/" + token, "{\"password\":\"short\"}");
        assertEquals(400, tooShort.status(), tooShort.toString());
        assertTrue(tooShort.body().contains("12"), tooShort.body());
        Api.Reply withUsername = Api.anonymousPost("/api/v1/password-links/" + token,
                "{\"password\":\"my-teacher.invite.970101\"}");
        assertEquals(400, withUsername.status(), withUsername.toString());

        Api.Reply set = Api.anonymousPost("/api/v1/password-links/" + token, "{\"password\":\"春天的校園很安靜 2026\"}");
        assertEquals(200, set.status(), set.toString());
        Api.Reply me = Api.as("teacher.invite.970101", "春天的校園很安靜 2026").get("/api/v1/me");
        assertEquals(200, me.status(), me.toString());
        assertTrue(me.body().contains("HOMEROOM_TEACHER"), me.body());

        // The link works once.
        Api.Reply again = Api.anonymousPost("/api/v1/password-links/" + token, "{\"password\":\"another-long-password\"}");
        assertEquals(410, again.status(), again.toString());
        assertTrue(again.body().contains("已經使用過"), again.body());
        assertEquals(404, Api.anonymous("/api/v1/password-links/not-a-real-token").status());
    }

    @Test
    void resendReplacesTheLinkResetLetsTheOwnerChooseANewPasswordAndLinksExpire() {
        long schoolId = school("970102");
        Api.Reply imported = ADMIN.postCsv("/api/v1/admin/schools/" + schoolId + "/staff-import?schoolYear=115",
                HEADER + "王○明,resend@staff-it.example.tw,學務處,\n李○芳,late@staff-it.example.tw,教務處,\n");
        assertEquals(201, imported.status(), imported.toString());
        String firstToken = Mailbox.token(Mailbox.await("resend@staff-it.example.tw", 1).get(0));
        String lateToken = Mailbox.token(Mailbox.await("late@staff-it.example.tw", 1).get(0));

        // Resend: a new link; the first one no longer works.
        long userId = member(schoolId, "resend@staff-it.example.tw").getJsonNumber("id").longValue();
        Api.Reply resent = ADMIN.post("/api/v1/admin/accounts/" + userId + "/invitation", "");
        assertEquals(200, resent.status(), resent.toString());
        assertEquals("resend@staff-it.example.tw", resent.json().getString("email"));
        assertFalse(resent.body().contains(firstToken), "the administrator never sees the link");
        String secondToken = Mailbox.token(Mailbox.await("resend@staff-it.example.tw", 2).get(1));
        assertEquals(410, Api.anonymous("/api/v1/password-links/" + firstToken).status());
        assertEquals(200, Api.anonymousPost("/api/v1/password-links/" + secondToken,
                "{\"password\":\"first-chosen-password\"}").status());

        // An invitation cannot be resent to someone with a password; a reset link is sent instead.
        assertEquals(409, ADMIN.post("/api/v1/admin/accounts/" + userId + "/invitation", "").status());
        Api.Reply reset = ADMIN.post("/api/v1/admin/accounts/" + userId + "/password-reset", "");
        assertEquals(200, reset.status(), reset.toString());
        assertEquals("RESET", reset.json().getString("purpose"));
        MimeMessage resetMail = Mailbox.await("resend@staff-it.example.tw", 3).get(2);
        assertTrue(Mailbox.subject(resetMail).contains("重設"), Mailbox.subject(resetMail));
        assertEquals(200, Api.anonymousPost("/api/v1/password-links/" + Mailbox.token(resetMail),
                "{\"password\":\"second-chosen-password\"}").status());
        String username = member(schoolId, "resend@staff-it.example.tw").getString("username");
        assertEquals(401, Api.as(username, "first-chosen-password").get("/api/v1/me").status());
        assertEquals(200, Api.as(username, "second-chosen-password").get("/api/v1/me").status());

        // A school's staff may not send links; another school's administrator neither (403).
        assertEquals(403, Api.as(username, "second-chosen-password")
                .post("/api/v1/admin/accounts/" + userId + "/password-reset", "").status());

        // Eight days later the other invitation has expired: a clear message, and the account stays closed.
        Fixtures.clock(java.time.Instant.now().plus(java.time.Duration.ofDays(8)).toString());
        Api.Reply expired = Api.anonymousPost("/api/v1/password-links/" + lateToken, "{\"password\":\"too-late-password\"}");
        assertEquals(410, expired.status(), expired.toString());
        assertTrue(expired.body().contains("已過期"), expired.body());
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aBadFileIsRefusedLineByLineAndNothingIsWritten() {
        long schoolId = school("970103");
        String path = "/api/v1/admin/schools/" + schoolId + "/staff-import?schoolYear=115";

        // Duplicate e-mails, an unknown role, a homeroom class without the 導師 role: every line named.
        Api.Reply bad = ADMIN.postCsv(path, HEADER + """
                黃○玲,same@staff-it.example.tw,導師,901
                吳○德,SAME@staff-it.example.tw,輔導室,
                周○安,zhou@staff-it.example.tw,工友,
                鄭○文,zheng@staff-it.example.tw,教務處,902
                蔡○君,not-an-address,教務處,
                """);
        assertEquals(400, bad.status(), bad.toString());
        String errors = bad.body();
        assertTrue(errors.contains("lines[3].email") && errors.contains("與第 2 行重複：SAME@staff-it.example.tw"), errors);
        assertTrue(errors.contains("lines[4].roles") && errors.contains("工友"), errors);
        assertTrue(errors.contains("lines[5].roles"), "a homeroom class needs 導師: " + errors);
        assertTrue(errors.contains("lines[6].email"), errors);
        assertTrue(staff(schoolId).isEmpty(), "nothing written: " + staff(schoolId));
        assertTrue(Mailbox.to("same@staff-it.example.tw").isEmpty(), "no invitation for a refused file");

        // A Big5 file declared as UTF-8 is refused as not UTF-8; undeclared, Big5 is detected and read.
        byte[] big5 = (HEADER + "黃○玲,big5@staff-it.example.tw,導師,901\n").getBytes(BIG5);
        Api.Reply wrongEncoding = ADMIN.postBytes(path, "text/csv; charset=UTF-8", big5);
        assertEquals(400, wrongEncoding.status(), wrongEncoding.toString());
        assertTrue(wrongEncoding.body().contains("UTF-8"), wrongEncoding.body());
        Api.Reply detected = ADMIN.postBytes(path + "&dryRun=true", "text/csv", big5);
        assertEquals(200, detected.status(), detected.toString());
        assertEquals("Big5", detected.json().getString("encoding"));
        assertEquals("黃○玲", detected.json().getJsonArray("staff").getJsonObject(0).getString("name"));

        // A 50 MB file is refused before it is read.
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        Api.Reply tooLarge = ADMIN.postBytes(path, "text/csv", huge);
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertTrue(tooLarge.body().contains("MB"), tooLarge.body());

        // A school's own staff may not import (403), and still nothing was written.
        Api office = Onboarding.schoolWithStaff("TAOYUAN", "staff-import-refused");
        assertEquals(403, office.postCsv(path, HEADER + "黃○玲,x@staff-it.example.tw,導師,\n").status());
        assertTrue(staff(schoolId).isEmpty());
    }
}
