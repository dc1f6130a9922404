package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Print buttons in a real browser (issue 9): the New Taipei counsellor opens a case and finds
 * its print links — the blank 個案關懷卡 prefilled from the case opens as a PDF through the UI's
 * own login session (no API credentials), logged as the UI — and the case list's CSV and Excel
 * links download the list the same way, following its filter (the cases not closed, then the
 * closed ones only).
 */
class PrintJourneyIT {

    @Test
    void theCaseWorkspaceAndTheCaseListOfferPrintsThatOpenThroughTheSession() throws Exception {
        Api counsellor = Api.as("nt-counseling");
        long student = Fixtures.student(Api.as("nt-registrar"), false);
        long caseId = Casework.openCase(counsellor, student, "TW-DROPOUT");

        try (Browser browser = new Browser()) {
            browser.login("nt-counseling", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/case/" + caseId);
            browser.waitForText(By.id("print-links"), "個案關懷卡");
            WebElement card = browser.waitFor(By.id("print-blank-NT-CASE-CARE-CARD"));
            assertEquals("_blank", card.getAttribute("target"));
            String href = card.getAttribute("href");
            assertTrue(href.endsWith("/api/v1/cases/" + caseId + "/forms/NT-CASE-CARE-CARD/pdf"), href);
            browser.screenshot("30-case-print-links");

            String session = cookies(browser);
            HttpResponse<byte[]> pdf = Pdfs.fetchWithCookies(href, session);
            String text = Pdfs.text(Pdfs.load(pdf, null));
            assertTrue(text.contains("個案關懷卡") && text.contains("林○安"), text);
            assertEquals(401, Pdfs.fetchWithCookies(href, "").statusCode(), "without the session: not logged in");

            // The export links ask for what the list shows: by default the cases not closed…
            browser.open("/cases");
            WebElement export = browser.waitFor(By.id("cases-export-csv"));
            String open = export.getAttribute("href");
            assertTrue(open.contains("format=csv&state=OPEN&state=REPORTED&") && !open.contains("CLOSED"), open);
            HttpResponse<byte[]> csv = Pdfs.fetchWithCookies(open, session);
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains(caseId + ",林○安"), "the case is listed");
            // …and, once the state filter says closed, the closed ones only: the open case is no longer exported.
            browser.pick("cases-state", "已結案");
            browser.await().until(d ->
                    d.findElement(By.id("cases-export-csv")).getAttribute("href").endsWith("format=csv&state=CLOSED"));
            assertTrue(browser.driver.findElement(By.id("cases-export-xlsx")).getAttribute("href")
                    .endsWith("/api/v1/cases/export?format=xlsx&state=CLOSED"));
            browser.screenshot("31-case-list-export-closed");
            HttpResponse<byte[]> closed = Pdfs.fetchWithCookies(
                    browser.driver.findElement(By.id("cases-export-csv")).getAttribute("href"), session);
            assertEquals(200, closed.statusCode());
            assertFalse(new String(closed.body(), StandardCharsets.UTF_8).contains(caseId + ",林○安"),
                    "the open case is not among the closed ones");
        }
        List<String> log = counsellor.get("/api/v1/cases/" + caseId + "/access-log").structure().asJsonArray().stream()
                .map(e -> e.asJsonObject().getString("action") + " " + e.asJsonObject().getString("channel")).toList();
        assertTrue(log.contains("PRINT_BLANK UI"), "the print from the browser is logged as the UI: " + log);
    }

    private static String cookies(Browser browser) {
        return browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }
}
