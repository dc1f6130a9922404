package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A Tainan ISP printed (issue 9; TN-TIMETABLE, TN-F-*): the remote junior high's draft of IspIT —
 * an external baker 2 periods a week for 18 weeks, three tracking visits on one day — as a PDF
 * whose plan pages show the team, the 課程總表 grid (Monday–Friday × periods 1–7 and lunch) and
 * the teacher sources, and whose budget page repeats every line the API computes (quantity ×
 * rate = amount, nothing recomputed), the total 26,667 against the 20,000 cap (TN-F-CAP) and the
 * violations with their rule ids. The budget page's image is saved as
 * target/documents/tainan-isp-budget.png. The print is logged; another school gets 404.
 */
class IspPdfIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void theIspWithItsTimetableAndItsBudgetPage() throws Exception {
        Fixtures.clock("2026-03-02T10:00:00+08:00");
        Casework.School school = Casework.school("TAINAN", "isp-pdf");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "張○華 校長");
        long student = Casework.student(school.office(), "2012-05-01", 8);
        long classmate = Fixtures.student(school.office(), false);
        long caseId = Casework.openCase(school.office(), student, "TW-DROPOUT");
        Api.Reply meeting = school.office().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"NEEDS_ASSESSMENT","ruleId":"TN-MEETINGS","heldOn":"2026-03-02","chairUserId":%d,
                 "minutes":"個案需求評估第1次會議（測試資料）"}""".formatted(principal.userId()));
        assertEquals(201, meeting.status(), meeting.toString());
        Api.Reply created = school.office().post("/api/v1/cases/" + caseId + "/isps", IspFixtures.DRAFT.formatted(18, IspFixtures.TEAM,
                Casework.id(meeting), IspFixtures.teachers("null"), student, student, IspFixtures.threeVisits(student, classmate), "", 0));
        assertEquals(201, created.status(), created.toString());
        long ispId = Casework.id(created);
        String isp = "/api/v1/cases/" + caseId + "/isps/" + ispId;
        JsonObject budget = school.office().get(isp + "/budget").json();
        assertEquals(26667, budget.getJsonNumber("total").intValue(), budget.toString());

        List<String> pages = Pdfs.pages(Pdfs.load(Pdfs.fetch(school.username(), Onboarding.PASSWORD, isp + "/pdf"),
                "tainan-isp"));
        String plan = String.join("", pages);
        for (String expected : List.of("學生輔導處遇個別化支持計畫（ISP）", "王○明114學年度第二學期計畫#" + ispId + "草稿",
                "實施期間民國115年3月2日至", "共18週", "需求評估會議第1次（民國115年3月2日）", "校長張○華", "輔導主任李○芬",
                "個人協助諮商、心理晤談服務每週個別諮商輔導室李○芬", "就學規劃每週抽離2節烘焙課，其餘回原班",
                "節次星期一星期二星期三星期四星期五", "第3節【烘焙】陳○華：王○明＊＊＊＊", "用餐及午休＊＊＊＊＊",
                "1陳○華外聘外聘教師烘焙師傅烘焙個案對烘焙有興趣丙級烘焙食品技術士已查詢民國115年2月25日",
                "民國115年3月4日林○○王○明1260", "密件")) {
            assertTrue(plan.contains(expected), expected + " in " + plan);
        }

        // The budget page: every line as computed by the API, the total, the cap, the violations.
        int budgetPage = 0;
        while (!pages.get(budgetPage).contains("經費概算（依本計畫計算）")) {
            budgetPage++;
        }
        String page = pages.get(budgetPage);
        DecimalFormat money = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        List<JsonObject> lines = budget.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(7, lines.size(), "no miscellany asked for: none (TN-F-MISC)");
        for (JsonObject line : lines) {
            String computed = line.getJsonNumber("quantity").bigDecimalValue().stripTrailingZeros().toPlainString()
                    + line.getJsonObject("unit").getString("zhTw") + "×"
                    + money.format(line.getJsonNumber("unitAmount").bigDecimalValue()) + "="
                    + money.format(line.getJsonNumber("amount").bigDecimalValue());
            assertTrue(page.contains(line.getString("ruleId")) && page.contains(computed.replace(" ", "")),
                    computed + " (" + line.getString("ruleId") + ") in " + page);
        }
        assertTrue(page.contains("36節×450=16,200"), "2 periods × 18 weeks at 450 (TN-F-EXTERNAL): " + page);
        for (String expected : List.of("計算依據：tainan1.0.0，國中，偏遠地區學校", "鐘點費小計16,200元", "經費合計26,667元",
                "每案經費上限20,000元（TN-F-CAP：", "已超過上限6,667元", "檢核結果：經費有2項不符規定，計畫不得送審",
                "TN-F-CAP本案經費26,667元超過每案20,000元上限；請改循多元教育輔導措施申請",
                "TN-F-TRACKER追蹤輔導員林○○每日限訪2案，1日超過：115/3/4（3案）")) {
            assertTrue(page.contains(expected), expected + " in " + page);
        }
        Pdfs.pageImages(Pdfs.OUT.resolve("tainan-isp.pdf"), "tainan-isp-budget", List.of(budgetPage + 1));
        assertTrue(java.nio.file.Files.exists(Pdfs.OUT.resolve("tainan-isp-budget.png")), "the budget page's image");

        assertTrue(Casework.accessLog(school.office(), caseId).contains(school.username() + " PRINT ISP ALLOWED"));
        Casework.School other = Casework.school("TAINAN", "isp-pdf-other");
        assertEquals(404, Pdfs.fetch(other.username(), Onboarding.PASSWORD, isp + "/pdf").statusCode());
        assertEquals(404, Pdfs.fetch(school.username(), Onboarding.PASSWORD,
                "/api/v1/cases/" + caseId + "/isps/" + (ispId + 100000) + "/pdf").statusCode());
    }
}
