package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.Escalations.day;
import static tw.huixiao.it.Escalations.semester;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 20 in a real browser, in zh-TW at 1400 px and on a 390×844 phone: a New Taipei registrar
 * records a transfer out to another school on the service, whose registrar confirms 報到; the
 * Taoyuan bureau acknowledges a school's filing (TY-D4-REPORT's letter, copy to the 教育局) in
 * its inbox, found first on its landing page, and returns another with a reason (the shared
 * reason dialog: no reason is refused on the field). Screenshots: transfer-out, transfer-confirm,
 * bureau-inbox, bureau-inbox-return-dialog (each also -phone), bureau-landing-1400 and -390.
 */
class TransferFilingJourneyIT {

    @AfterAll
    static void systemClock() {
        Escalations.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void registrarsHandOverAStudentAndTheBureauAcknowledgesAFiling() {
        // A Taoyuan school files TY-D4-REPORT's letter (through the API, as BureauFilingsIT walks it).
        Api filer = Onboarding.schoolWithStaff("TAOYUAN", "journey-filer");
        semester(filer, 114, 2, "2026-02-23", "2026-06-30");
        long absent = Fixtures.student(filer, false);
        // A second case's letter, which the bureau returns with a reason (the shared reason dialog).
        long absentToo = Fixtures.student(filer, false);
        for (String d : List.of("2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13")) {
            day(filer, d, Map.of(absent, "曠課", absentToo, "曠課"));
        }
        long caseId = filer.get("/api/v1/cases?status=OPEN&studentId=" + absent).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject letter = filer.get("/api/v1/cases/" + caseId + "/tasks").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.containsKey("produces") && !t.isNull("produces")
                        && "COMMITTEE_ORIGINAL_LETTER".equals(t.getString("produces"))).findFirst().orElseThrow();
        assertEquals(200, filer.post("/api/v1/tasks/" + letter.getJsonNumber("id") + "/complete",
                "{\"note\":\"正本函報中壢區強迫入學委員會，副本教育局\",\"version\":" + letter.getInt("version") + "}").status());
        long filingId = filer.get("/api/v1/filings/tasks/" + letter.getJsonNumber("id")).json()
                .getJsonNumber("id").longValue();
        long returnedId = filingOfLetter(filer, absentToo);

        // Two New Taipei schools on the service; the sending one has a student in grade 8.
        Fixtures.clock("2026-09-07T10:00:00+08:00");
        String sendingUser = "journey-send";
        Api sending = Onboarding.schoolWithStaff("NEW_TAIPEI", sendingUser);
        Api receiving = Onboarding.schoolWithStaff("NEW_TAIPEI", "journey-recv");
        String receivingCode = receiving.get("/api/v1/me").json().getJsonObject("school").getString("moeCode");
        long student = Fixtures.student(sending, false);

        try (Browser browser = new Browser()) {
            browser.resize(1400, 900);
            browser.login(username(sending), Onboarding.PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/transfers");
            browser.waitFor(By.id("transfers"));
            browser.pick("transfer-student", "林○安");
            browser.driver.findElement(By.cssSelector("#transfer-moe-code input")).sendKeys(receivingCode);
            browser.driver.findElement(By.cssSelector("#transfer-reason textarea")).sendKeys("搬家（家長工作調動）");
            browser.driver.findElement(By.id("transfer-record")).click();
            browser.waitForText(By.id("transfers-outgoing"), "待報到");
            assertTrue(browser.driver.findElement(By.id("transfers-outgoing")).getText().contains("最遲報到日"),
                    "New Taipei's deadline shows");
            scrollTo(browser, "transfers-outgoing");
            browser.screenshot("transfer-out");
            browser.resize(390, 844);
            browser.open("/transfers");
            browser.waitForText(By.id("transfers-outgoing"), "待報到");
            assertEquals(0, browser.sidewaysScroll(), "the phone page fits its width");
            scrollTo(browser, "transfers-outgoing");
            browser.screenshot("transfer-out-phone");
        }
        List<JsonObject> out = sending.get("/api/v1/transfers/outgoing").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("studentName").equals("林○安")).toList();
        assertEquals(1, out.size());
        assertEquals(receivingCode, out.get(0).getString("toMoeCode"));
        long transferId = out.get(0).getJsonNumber("id").longValue();

        try (Browser browser = new Browser()) {
            browser.resize(1400, 900);
            browser.login(username(receiving), Onboarding.PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.resize(390, 844);
            browser.open("/transfers");
            WebElement card = browser.waitFor(By.id("transfer-" + transferId));
            assertTrue(card.getText().contains("林○安"), card.getText());
            browser.screenshot("transfer-confirm-phone");
            browser.driver.findElement(By.id("transfer-confirm-" + transferId)).click();
            browser.waitFor(By.id("transfer-arrived-on"));
            browser.driver.findElement(By.id("transfer-confirm-send")).click();
            browser.waitForText(By.id("transfer-" + transferId), "已報到");
            browser.resize(1400, 900);
            browser.open("/transfers");
            browser.waitForText(By.id("transfer-" + transferId), "已報到");
            browser.screenshot("transfer-confirm");
        }
        assertEquals("ARRIVED", sending.get("/api/v1/transfers/outgoing").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getJsonNumber("id").longValue() == transferId)
                .findFirst().orElseThrow().getString("status"));
        assertEquals(404, receiving.get("/api/v1/students/" + student).status(), "only the handshake crossed");

        try (Browser browser = new Browser()) {
            browser.resize(1400, 900);
            browser.login("ty-bureau", Api.DEMO_PASSWORD);
            browser.waitForText(By.id("header-school"), "桃園市");
            // The landing page: the inbox in brief above the county's picture, the filing among the newest.
            WebElement landing = browser.waitFor(By.cssSelector(
                    "#landing-bureau-inbox .landing-inbox-filing[data-filing='" + filingId + "']"));
            assertTrue(landing.getText().contains("中輟通報函"), landing.getText());
            assertTrue(Long.parseLong(browser.driver.findElement(By.id("landing-inbox-awaiting"))
                    .getAttribute("data-count")) >= 1, "the filing awaits the bureau");
            browser.screenshot("bureau-landing-1400");
            browser.resize(390, 844);
            browser.open("/");
            browser.waitFor(By.cssSelector("#landing-bureau-inbox .landing-inbox-filing[data-filing='" + filingId + "']"));
            assertEquals(0, browser.sidewaysScroll(), "the phone landing page fits its width");
            browser.screenshot("bureau-landing-390");
            browser.resize(1400, 900);
            landing = browser.waitFor(By.cssSelector(".landing-inbox-filing[data-filing='" + filingId + "']"));
            landing.click();
            browser.waitForUrlEnding("/bureau/filings");
            WebElement card = browser.waitFor(By.id("filing-" + filingId));
            assertTrue(card.getText().contains("中輟通報函"), card.getText());
            browser.screenshot("bureau-inbox");
            browser.resize(390, 844);
            browser.open("/bureau/filings");
            browser.waitFor(By.id("filing-" + filingId));
            assertEquals(0, browser.sidewaysScroll(), "the phone page fits its width");
            browser.screenshot("bureau-inbox-phone");
            browser.driver.findElement(By.id("filing-acknowledge-" + filingId)).click();
            browser.waitForText(By.tagName("vaadin-notification-card"), "已收件備查");
            browser.driver.findElement(By.id("filings-filter-ACKNOWLEDGED")).click();
            browser.waitForText(By.id("filing-" + filingId), "已收件備查");
            browser.screenshot("bureau-inbox-acknowledged-phone");
        }
        assertEquals("ACKNOWLEDGED", filer.get("/api/v1/filings/" + filingId).json().getString("status"));

        // Returning a filing asks why: sending no reason shows the service's words on the field.
        try (Browser browser = new Browser()) {
            browser.resize(1400, 900);
            browser.login("ty-bureau", Api.DEMO_PASSWORD);
            browser.waitForText(By.id("header-school"), "桃園市");
            browser.open("/bureau/filings");
            browser.waitFor(By.id("filing-return-" + returnedId)).click();
            browser.waitFor(By.id("filing-return-reason"));
            browser.driver.findElement(By.id("filing-return-send")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("filing-return-reason")).getAttribute("invalid") != null);
            assertTrue(browser.driver.findElement(By.id("filing-return-reason")).getText().contains("退回時請說明理由"));
            browser.screenshot("bureau-inbox-return-dialog");
            browser.resize(390, 844);
            browser.driver.findElement(By.id("filing-return-reason")).findElement(By.cssSelector("textarea"))
                    .sendKeys("請補附家長聯繫紀錄");
            browser.screenshot("bureau-inbox-return-dialog-phone");
            browser.driver.findElement(By.id("filing-return-send")).click();
            browser.waitForText(By.tagName("vaadin-notification-card"), "已退回");
        }
        JsonObject returned = filer.get("/api/v1/filings/" + returnedId).json();
        assertEquals("RETURNED", returned.getString("status"), returned.toString());
    }

    /** The bureau filing of the student's open case's TY-D4-REPORT letter, completed by the school. */
    private static long filingOfLetter(Api filer, long student) {
        long caseId = filer.get("/api/v1/cases?status=OPEN&studentId=" + student).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject letter = filer.get("/api/v1/cases/" + caseId + "/tasks").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.containsKey("produces") && !t.isNull("produces")
                        && "COMMITTEE_ORIGINAL_LETTER".equals(t.getString("produces"))).findFirst().orElseThrow();
        assertEquals(200, filer.post("/api/v1/tasks/" + letter.getJsonNumber("id") + "/complete",
                "{\"note\":\"正本函報中壢區強迫入學委員會，副本教育局\",\"version\":" + letter.getInt("version") + "}")
                .status());
        return filer.get("/api/v1/filings/tasks/" + letter.getJsonNumber("id")).json().getJsonNumber("id").longValue();
    }

    private static void scrollTo(Browser browser, String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    private static String username(Api school) {
        return school.get("/api/v1/me").json().getString("username");
    }
}
