package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 19 §6: the morning digest read back from a real SMTP server — a person's duties due today
 * and overdue with links, the principal's list of duties overdue by more than 7 school days, sent
 * once per person and day even when two runs race, and not to someone who opted out.
 */
class DigestIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final String PASSWORD = "digest-test-password";

    @AfterAll
    static void realClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void eachPersonGetsOneDigestADayThePrincipalSeesLongOverdueDutiesAndOptOutHolds() throws Exception {
        Mailbox.server();
        Fixtures.clock("2026-02-02T10:00:00+08:00");
        Casework.School school = Casework.school("TAOYUAN", "digest");
        Api.Reply imported = ADMIN.postCsv("/api/v1/admin/schools/" + school.schoolId() + "/staff-import?schoolYear=114", """
                姓名,電子郵件,角色
                張○華,principal.digest@staff-it.example.tw,校長
                林○宏,counsel.digest@staff-it.example.tw,輔導室
                王○明,affairs.digest@staff-it.example.tw,學務處
                """);
        assertEquals(201, imported.status(), imported.toString());
        for (String who : List.of("principal", "counsel", "affairs")) {
            MimeMessage invitation = Mailbox.await(who + ".digest@staff-it.example.tw", 1).get(0);
            assertEquals(200, Api.anonymousPost("/api/v1/password-links/" + Mailbox.token(invitation),
                    "{\"password\":\"" + PASSWORD + "\"}").status());
        }
        List<JsonObject> staff = ((JsonArray) ADMIN.get("/api/v1/admin/schools/" + school.schoolId() + "/staff")
                .structure()).stream().map(JsonValue::asJsonObject).toList();
        long principal = id(staff, "principal.digest@staff-it.example.tw");
        long counsellor = id(staff, "counsel.digest@staff-it.example.tw");
        long affairs = id(staff, "affairs.digest@staff-it.example.tw");

        long student = Casework.student(school.office(), "2012-05-01", 8);
        long caseId = Casework.openCase(school.office(), student, "TW-DROPOUT");
        Api.Reply meeting = school.office().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"CASE_MEETING","ruleId":"TY-D3-CASE-MEETING","heldOn":"2026-02-02","chairUserId":%d,
                 "attendeeIds":[%d],"minutes":"摘要測試（測試資料）",
                 "decisions":[
                   {"decision":"電訪家長了解近況","ownerUserId":%d,"dueOn":"2026-02-03"},
                   {"decision":"整理輔導紀錄送校長","ownerUserId":%d,"dueOn":"2026-03-04"},
                   {"decision":"學務處家訪","ownerUserId":%d,"dueOn":"2026-03-04"}]}"""
                .formatted(principal, counsellor, counsellor, counsellor, affairs));
        assertEquals(201, meeting.status(), meeting.toString());

        // 學務處 turns the digest off on their profile (through the same service as the page).
        Api affairsApi = Api.as(staff.stream().filter(m -> m.getJsonNumber("id").longValue() == affairs).findFirst()
                .orElseThrow().getString("username"), PASSWORD);
        Api.Reply optOut = affairsApi.put("/api/v1/me/mail-preferences", "{\"digests\":false}");
        assertEquals(200, optOut.status(), optOut.toString());
        assertFalse(optOut.json().getBoolean("digests"));

        // Wednesday 4 March, 07:30: two runs at once (two servers), then an operator's third.
        Fixtures.clock("2026-03-04T07:30:00+08:00");
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(() -> ADMIN.post("/api/v1/admin/digests?date=2026-03-04", ""));
        CompletableFuture<Api.Reply> second = CompletableFuture.supplyAsync(() -> ADMIN.post("/api/v1/admin/digests?date=2026-03-04", ""));
        assertEquals(200, first.get().status(), first.get().toString());
        assertEquals(200, second.get().status(), second.get().toString());
        Api.Reply third = ADMIN.post("/api/v1/admin/digests?date=2026-03-04", "");
        assertEquals(200, third.status(), third.toString());
        assertEquals(0, third.json().getInt("sent"), "everyone already had today's digest: " + third);

        MimeMessage digest = Mailbox.await("counsel.digest@staff-it.example.tw", 2).get(1);
        String text = Mailbox.text(digest);
        assertTrue(Mailbox.subject(digest).startsWith("【回校】今日待辦 115/03/04"), Mailbox.subject(digest));
        assertTrue(text.contains("整理輔導紀錄送校長") && text.contains("電訪家長了解近況"), text);
        assertTrue(text.indexOf("電訪家長了解近況") < text.indexOf("今日到期"), "overdue comes first: " + text);
        assertTrue(text.contains(Api.BASE + "/today?task="), "each duty links to its page: " + text);
        assertTrue(text.contains(Api.BASE + "/profile"), "the way to turn it off: " + text);

        MimeMessage principalDigest = Mailbox.await("principal.digest@staff-it.example.tw", 2).get(1);
        String principalText = Mailbox.text(principalDigest);
        assertTrue(principalText.contains("全校逾期超過 7 個上課日的待辦") && principalText.contains("電訪家長了解近況"),
                principalText);
        assertFalse(principalText.substring(principalText.indexOf("全校逾期超過")).contains("整理輔導紀錄送校長"),
                "a duty due today is not long overdue: " + principalText);

        // Once each, whatever the number of runs; nothing for the person who opted out.
        Thread.sleep(1000);
        assertEquals(2, Mailbox.to("counsel.digest@staff-it.example.tw").size(), "invitation + one digest");
        assertEquals(2, Mailbox.to("principal.digest@staff-it.example.tw").size(), "invitation + one digest");
        assertEquals(1, Mailbox.to("affairs.digest@staff-it.example.tw").size(), "the invitation only");

        saveAndLook(Mailbox.html(digest));
    }

    private static long id(List<JsonObject> staff, String email) {
        return staff.stream().filter(m -> email.equals(m.getString("email", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** The digest as received, kept as HTML and rendered by the browser like a mail client would. */
    private static void saveAndLook(String html) throws IOException {
        Path dir = Path.of(System.getProperty("huixiao.it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve("mail-digest.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        try (Browser browser = new Browser()) {
            browser.driver.get(file.toUri().toString());
            browser.waitFor(By.tagName("h1"));
            browser.screenshot("mail-digest");
            browser.resize(390, 844);
            browser.screenshot("mail-digest-phone");
        }
    }
}
