package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import static tw.huixiao.it.IspFixtures.threeVisits;
import static tw.huixiao.it.IspFixtures.teachers;
import static tw.huixiao.it.IspFixtures.TEAM;
import static tw.huixiao.it.IspFixtures.DRAFT;

/**
 * Tainan's ISP over HTTP (issue 7 items 1–2; seed 004) at the remote-area junior high that
 * Onboarding creates: a timetable conflict refused naming the cell; a draft whose budget is
 * computed from the plan — 2 external periods a week × 18 weeks × 450, tracking visits at their
 * distance bands, 5 months of administration, materials and the premium; no miscellany, since the
 * draft asks for none (TN-F-MISC: never silently its cap) — with
 * its violations listed by rule id (3 visits a day, TN-F-TRACKER; over the cap, TN-F-CAP); the
 * over-cap draft kept but refused on submit (pointing to 多元教育輔導措施); a fundable revision
 * submitted, approved by the principal, filed with the bureau (completing the filing task) and
 * completed — the expense statement then due within a month (TN-REPORT); another case's plan
 * refused for the same teacher at the same time; POST /funding/validate for this school and a
 * non-remote elementary school, whose own plan is computed at 400 a period and 1,000 an hour, the
 * psychologist's 5 periods of 40 minutes being 3.33 hours, and breaks the 3,200 daily cap every
 * Wednesday — one TN-F-DAILY-CAP finding listing the 4 Wednesdays, shown so in the budget panel at 1400
 * and 390 px; every read, write and refusal in the case's access log.
 */
class IspIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aTainanIspFromTimetableToExpenseStatement() {
        Fixtures.clock("2026-03-02T10:00:00+08:00");
        Casework.School school = Casework.school("TAINAN", "isp");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "張○華 校長");
        Casework.Staff otherTeacher = Casework.staff(school, "HOMEROOM_TEACHER", "黃○美 導師");
        long student = Casework.student(school.office(), "2012-05-01", 8);
        long classmate = Fixtures.student(school.office(), false);
        long caseId = Casework.openCase(school.office(), student, "TW-DROPOUT");
        String isps = "/api/v1/cases/" + caseId + "/isps";
        Api.Reply meeting = school.office().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"NEEDS_ASSESSMENT","ruleId":"TN-MEETINGS","heldOn":"2026-03-02","chairUserId":%d,
                 "minutes":"個案需求評估第1次會議（測試資料）"}""".formatted(principal.userId()));
        assertEquals(201, meeting.status(), meeting.toString());
        long meetingId = Casework.id(meeting);

        // A student in two cells at once and a teacher teaching two cells at once: refused, naming the cells.
        Api.Reply conflicting = school.office().post(isps, """
                {"term":{"label":"114學年度第二學期","startsOn":"2026-03-02","weeks":18},%s,"needsMeetingIds":[%d],%s,
                 "timetable":[
                   {"day":"MONDAY","period":"3","course":"烘焙","teacher":"陳○華","studentIds":[%d]},
                   {"day":"MONDAY","period":"4","course":"烘焙","teacher":"陳○華","studentIds":[%d]},
                   {"day":"MONDAY","period":"3","course":"法治教育","teacher":"林○文","studentIds":[%d]},
                   {"day":"MONDAY","period":"4","course":"點心製作","teacher":"陳○華","studentIds":[%d]}]}"""
                .formatted(TEAM, meetingId, teachers("null"), student, student, student, classmate));
        assertEquals(400, conflicting.status(), conflicting.toString());
        List<String> conflicts = errors(conflicting);
        assertEquals(List.of(
                "timetable[2] 星期一 第3節：學生 王○明 已排在第 1 格【烘焙】，不能同時在【法治教育】 (a student cannot be in two "
                        + "cells at once: MONDAY period 3, already in cell 1)",
                "timetable[3] 星期一 第4節：陳○華 已在第 2 格教【烘焙】，不能同時教【點心製作】 (a teacher cannot teach two "
                        + "cells at once: MONDAY period 4, already in cell 2)"), conflicts);
        assertEquals(0, school.office().get(isps).structure().asJsonArray().size(), "nothing stored");

        // The draft: 2 external periods a week for 18 weeks, three tracking visits on one day, 5 months of administration.
        String threeVisits = threeVisits(student, classmate);
        Api.Reply created = school.office().post(isps, DRAFT.formatted(18, TEAM, meetingId, teachers("null"), student,
                student, threeVisits, "", 0));
        assertEquals(201, created.status(), created.toString());
        JsonObject plan = created.json();
        long ispId = Casework.id(created);
        assertEquals("DRAFT", plan.getString("state"));
        JsonObject budget = plan.getJsonObject("budget");
        assertEquals("tainan 1.0.0", budget.getString("module"));
        assertTrue(budget.getBoolean("remoteArea"));
        assertEquals(List.of(
                "EXTERNAL_TEACHER TN-F-EXTERNAL 陳○華 36 × 450 = 16200",    // 2 periods × 18 weeks × 450 (國中)
                "TRACKING_COUNSELLOR TN-F-TRACKER 林○○ 1 × 675 = 675",       // < 30 km
                "TRACKING_COUNSELLOR TN-F-TRACKER 林○○ 1 × 1000 = 1000",     // 30–50 km
                "TRACKING_COUNSELLOR TN-F-TRACKER 林○○ 1 × 1450 = 1450",     // ≥ 50 km
                "ADMINISTRATION TN-F-ADMIN - 5 × 1000 = 5000",               // March–July
                "MATERIALS TN-F-MATERIAL - 1 × 2000 = 2000",
                "NHI_SUPPLEMENTARY_PREMIUM TN-F-NHI - 1 × 342 = 342"),       // 16,200 × 2.11 % = 341.82
                lines(budget));                                              // TN-F-MISC: none asked, none
        assertEquals(16200, budget.getJsonNumber("hourlyFees").intValue());
        assertEquals(26667, budget.getJsonNumber("total").intValue());
        assertEquals(List.of(
                "TN-F-CAP 本案經費 26,667 元超過每案 20,000 元上限；請改循多元教育輔導措施申請（TN-F-CAP）",
                "TN-F-TRACKER 追蹤輔導員 林○○ 每日限訪 2 案，1 日超過：115/3/4（3 案）（TN-F-TRACKER）"), violations(budget));
        assertFalse(budget.getBoolean("fundable"));
        // The teacher-source table, and each student's own timetable derived from the timetable.
        JsonObject baker = plan.getJsonArray("teachers").getJsonObject(0);
        assertEquals("外聘", baker.getJsonObject("source").getString("zhTw"));
        assertEquals(List.of("烘焙"), strings(baker, "courses"));
        assertTrue(baker.getBoolean("registryChecked"));
        assertEquals("2026-02-25", baker.getString("registryCheckedOn"));
        JsonObject own = plan.getJsonArray("studentTimetables").getJsonObject(0);
        assertEquals(student, own.getJsonNumber("studentId").longValue());
        assertEquals(List.of("烘焙", "*", "*", "*", "*"), strings(own.getJsonArray("rows").getJsonObject(2), "days"));
        assertEquals("LUNCH", own.getJsonArray("rows").getJsonObject(4).getString("period"));
        assertEquals(1, plan.getJsonArray("needsMeetings").getJsonObject(0).getInt("number"));

        // Over the cap: kept as a draft, refused on submit, pointing to the 多元教育輔導措施 route.
        Api.Reply overCap = school.office().post(isps + "/" + ispId + "/submit", "{\"version\":0}");
        assertEquals(409, overCap.status(), overCap.toString());
        assertEquals("TN-F-CAP", overCap.json().getString("ruleId"));
        assertTrue(overCap.json().getString("detail").contains("多元教育輔導措施"), overCap.body());
        assertTrue(errors(overCap).stream().anyMatch(e -> e.startsWith("budget ") && e.contains("TN-F-TRACKER")),
                overCap.body());
        assertEquals("DRAFT", school.office().get(isps + "/" + ispId).json().getString("state"));

        // The revision: 14 weeks, one visit, 3 months of administration, the miscellany asked for — fundable.
        String oneVisit = """
                {"date":"2026-03-04","counsellor":"林○○","studentId":%d,"distanceKm":35,"minutes":60}""".formatted(student);
        Api.Reply revised = school.office().put(isps + "/" + ispId, DRAFT.formatted(14, TEAM, meetingId,
                teachers("null"), student, student, oneVisit, ",\"administrationMonths\":3,\"miscellaneous\":300", 0));
        assertEquals(200, revised.status(), revised.toString());
        JsonObject fundable = revised.json().getJsonObject("budget");
        assertEquals(List.of(
                "EXTERNAL_TEACHER TN-F-EXTERNAL 陳○華 28 × 450 = 12600",
                "TRACKING_COUNSELLOR TN-F-TRACKER 林○○ 1 × 1000 = 1000",
                "ADMINISTRATION TN-F-ADMIN - 3 × 1000 = 3000",
                "MATERIALS TN-F-MATERIAL - 1 × 2000 = 2000",
                "NHI_SUPPLEMENTARY_PREMIUM TN-F-NHI - 1 × 266 = 266",        // 12,600 × 2.11 % = 265.86
                "MISCELLANEOUS TN-F-MISC - 1 × 300 = 300"), lines(fundable)); // 6 % × 5,000
        assertEquals(19166, fundable.getJsonNumber("total").intValue());
        assertEquals(List.of(), violations(fundable));
        assertTrue(fundable.getBoolean("fundable"));
        Api.Reply stale = school.office().put(isps + "/" + ispId, DRAFT.formatted(14, TEAM, meetingId, teachers("null"),
                student, student, oneVisit, "", 0));
        assertEquals(409, stale.status(), "a second edit from the same read: " + stale);
        // The stored draft is the first revision: its budget alone says the same.
        Api.Reply stored = school.office().get(isps + "/" + ispId + "/budget");
        assertEquals(200, stored.status(), stored.toString());
        assertEquals(19166, stored.json().getJsonNumber("total").intValue());

        // Another case's plan may not put the same teacher in the same period.
        long otherCase = Casework.openCase(school.office(), classmate, "TW-DROPOUT");
        Api.Reply clash = school.office().post("/api/v1/cases/" + otherCase + "/isps", """
                {"term":{"label":"114學年度第二學期","startsOn":"2026-03-09","weeks":4},
                 "teachers":[{"name":"陳○華","type":"EXTERNAL_TEACHER"}],
                 "timetable":[{"day":"MONDAY","period":"4","course":"點心製作","teacher":"陳○華","studentIds":[%d]}]}"""
                .formatted(classmate));
        assertEquals(400, clash.status(), clash.toString());
        assertEquals(List.of("timetable[0] 星期一 第4節：陳○華 已在個案 #" + caseId + " 的 ISP #" + ispId + "教【烘焙】，"
                + "不能同時教【點心製作】 (a teacher cannot teach two cells at once: MONDAY period 4, already in the ISP #"
                + ispId + " of case #" + caseId + ")"), errors(clash));

        // Submission by the counselling office, approval by the principal only.
        assertEquals(403, principal.api().post(isps + "/" + ispId + "/submit", "{\"version\":1}").status());
        Api.Reply submitted = school.office().post(isps + "/" + ispId + "/submit", "{\"version\":1}");
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals("SUBMITTED", submitted.json().getString("state"));
        assertEquals(409, school.office().put(isps + "/" + ispId, DRAFT.formatted(14, TEAM, meetingId, teachers("null"),
                student, student, oneVisit, "", 2)).status(), "a submitted plan is not edited");
        assertEquals(403, school.office().post(isps + "/" + ispId + "/approve", "{\"version\":2}").status());
        Api.Reply approved = principal.api().post(isps + "/" + ispId + "/approve", "{\"version\":2,\"note\":\"校內審查通過\"}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("state"));
        List<String> filing = taskLines(school.office(), caseId, "OPEN", "ISP_FILING_LETTER");
        assertEquals(1, filing.size(), filing.toString());
        assertTrue(filing.get(0).startsWith("TN-WHO COUNSELING "), filing.toString());

        // Filing with the bureau completes the filing task.
        Api.Reply filed = school.office().post(isps + "/" + ispId + "/file", """
                {"version":3,"filedOn":"2026-03-02","reference":"南市回校字第1150000123號"}""");
        assertEquals(200, filed.status(), filed.toString());
        assertEquals("FILED", filed.json().getString("state"));
        assertEquals(List.of(), taskLines(school.office(), caseId, "OPEN", "ISP_FILING_LETTER"));
        assertEquals(1, taskLines(school.office(), caseId, "DONE", "ISP_FILING_LETTER").size());

        // Completed on Monday 2026-06-08: the expense statement and results are due within a month (TN-REPORT).
        Fixtures.clock("2026-06-09T09:00:00+08:00");
        assertEquals(400, school.office().post(isps + "/" + ispId + "/complete",
                "{\"version\":4,\"completedOn\":\"2026-06-10\"}").status(), "not in the future");
        Api.Reply completed = school.office().post(isps + "/" + ispId + "/complete",
                "{\"version\":4,\"completedOn\":\"2026-06-08\",\"note\":\"課程辦理完畢\"}");
        assertEquals(200, completed.status(), completed.toString());
        assertEquals("COMPLETED", completed.json().getString("state"));
        assertEquals(List.of("TN-REPORT COUNSELING 2026-07-08 EXPENSE_STATEMENT"),
                taskLines(school.office(), caseId, "OPEN", "EXPENSE_STATEMENT"));
        assertEquals(List.of("null→DRAFT", "DRAFT→SUBMITTED", "SUBMITTED→APPROVED", "APPROVED→FILED", "FILED→COMPLETED"),
                completed.json().getJsonArray("history").stream().map(JsonValue::asJsonObject)
                        .map(h -> (!h.containsKey("from") || h.isNull("from") ? "null" : h.getString("from")) + "→" + h.getString("to")).toList());

        // Another class's homeroom teacher sees no such case.
        assertEquals(404, otherTeacher.api().get(isps + "/" + ispId).status());

        List<String> log = Casework.accessLog(principal.api(), caseId);
        String office = school.username();
        for (String row : List.of(office + " CREATE ISP ALLOWED", office + " UPDATE ISP ALLOWED",
                office + " READ ISP ALLOWED", office + " SUBMIT ISP DENIED", office + " SUBMIT ISP ALLOWED",
                principal.username() + " SUBMIT ISP DENIED", office + " APPROVE ISP DENIED",
                principal.username() + " APPROVE ISP ALLOWED", office + " FILE ISP ALLOWED", office + " COMPLETE TASK ALLOWED",
                office + " COMPLETE ISP ALLOWED", otherTeacher.username() + " READ_ISP CASE DENIED")) {
            assertTrue(log.contains(row), row + " in " + log);
        }
    }

    @Test
    void fundingValidateChecksTypedLinesForTheCallersSchool_andAnElementaryPlan() {
        Casework.School remote = Casework.school("TAINAN", "funding");
        Api.Reply checked = remote.office().post("/api/v1/funding/validate", """
                {"lines":[
                  {"itemKind":"EXTERNAL_TEACHER","payee":"陳○華","date":"2026-03-04","quantity":2,"unitAmount":500},
                  {"itemKind":"LICENSED_PROFESSIONAL","payee":"吳○君","date":"2026-03-04","quantity":4,"unitAmount":1100},
                  {"itemKind":"TRACKING_COUNSELLOR","payee":"林○○","date":"2026-03-04","quantity":1,"unitAmount":675,
                   "attributes":{"distanceKm":"12","minutes":"50"}},
                  {"itemKind":"TRACKING_COUNSELLOR","payee":"林○○","date":"2026-03-04","quantity":1,"unitAmount":675,
                   "attributes":{"distanceKm":"20","minutes":"50"}},
                  {"itemKind":"TRACKING_COUNSELLOR","payee":"林○○","date":"2026-03-04","quantity":1,"unitAmount":1000,
                   "attributes":{"distanceKm":"31","minutes":"45"}}]}""");
        assertEquals(200, checked.status(), checked.toString());
        JsonObject result = checked.json();
        assertEquals("JUNIOR_HIGH", result.getString("level"));
        assertTrue(result.getBoolean("remoteArea"));
        // 2 × 500 + 4 × 1,100 + 675 + 675 + 1,000
        assertEquals(7750, result.getJsonNumber("total").intValue());
        assertEquals(List.of(450, 1100, 675, 675, 1000), result.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .map(l -> l.getJsonNumber("allowedUnitAmount").intValue()).toList());
        assertEquals(List.of(
                "TN-F-EXTERNAL 外聘教師 國中 鐘點費 500 > 450（陳○華）（TN-F-EXTERNAL）",
                "TN-F-TRACKER 追蹤輔導員 林○○ 面談 45 分鐘，未達 50 分鐘（TN-F-TRACKER）",
                "TN-F-TRACKER 追蹤輔導員 林○○ 每日限訪 2 案，1 日超過：115/3/4（3 案）（TN-F-TRACKER）"), violations(result));
        assertFalse(result.getBoolean("fundable"));
        // The remote school's licensed rate and daily cap: 4 × 1,100 = 4,400 ≤ 4,800.

        Api.Reply unknown = remote.office().post("/api/v1/funding/validate", """
                {"lines":[{"itemKind":"CATERING","quantity":1,"unitAmount":100}]}""");
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.body().contains("lines[0].itemKind"), unknown.body());

        // A non-remote elementary school: 400 a period, 1,000 an hour, 3,200 a day.
        String moeCode = Unique.moeCode();
        Api.Reply created = Casework.ADMIN.post("/api/v1/admin/schools", """
                {"moeCode":"%s","name":"示範國民小學","county":"TAINAN","level":"ELEMENTARY","district":"東區",
                 "remoteArea":false,"address":"示範路 2 號","phone":"06-0000001"}""".formatted(moeCode));
        assertEquals(201, created.status(), created.toString());
        Casework.School elementary = new Casework.School(null, 0, null, created.json().getJsonNumber("id").longValue());
        Casework.Staff counsellor = Casework.staff(elementary, "COUNSELING", "蔡○婷 輔導主任");
        Api.Reply city = counsellor.api().post("/api/v1/funding/validate", """
                {"lines":[
                  {"itemKind":"EXTERNAL_TEACHER","payee":"陳○華","date":"2026-03-04","quantity":2,"unitAmount":450},
                  {"itemKind":"LICENSED_PROFESSIONAL","payee":"吳○君","date":"2026-03-04","quantity":4,"unitAmount":1000}]}""");
        assertEquals(200, city.status(), city.toString());
        assertEquals(List.of(
                "TN-F-EXTERNAL 外聘教師 國小 鐘點費 450 > 400（陳○華）（TN-F-EXTERNAL）",
                "TN-F-DAILY-CAP 吳○君 每日鐘點費上限 3,200 元，1 日超過（每日 4,000 元）：115/3/4（TN-F-DAILY-CAP）"),
                violations(city.json()));

        // The same school's plan: 2 dance periods on Tuesdays and 5 counselling periods (40 minutes) on Wednesdays for 4 weeks.
        Casework.Staff registrar = Casework.staff(elementary, "REGISTRAR", "許○安 註冊組長");
        long pupil = Casework.student(registrar.api(), "2016-05-01", 4);
        long pupilCase = Casework.openCase(counsellor.api(), pupil, "TW-DROPOUT");
        Api.Reply plan = counsellor.api().post("/api/v1/cases/" + pupilCase + "/isps", """
                {"term":{"label":"114學年度第二學期","startsOn":"2026-03-02","weeks":4},
                 "teachers":[{"name":"陳○華","type":"EXTERNAL_TEACHER"},{"name":"吳○君","type":"LICENSED_PROFESSIONAL"}],
                 "timetable":[
                   {"day":"TUESDAY","period":"5","course":"舞蹈","teacher":"陳○華","studentIds":[%1$d]},
                   {"day":"TUESDAY","period":"6","course":"舞蹈","teacher":"陳○華","studentIds":[%1$d]},
                   {"day":"WEDNESDAY","period":"1","course":"個別諮商","teacher":"吳○君","studentIds":[%1$d]},
                   {"day":"WEDNESDAY","period":"2","course":"個別諮商","teacher":"吳○君","studentIds":[%1$d]},
                   {"day":"WEDNESDAY","period":"3","course":"個別諮商","teacher":"吳○君","studentIds":[%1$d]},
                   {"day":"WEDNESDAY","period":"4","course":"個別諮商","teacher":"吳○君","studentIds":[%1$d]},
                   {"day":"WEDNESDAY","period":"5","course":"個別諮商","teacher":"吳○君","studentIds":[%1$d]}],
                 "extras":{"administrationMonths":0}}""".formatted(pupil));
        assertEquals(201, plan.status(), plan.toString());
        JsonObject budget = plan.json().getJsonObject("budget");
        assertFalse(budget.getBoolean("remoteArea"));
        assertEquals(List.of(
                "EXTERNAL_TEACHER TN-F-EXTERNAL 陳○華 8 × 400 = 3200",          // 2 × 4 weeks × 400 (國小)
                // TN-F-LICENSED per hour: 5 × 40 min = 3.33 h a Wednesday × 4 weeks × 1,000 (not remote)
                "LICENSED_PROFESSIONAL TN-F-LICENSED 吳○君 13.32 × 1000 = 13320",
                "NHI_SUPPLEMENTARY_PREMIUM TN-F-NHI - 1 × 349 = 349"),          // 16,520 × 2.11 % = 348.57
                lines(budget));
        assertEquals(16869, budget.getJsonNumber("total").intValue());
        // 3.33 h × 1,000 = 3,330 > 3,200 every Wednesday: one finding for the person, its days listed.
        assertEquals(List.of("TN-F-DAILY-CAP 吳○君 每日鐘點費上限 3,200 元，4 日超過（每日 3,330 元）："
                + "115/3/4、115/3/11、115/3/18、115/3/25（TN-F-DAILY-CAP）"), violations(budget));
        // The budget panel shows the one finding with its days, readable on a desktop and on a phone.
        long planId = plan.json().getJsonNumber("id").longValue();
        try (Browser browser = new Browser()) {
            browser.login(counsellor.username(), Onboarding.PASSWORD);
            browser.waitFor(By.id("header-school"));
            for (Dimension size : List.of(new Dimension(1400, 900), new Dimension(390, 844))) {
                browser.driver.manage().window().setSize(size);
                browser.open("/case/" + pupilCase + "/isp/" + planId);
                WebElement finding = browser.waitFor(By.cssSelector("#isp-violations .isp-violation[data-rule='TN-F-DAILY-CAP']"));
                ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});", finding);
                assertTrue(finding.getText().contains("4 日超過（每日 3,330 元）：115/3/4、115/3/11、115/3/18、115/3/25"),
                        finding.getText());
                assertEquals(1, browser.driver.findElements(
                        By.cssSelector("#isp-violations .isp-violation[data-rule='TN-F-DAILY-CAP']")).size());
                browser.screenshot("isp-daily-cap-finding-" + size.getWidth());
            }
        }

        // A county without per-case funding says so (Yunlin: the counselling office's annual budget).
        Casework.School yunlin = Casework.school("YUNLIN", "funding");
        Api.Reply none = yunlin.office().post("/api/v1/funding/validate", """
                {"lines":[{"itemKind":"EXTERNAL_TEACHER","quantity":1,"unitAmount":400}]}""");
        assertEquals(409, none.status(), none.toString());
    }

    private static List<String> lines(JsonObject budget) {
        return budget.getJsonArray("lines").stream().map(JsonValue::asJsonObject).map(l -> l.getString("itemKind") + " "
                + l.getString("ruleId") + " " + (!l.containsKey("payee") || l.isNull("payee") ? "-" : l.getString("payee"))
                + " " + l.getJsonNumber("quantity").bigDecimalValue().stripTrailingZeros().toPlainString() + " × " + l.getJsonNumber("unitAmount").intValue() + " = "
                + l.getJsonNumber("amount").intValue()).toList();
    }

    private static List<String> violations(JsonObject budget) {
        return budget.getJsonArray("violations").stream().map(JsonValue::asJsonObject)
                .map(v -> v.getString("ruleId") + " " + v.getJsonObject("message").getString("zhTw")).toList();
    }

    private static List<String> errors(Api.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("field") + " " + e.getString("message")).toList();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    /** The case's tasks in a status that produce a kind, as "RULE ROLE due PRODUCES". */
    private static List<String> taskLines(Api api, long caseId, String status, String produces) {
        return Casework.tasks(api, caseId).stream().filter(t -> t.getString("status").equals(status))
                .filter(t -> t.containsKey("produces") && !t.isNull("produces") && t.getString("produces").equals(produces))
                .map(t -> t.getString("ruleId") + " " + t.getString("responsibleRole") + " "
                        + (t.containsKey("dueOn") && !t.isNull("dueOn") ? t.getString("dueOn") : "ongoing") + " "
                        + t.getString("produces")).toList();
    }
}
