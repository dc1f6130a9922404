package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Form records printed from the module's form definition (issue 9): a New Taipei 個案關懷卡
 * (NT-D4-MEETING) filled in, signed by the 承辦人 and the 輔導主任 and read back from the PDF — the
 * values, every option as ☑ / ☐ with the "其他" text written in, the tracking log as a table, the
 * signers with role and ROC time, the principal's box still empty, 密件; the 復學申請書
 * (NT-REENROL) prefilled from the case and its re-enrolment application (SPI 1.3 prefill) as data
 * for a new record and as a blank PDF for the parent to sign. Prints are logged; another school
 * gets 404 and its probes stay in its own log.
 */
class FormRecordPdfIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aCareCardWithItsSignOffChainAndAPrefilledReEnrolmentApplication() throws Exception {
        Fixtures.clock("2026-03-05T10:00:00+08:00");
        Casework.School school = Casework.school("NEW_TAIPEI", "forms-pdf");
        Casework.Staff teacher = Casework.staff(school, "HOMEROOM_TEACHER", "陳○家 導師");
        long classId = Casework.homeroomClass(school, teacher, 8, "801");
        long student = Casework.student(school.office(), "周○翔", "2012-05-01", 8, classId);
        long caseId = Casework.openCase(school.office(), student, "TW-DROPOUT");

        // The care card's prefill: the student, class, guardian and the class's homeroom teacher.
        Api.Reply cardPrefill = school.office().get("/api/v1/cases/" + caseId + "/forms/NT-CASE-CARE-CARD/prefill");
        assertEquals(200, cardPrefill.status(), cardPrefill.toString());
        JsonObject prefilled = cardPrefill.json().getJsonObject("data");
        assertEquals("周○翔", prefilled.getString("studentName"));
        assertEquals("8 年級 801 班", prefilled.getString("className"));
        assertEquals("林○華", prefilled.getString("guardian"));
        assertEquals("陳○家 導師", prefilled.getString("homeroomTeacher"));
        assertFalse(prefilled.containsKey("returnedOn"), "not back yet: " + prefilled);

        Api.Reply created = school.office().post("/api/v1/cases/" + caseId + "/forms/NT-CASE-CARE-CARD", """
                {"data":{"studentName":"周○翔","className":"8 年級 801 班","guardian":"林○華","guardianPhone":"0900-000-000",
                 "category":"CAT1","whereabouts":"MISSING","firstAbsentOn":"2026-03-02","meetingDate":"2026-03-05",
                 "dropoutConfirmed":true,"retrievalStrategy":"導師每日電話聯繫，學務處會同警方協尋。","keyCase":true,
                 "homeroomTeacher":"陳○家","trackingLog":[
                   {"logDate":"2026-03-03","logMethod":"HOME_VISIT","logBy":"陳○家","logResult":"家中無人應門"},
                   {"logDate":"2026-03-04","logMethod":{"code":"OTHER","text":"社群軟體訊息"},"logBy":"測○員","logResult":"已讀未回"}]}}""");
        assertEquals(201, created.status(), created.toString());
        long recordId = Casework.id(created);
        Api.Reply signed = school.office().post("/api/v1/form-records/" + recordId + "/sign/counsellor",
                "{\"version\":" + Casework.version(created) + "}");
        assertEquals(200, signed.status(), signed.toString());
        Fixtures.clock("2026-03-05T11:30:00+08:00");
        Api.Reply stamped = school.office().post("/api/v1/form-records/" + recordId + "/sign/director",
                "{\"version\":" + Casework.version(signed) + "}");
        assertEquals(200, stamped.status(), stamped.toString());

        String card = Pdfs.text(Pdfs.load(Pdfs.fetch(school.username(), Onboarding.PASSWORD,
                "/api/v1/form-records/" + recordId + "/pdf"), "new-taipei-care-card"));
        for (String expected : List.of("示範國民中學（NEW_TAIPEI）", "個案關懷卡", "依據NT-D4-MEETING紀錄#" + recordId + "第1版",
                "學生姓名＊周○翔", "年級班級＊8年級801班", "☑第一類：未經請假未到校上課達3日以上", "☐第二類",
                "☐一般狀況", "☑行蹤不明", "未到校起始日＊民國115年3月2日", "確認學生中輟事宜＊☑是☐否", "列入重點個案＊☑是☐否",
                "尋回策略＊導師每日電話聯繫，學務處會同警方協尋。", "日期＊方式＊執行人員＊內容及結果＊",
                "民國115年3月3日☑家訪陳○家家中無人應門", "☑其他：社群軟體訊息", "承辦人（輔導組長）測○員輔導室民國115年3月5日10:00",
                "輔導主任（核章）測○員輔導室民國115年3月5日11:30", "校長（核章）", "密件", "表單紀錄#" + recordId + "第1版第1頁，共")) {
            assertTrue(card.contains(expected), expected + " in " + card);
        }
        assertFalse(card.contains("校長（核章）測○員"), "the principal has not stamped: " + card);

        // The re-enrolment application (復學申請) recorded, then the 復學申請書 prefilled from it.
        Api.Reply applied = school.office().post("/api/v1/cases/" + caseId + "/re-enrolments", """
                {"appliedOn":"2026-03-05","leftOn":"2026-03-02","applicant":"林○華"}""");
        assertEquals(201, applied.status(), applied.toString());
        Api.Reply applicationPrefill = school.office().get("/api/v1/cases/" + caseId
                + "/forms/NT-RE-ENROLMENT-APPLICATION/prefill");
        assertEquals(200, applicationPrefill.status(), applicationPrefill.toString());
        JsonObject application = applicationPrefill.json().getJsonObject("data");
        assertEquals("周○翔", application.getString("studentName"));
        assertEquals("8 年級 801 班", application.getString("originalClass"));
        assertEquals("2026-03-02", application.getString("dropoutDate"));
        assertEquals("林○華", application.getString("applicant"));
        assertEquals("母", application.getString("relation"));
        assertEquals("0900-000-000", application.getString("phone"));
        assertEquals("示範路 2 號", application.getString("address"));
        assertEquals("2026-03-05", application.getString("applicationDate"));
        assertEquals("2026-03-05", application.getString("acceptedOn"));
        assertFalse(application.containsKey("parentSignature"), "the parent signs by hand");

        String blank = Pdfs.text(Pdfs.load(Pdfs.fetch(school.username(), Onboarding.PASSWORD,
                "/api/v1/cases/" + caseId + "/forms/NT-RE-ENROLMENT-APPLICATION/pdf"), "new-taipei-re-enrolment-application"));
        for (String expected : List.of("復學申請書", "個案#" + caseId, "學生姓名＊周○翔", "原就讀年級班級＊8年級801班",
                "中輟日期民國115年3月2日", "申請人（家長或中輟生）＊林○華", "與學生關係＊母", "申請日期＊民國115年3月5日",
                "家長簽章＊學生簽名＊", "編班＊", "補救教學☐是☐否", "☐心理輔導☐校內輔導資源☐校外輔導資源", "註冊組長（受理）",
                "總務處", "校長（核章）", "密件")) {
            assertTrue(blank.contains(expected), expected + " in " + blank);
        }

        // Every print is in the case's access log; another school's user finds nothing, and its probes show as refused.
        List<String> log = Casework.accessLog(school.office(), caseId);
        assertTrue(log.contains(school.username() + " PRINT FORM_RECORD ALLOWED"), log.toString());
        assertTrue(log.contains(school.username() + " PRINT_BLANK FORM_RECORD ALLOWED"), log.toString());
        assertTrue(log.contains(school.username() + " PREFILL FORM_RECORD ALLOWED"), log.toString());
        Casework.School other = Casework.school("NEW_TAIPEI", "forms-pdf-other");
        for (String path : List.of("/api/v1/form-records/" + recordId + "/pdf",
                "/api/v1/cases/" + caseId + "/forms/NT-RE-ENROLMENT-APPLICATION/pdf",
                "/api/v1/cases/" + caseId + "/forms/NT-CASE-CARE-CARD/prefill")) {
            assertEquals(404, Pdfs.download(other.username(), Onboarding.PASSWORD, path).statusCode(), path);
        }
        // Issue 18 §7: the school whose record was the target sees the attempts, refused, and nothing else.
        List<String> probes = Casework.accessLog(school.office(), caseId).stream()
                .filter(l -> l.startsWith(other.username())).toList();
        assertFalse(probes.isEmpty(), "another school's probes show in the target school's log");
        assertTrue(probes.stream().allMatch(l -> l.contains(" DENIED")), probes.toString());
        assertEquals(404, Pdfs.fetch(school.username(), Onboarding.PASSWORD,
                "/api/v1/cases/" + caseId + "/forms/NO-SUCH-FORM/pdf").statusCode());
    }
}
