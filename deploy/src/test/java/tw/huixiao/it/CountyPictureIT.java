package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;

/**
 * Issue 20 §1, §2, §4, §6: a county bureau's picture of its county. Two fresh Taoyuan schools (one
 * remote) and a Yunlin school beside the demo data; the Taoyuan school has three students on the
 * dropout ladder (TW-DROPOUT at day 3) and four at-risk cases opened by hand (TY-AT-RISK), two weeks
 * later with overdue duties. The Taoyuan bureau reads its county and nothing of Yunlin's by the API,
 * the UI's lists, the exports and directly in PostgreSQL as the application role with the bureau's
 * binding; every number equals the list behind it; the export hides 1–5 so that no hidden cell
 * comes back by subtraction; monthly statistics are generated once per county and month.
 */
class CountyPictureIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final Api TY_BUREAU = Api.as("ty-bureau");
    private static final Api YL_BUREAU = Api.as("yl-bureau");
    /** Codes derived from the class, so reruns on a fresh database never collide with another test's. */
    private static final int CODE = 950000 + Math.floorMod(CountyPictureIT.class.getSimpleName().hashCode(), 4000) * 10;

    private static long taoyuanSchool;
    private static long remoteSchool;
    private static long yunlinSchool;
    private static Api principal;

    @BeforeAll
    static void twoCountiesWithCases() {
        taoyuanSchool = school(CODE + 1, "TAOYUAN", "縣市概況區", false);
        remoteSchool = school(CODE + 2, "TAOYUAN", "縣市概況區", true);
        yunlinSchool = school(CODE + 3, "YUNLIN", "縣市概況鄉", false);
        Api office = account(taoyuanSchool, "cp-office-" + CODE, "\"REGISTRAR\",\"COUNSELING\",\"STUDENT_AFFAIRS\"");
        principal = account(taoyuanSchool, "cp-principal-" + CODE, "\"PRINCIPAL\"");
        Api yunlinOffice = account(yunlinSchool, "cp-yl-office-" + CODE, "\"REGISTRAR\",\"COUNSELING\",\"STUDENT_AFFAIRS\"");
        Escalations.semester(office, 114, 2, "2026-02-23", "2026-06-30");
        List<Long> students = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            students.add(Fixtures.student(office, i == 0));
        }
        Fixtures.student(yunlinOffice, false);
        Map<Long, String> absent = new LinkedHashMap<>();
        students.subList(0, 3).forEach(s -> absent.put(s, "曠課"));
        Escalations.day(office, "2026-03-02", absent);
        Escalations.day(office, "2026-03-03", absent);
        Escalations.day(office, "2026-03-04", absent);
        for (long s : students.subList(4, 8)) {
            Api.Reply opened = office.post("/api/v1/cases", """
                    {"studentId":%d,"categoryId":"TY-AT-RISK","note":"縣市概況測試"}""".formatted(s));
            assertEquals(201, opened.status(), opened.toString());
        }
        Escalations.dailyRun("2026-03-16", "07:00");
        Fixtures.clock("2026-03-16T10:00:00+08:00");
    }

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aBureauReadsItsCountyOnlyAndEveryNumberEqualsItsList() throws Exception {
        JsonObject picture = TY_BUREAU.get("/api/v1/county-picture").json();
        assertEquals("TAOYUAN", picture.getString("county"));
        Map<Long, JsonObject> schools = new LinkedHashMap<>();
        picture.getJsonArray("schools").forEach(s -> schools.put(s.asJsonObject().getJsonNumber("schoolId").longValue(),
                s.asJsonObject()));
        assertTrue(schools.containsKey(taoyuanSchool) && schools.containsKey(remoteSchool), schools.keySet().toString());
        assertFalse(schools.containsKey(yunlinSchool), "another county's school is not in the picture");
        JsonObject own = schools.get(taoyuanSchool);
        assertEquals(12, own.getInt("enrolled"));
        assertEquals(3, own.getInt("dropouts"), own.toString());
        assertTrue(own.getInt("open") >= 7, "3 dropouts and 4 at-risk cases: " + own);
        assertTrue(own.getInt("overdue") > 0, own.toString());

        // Every number and the list behind it (TW-DROPOUT, TY-AT-RISK, the overdue ladder steps).
        JsonObject totals = picture.getJsonObject("totals");
        assertEquals(totals.getInt("open"), list(TY_BUREAU, "cases?measure=OPEN").size());
        assertEquals(totals.getInt("dropouts"), list(TY_BUREAU, "cases?measure=DROPOUTS").size());
        assertEquals(totals.getInt("reEnrolled"), list(TY_BUREAU, "cases?measure=RE_ENROLLED").size());
        assertEquals(totals.getInt("longAbsence"), list(TY_BUREAU, "cases?measure=LONG_ABSENCE").size());
        assertEquals(totals.getInt("overdue"), list(TY_BUREAU, "duties?measure=OVERDUE").size());
        JsonArray reports = list(TY_BUREAU, "duties?measure=REPORTS_OVERDUE");
        assertEquals(totals.getInt("reportsOverdue"), reports.size());
        assertEquals(totals.getInt("schoolsWithReportOverdue"), reports.stream()
                .map(d -> d.asJsonObject().getJsonNumber("schoolId").longValue()).distinct().count());
        for (String measure : List.of("OPEN", "DROPOUTS", "LONG_ABSENCE")) {
            String key = measure.equals("OPEN") ? "open" : measure.equals("DROPOUTS") ? "dropouts" : "longAbsence";
            assertEquals(own.getInt(key), list(TY_BUREAU, "cases?measure=" + measure + "&school=" + taoyuanSchool).size(),
                    measure);
        }
        assertEquals(own.getInt("overdue"), list(TY_BUREAU, "duties?measure=OVERDUE&school=" + taoyuanSchool).size());
        for (JsonValue c : picture.getJsonArray("openByCategory")) {
            JsonObject category = c.asJsonObject();
            for (Map.Entry<String, JsonValue> state : category.getJsonObject("byState").entrySet()) {
                assertEquals(((jakarta.json.JsonNumber) state.getValue()).longValue(), list(TY_BUREAU,
                        "cases?measure=OPEN&categoryId=" + category.getString("categoryId") + "&state=" + state.getKey())
                        .size(), category.getString("categoryId") + " " + state.getKey());
            }
        }
        for (JsonValue s : picture.getJsonArray("overdueBySteps")) {
            JsonObject step = s.asJsonObject();
            assertEquals(step.getInt("count"), list(TY_BUREAU, "duties?measure=OVERDUE&ruleId=" + step.getString("ruleId"))
                    .size(), step.getString("ruleId"));
        }
        // Names only where the dropout report sends them; everything else is counts.
        JsonArray dropouts = list(TY_BUREAU, "cases?measure=DROPOUTS&school=" + taoyuanSchool);
        assertTrue(dropouts.stream().allMatch(d -> d.asJsonObject().getString("studentName").contains("○")));
        assertTrue(list(TY_BUREAU, "cases?measure=OPEN&school=" + taoyuanSchool).stream()
                .allMatch(d -> !d.asJsonObject().containsKey("studentName") || d.asJsonObject().isNull("studentName")),
                "open cases are counts, no names (JSON-B leaves nulls out)");
        // Filters: the remote-area school alone.
        JsonObject remote = TY_BUREAU.get("/api/v1/county-picture?remoteArea=true&district="
                + java.net.URLEncoder.encode("縣市概況區", java.nio.charset.StandardCharsets.UTF_8)).json();
        assertEquals(1, remote.getJsonArray("schools").size(), remote.toString());
        assertEquals(remoteSchool, remote.getJsonArray("schools").getJsonObject(0).getJsonNumber("schoolId").longValue());
        assertEquals(400, TY_BUREAU.get("/api/v1/county-picture?level=HIGH").status());

        // Another county by any path: its lists, its school's id, the export — nothing.
        assertEquals(0, list(TY_BUREAU, "cases?measure=OPEN&school=" + yunlinSchool).size());
        assertEquals(0, list(YL_BUREAU, "cases?measure=OPEN&school=" + taoyuanSchool).size());
        assertEquals(0, list(YL_BUREAU, "duties?measure=OVERDUE&school=" + taoyuanSchool).size());
        assertFalse(YL_BUREAU.get("/api/v1/county-picture").body().contains(String.valueOf(CODE + 1)));
        assertFalse(YL_BUREAU.get("/api/v1/county-picture/export?format=csv").body().contains(String.valueOf(CODE + 1)));
        assertEquals(403, principal.get("/api/v1/county-picture").status(), "the picture is the bureau's");
        assertEquals(403, principal.get("/api/v1/county-picture/cases?measure=OPEN").status());
        assertEquals(400, TY_BUREAU.get("/api/v1/county-picture/cases?measure=OVERDUE").status());

        // In PostgreSQL, as the application role with each bureau's binding.
        assertEquals(12, studentsSeen("TAOYUAN", taoyuanSchool));
        assertEquals(0, studentsSeen("YUNLIN", taoyuanSchool));
        assertEquals(0, studentsSeen("TAOYUAN", yunlinSchool));
    }

    @Test
    void theExportHidesSmallNumbersSoThatNoneComesBackBySubtraction() {
        Api.Reply export = TY_BUREAU.get("/api/v1/county-picture/export?format=csv");
        assertEquals(200, export.status(), export.toString());
        List<CSVRecord> rows = csv(export.body());
        List<String> header = rows.get(0).toList();
        assertEquals("學校代碼", header.get(0).replace("\uFEFF", ""));
        CSVRecord own = rows.stream().filter(r -> r.get(0).equals(String.valueOf(CODE + 1))).findFirst().orElseThrow();
        assertEquals("*", own.get(header.indexOf("本學期中輟")), "3 dropouts are hidden: " + own);
        CSVRecord total = rows.stream().filter(r -> r.get(1).equals("全縣市合計")).findFirst().orElseThrow();
        for (int column = 3; column < header.size(); column++) {
            int hidden = 0;
            for (CSVRecord r : rows.subList(1, rows.indexOf(total))) {
                String cell = r.get(column);
                if (cell.equals("*")) {
                    hidden++;
                } else {
                    long v = Long.parseLong(cell);
                    assertFalse(v >= 1 && v <= 5, "a small number left the county: " + r);
                }
            }
            boolean totalHidden = total.get(column).equals("*");
            assertTrue(hidden == 0 || hidden + (totalHidden ? 1 : 0) >= 2,
                    header.get(column) + ": a lone hidden cell would come back as the total minus the rest");
        }
    }

    @Test
    void monthlyStatisticsAreGeneratedOncePerCountyAndMonth() throws Exception {
        // 2026-02-02 is February's first working day (the journey below uses March); a second call,
        // or a later day, adds nothing.
        Api.Reply first = ADMIN.post("/api/v1/admin/monthly-statistics?date=2026-02-02", "");
        assertEquals(200, first.status(), first.toString());
        assertTrue(first.body().contains("TAOYUAN"), first.toString());
        assertEquals("[]", ADMIN.post("/api/v1/admin/monthly-statistics?date=2026-02-02", "").body());
        assertEquals("[]", ADMIN.post("/api/v1/admin/monthly-statistics?date=2026-02-16", "").body());
        // 1 April 2026 concurrently from four clients (each its own HTTP/1.1 connection, as four
        // nodes' schedulers would be): each county generated by exactly one.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(pool.submit(() -> HttpClient.newBuilder().sslContext(TestTls.CONTEXT).version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/admin/monthly-statistics?date=2026-04-01"))
                            .timeout(Duration.ofSeconds(120)).header("Authorization", "Basic " + Base64.getEncoder()
                                    .encodeToString("platform-admin:huixiao-demo".getBytes(StandardCharsets.UTF_8)))
                            .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))));
        }
        List<String> generated = new ArrayList<>();
        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> reply = call.get();
            assertEquals(200, reply.statusCode(), reply.body());
            jakarta.json.Json.createReader(new StringReader(reply.body())).readArray()
                    .forEach(c -> generated.add(((jakarta.json.JsonString) c).getString()));
        }
        pool.shutdown();
        assertEquals(new HashSet<>(generated).size(), generated.size(), "each county once: " + generated);
        assertTrue(generated.contains("TAOYUAN"), generated.toString());

        assertTrue(TY_BUREAU.get("/api/v1/monthly-statistics").body().contains("2026-02"));
        assertTrue(principal.get("/api/v1/monthly-statistics").body().contains("2026-02"), "the county's schools read it");
        JsonObject february = principal.get("/api/v1/monthly-statistics/2026-02").json();
        assertEquals("TAOYUAN", february.getString("county"));
        assertFalse(YL_BUREAU.get("/api/v1/monthly-statistics/2026-02").body().contains(String.valueOf(CODE + 1)),
                "Yunlin's statistics hold nothing of Taoyuan");
        Api.Reply csv = TY_BUREAU.get("/api/v1/monthly-statistics/2026-02/export?format=csv");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.body().contains("*"), "small numbers hidden");
        assertEquals(403, Api.as("ty-registrar").get("/api/v1/monthly-statistics").status());
        assertEquals(1, count("SELECT count(*) FROM county_monthly_statistics WHERE county = 'TAOYUAN' "
                + "AND month = DATE '2026-02-01'", "TAOYUAN"));
    }

    /** The bureau officer's journey in zh-TW at 1400 px and 390×844: landing, a number, its list, the export. */
    @Test
    void bureauOfficerFollowsANumberToItsListAndExportsTheMonthlyStatistics() {
        ADMIN.post("/api/v1/admin/monthly-statistics?date=2026-03-02", "");
        // One browser, signed out between the visits (a new session each).
        try (Browser browser = new Browser()) {
            for (Dimension size : List.of(new Dimension(1400, 1000), new Dimension(390, 844))) {
                String suffix = "-" + size.getWidth();
                browser.signOut();
                browser.driver.manage().window().setSize(size);
                browser.login("ty-bureau", Api.DEMO_PASSWORD);
                WebElement panel = browser.waitFor(By.id("county-picture"));
                browser.waitFor(By.id("landing-bureau-inbox"));
                assertTrue(panel.getText().contains("全縣市概況"), panel.getText());
                assertEquals(3, panel.findElements(By.cssSelector("svg")).size(), "three monthly charts");
                Object overflow = ((JavascriptExecutor) browser.driver).executeScript(
                        "const l = document.getElementById('landing'); return l.scrollWidth - l.clientWidth;");
                assertTrue(((Number) overflow).longValue() <= 1, "the landing page fits: " + overflow);
                browser.screenshot("county-bureau-landing" + suffix);
                WebElement open = browser.waitFor(By.id("county-total-open"));
                long shown = Long.parseLong(open.getAttribute("data-count"));
                browser.driver.get(open.getAttribute("href"));
                WebElement count = browser.waitFor(By.id("county-list-count"));
                assertEquals(shown, Long.parseLong(count.getAttribute("data-count")), "the number and its list");
                browser.screenshot("county-bureau-drilldown" + suffix);
                browser.open("/county/list?measure=DROPOUTS&school=" + taoyuanSchool);
                assertEquals(3, Long.parseLong(browser.waitFor(By.id("county-list-count")).getAttribute("data-count")));
                browser.open("/county/monthly");
                browser.waitFor(By.id("monthly-schools"));
                WebElement csv = browser.waitFor(By.id("monthly-csv"));
                assertTrue(csv.getAttribute("href").contains("/api/v1/monthly-statistics/2026-"), csv.getAttribute("href"));
                browser.screenshot("county-bureau-monthly" + suffix);
            }
            browser.signOut();
            browser.driver.manage().window().setSize(new Dimension(1366, 900));
            browser.login("yl-bureau", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("county-picture"));
            browser.open("/county/list?measure=OPEN&school=" + taoyuanSchool);
            browser.await().until(d -> !d.findElements(By.id("county-list-count"))
                    .isEmpty());
            assertEquals("0", browser.driver.findElement(By.id("county-list-count")).getAttribute("data-count"),
                    "another county's school through the UI's list: nothing");
        }
    }

    private static JsonArray list(Api bureau, String path) {
        Api.Reply reply = bureau.get("/api/v1/county-picture/" + path);
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray();
    }

    private static List<CSVRecord> csv(String body) {
        try {
            return CSVFormat.EXCEL.parse(new StringReader(body)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long studentsSeen(String county, long school) throws Exception {
        return count("SELECT count(*) FROM student WHERE tenant_id = " + school, county);
    }

    /** A count as the application role, with a bureau's binding (app.county), in one transaction. */
    private static long count(String sql, String county) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getenv("HUIXIAO_DB_URL"),
                System.getenv("HUIXIAO_DB_APP_USER"), System.getenv("HUIXIAO_DB_APP_PASSWORD"))) {
            db.setAutoCommit(false);
            db.createStatement().execute("SET search_path = " + SchemaMigrator.SCHEMA);
            try (PreparedStatement bind = db.prepareStatement("SELECT set_config('app.county', ?, true)")) {
                bind.setString(1, county);
                bind.execute();
            }
            try (ResultSet r = db.createStatement().executeQuery(sql)) {
                r.next();
                long n = r.getLong(1);
                db.rollback();
                return n;
            }
        }
    }

    private static long school(int moeCode, String county, String district, boolean remote) {
        Api.Reply created = ADMIN.post("/api/v1/admin/schools", """
                {"moeCode":"%d","name":"縣市概況測試國民中學%d","county":"%s","level":"JUNIOR_HIGH","district":"%s",
                 "remoteArea":%s,"address":"示範路 1 號","phone":"03-0000000"}""".formatted(moeCode, moeCode % 10, county,
                district, remote));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private static Api account(long schoolId, String username, String roles) {
        Api.Reply account = ADMIN.post("/api/v1/admin/schools/" + schoolId + "/accounts", """
                {"username":"%s","displayName":"概○員","password":"%s","roles":[%s]}"""
                .formatted(username, Onboarding.PASSWORD, roles));
        assertEquals(201, account.status(), account.toString());
        return Api.as(username, Onboarding.PASSWORD);
    }
}
