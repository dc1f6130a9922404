package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.Walk.created;
import static tw.huixiao.it.Walk.id;
import static tw.huixiao.it.Walk.ok;
import static tw.huixiao.it.Walk.sign;
import static tw.huixiao.it.Walk.version;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import static tw.huixiao.it.Screenings.screen;
import static tw.huixiao.it.Screenings.byStudent;
import static tw.huixiao.it.Screenings.STAGE1;
import static tw.huixiao.it.Screenings.put;

/**
 * Yunlin screening, roster and coded referral over HTTP (issue 7 §3–5, seed 003): a grade-8
 * screening campaign (YL-SCREEN) whose 附表一 records are prefilled, seen and signed by each class's
 * own 導師 (stages 1–2), the counsellor (stage 3) and the unit head (stage 4), in order and by role
 * only; stage 4's strategies open a case and lay out the next steps (mentor task, 附表五 for the 導師,
 * a protective concern due in 24 hours, a draft referral); the school-year roster (YL-ROSTER) with
 * 2-, 3- and 4-character names masked, stamped 承辦人 → 主任 → 校長 and regenerated as a new
 * revision; the 附表三 with behaviour codes A–L carried by the referral to 教育處 and its 回覆表
 * (YL-REF-DROPOUT, YL-REPLY); two counselling periods without effect propose the 轉向評估 referral.
 * Another school reads none of it. Names such as 黃小進 are synthetic test data (the roster must
 * mask real names, so the test needs unmasked ones).
 */
class YunlinScreeningIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aClassIsScreenedThroughFourStagesIntoARosterAndACodedReferral() {
        Fixtures.clock("2026-03-02T09:00:00+08:00");
        Casework.School school = Casework.school("YUNLIN", "screen");
        Api registrar = school.office();
        Casework.Staff counsellor = Casework.head(school, "COUNSELING", "COUNSELING_SECTION_HEAD", "吳○志 輔導組長");
        Casework.Staff director = Casework.head(school, "COUNSELING", "COUNSELING_DIRECTOR", "陳○美 輔導主任");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "黃○明 校長");
        Casework.Staff teacherA = Casework.staff(school, "HOMEROOM_TEACHER", "楊○文 導師");
        Casework.Staff teacherB = Casework.staff(school, "HOMEROOM_TEACHER", "許○安 導師");
        long class801 = Casework.homeroomClass(school, teacherA, 8, "801");
        long class802 = Casework.homeroomClass(school, teacherB, 8, "802");
        Escalations.semester(registrar, 114, 2, "2026-02-23", "2026-06-30");
        long huang = Casework.student(registrar, "黃小進", "2012-05-01", 8, class801);
        long wang = Casework.student(registrar, "王明", "2012-06-01", 8, class801);
        long ouyang = Casework.student(registrar, "歐陽小華", "2012-07-01", 8, class801);
        long chen = Casework.student(registrar, "陳大文", "2012-08-01", 8, class801);
        long chang = Casework.student(registrar, "張三豐", "2012-09-01", 8, class802);

        // YL-SCREEN: only the counselling office or the principal starts a screening; input is checked whole.
        Api.Reply byTeacher = teacherA.api().post("/api/v1/screening-campaigns", """
                {"schoolYear":114,"semester":2,"grade":8}""");
        assertEquals(403, byTeacher.status(), byTeacher.toString());
        assertTrue(byTeacher.contentType().startsWith("application/problem+json"), byTeacher.toString());
        Api.Reply bad = counsellor.api().post("/api/v1/screening-campaigns", """
                {"schoolYear":114,"semester":3,"grade":8,"classId":%d}""".formatted(class801));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(fields(bad).contains("semester"), bad.body());
        assertTrue(fields(bad).contains("classId"), bad.body());
        JsonObject campaign = created(counsellor.api().post("/api/v1/screening-campaigns", """
                {"schoolYear":114,"semester":2,"grade":8,"note":"114 學年度第 2 學期八年級全面篩選"}"""));
        long campaignId = id(campaign);
        assertEquals(5, campaign.getJsonObject("progress").getInt("students"));
        assertEquals(5, campaign.getJsonObject("progress").getJsonObject("byStage").getInt("0"));
        Api.Reply twice = counsellor.api().post("/api/v1/screening-campaigns", """
                {"schoolYear":114,"semester":2,"classId":%d}""".formatted(class801));
        assertEquals(409, twice.status(), "the class is already being screened this semester: " + twice);

        // Each 導師 sees their own class only; records are prefilled from the student's record.
        String assessments = "/api/v1/screening-campaigns/" + campaignId + "/assessments";
        Map<Long, JsonObject> ofA = byStudent(teacherA.api().get(assessments));
        assertEquals(List.of(huang, wang, ouyang, chen).stream().sorted().toList(), ofA.keySet().stream().sorted().toList());
        Map<Long, JsonObject> ofB = byStudent(teacherB.api().get(assessments));
        assertEquals(List.of(chang), List.copyOf(ofB.keySet()));
        assertEquals(1, ok(teacherB.api().get("/api/v1/screening-campaigns/" + campaignId))
                .getJsonObject("progress").getInt("students"));
        long huangRecord = ofA.get(huang).getJsonNumber("recordId").longValue();
        assertEquals(404, teacherB.api().get("/api/v1/form-records/" + huangRecord).status(),
                "another class's 附表一 is not found for its 導師");
        JsonObject record = ok(teacherA.api().get("/api/v1/form-records/" + huangRecord));
        JsonObject prefilled = record.getJsonObject("data");
        assertEquals("黃小進", prefilled.getString("studentName"));
        assertEquals("801", prefilled.getString("className"));
        assertEquals("男", prefilled.getString("sex"));
        assertEquals("2012-05-01", prefilled.getString("birthDate"));
        assertEquals("林○華", prefilled.getString("primaryCarer"));
        assertEquals("母", prefilled.getString("carerRelationship"));
        assertTrue(absent(record, "caseId") && record.getJsonNumber("screeningAssessmentId").longValue()
                == id(ofA.get(huang)), record.toString());
        assertEquals("stage1", ofA.get(huang).getString("nextStage"));

        // 黃小進: the 導師 fills and signs stages 1–2; wrong role and wrong order are refused.
        record = put(teacherA.api(), record, STAGE1.formatted("YL-C1"));
        Api.Reply counsellorFirst = counsellor.api().post("/api/v1/form-records/" + huangRecord + "/sign/stage1",
                "{\"version\":" + version(record) + "}");
        assertEquals(403, counsellorFirst.status(), counsellorFirst.toString());
        assertTrue(counsellorFirst.body().contains("HOMEROOM_TEACHER"), counsellorFirst.body());
        Api.Reply secondFirst = teacherA.api().post("/api/v1/form-records/" + huangRecord + "/sign/stage2",
                "{\"version\":" + version(record) + "}");
        assertEquals(409, secondFirst.status(), secondFirst.toString());
        assertTrue(secondFirst.body().contains("stage1"), "names the next stage: " + secondFirst.body());
        record = sign(teacherA.api(), record, "stage1");
        record = sign(teacherA.api(), record, "stage2");
        Api.Reply teacherStage3 = teacherA.api().post("/api/v1/form-records/" + huangRecord + "/sign/stage3",
                "{\"version\":" + version(record) + "}");
        assertEquals(403, teacherStage3.status(), "stage 3 is the counsellor's: " + teacherStage3);
        record = put(counsellor.api(), record, STAGE1.formatted("YL-C1")
                + ",\"crisisByCounsellor\":[\"YL-C1\",\"YL-C7\",\"YL-C8\"]");
        Api.Reply stage4First = director.api().post("/api/v1/form-records/" + huangRecord + "/sign/stage4",
                "{\"version\":" + version(record) + "}");
        assertEquals(409, stage4First.status(), stage4First.toString());
        record = sign(counsellor.api(), record, "stage3");
        record = put(director.api(), record, STAGE1.formatted("YL-C1")
                + ",\"crisisByCounsellor\":[\"YL-C1\",\"YL-C7\",\"YL-C8\"],\"strategy\":[\"MENTOR_TEACHER\","
                + "\"HIGH_CARE_COURSE\",\"CHILD_PROTECTION\",\"PSYCHOLOGIST\",\"HIGH_RISK_FAMILY\"],"
                + "\"highCareCourseKind\":[\"HIGH_CARE_CLASS\"]");
        record = sign(director.api(), record, "stage4");
        assertEquals("SIGNED", record.getString("status"));

        // Stage 4's strategies: a case under the first crisis state (YL-C1), and the next steps on it.
        JsonObject huangNow = byStudent(counsellor.api().get(assessments)).get(huang);
        assertEquals("HIGH_CARE", huangNow.getString("outcome"));
        long huangCase = huangNow.getJsonNumber("caseId").longValue();
        JsonObject kase = ok(counsellor.api().get("/api/v1/cases/" + huangCase));
        assertEquals("YL-C1", kase.getString("categoryId"));
        Map<String, String> followUps = huangNow.getJsonArray("followUps").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(f -> f.getString("strategy"), f -> f.getString("kind")));
        assertEquals(Map.of("MENTOR_TEACHER", "TASK", "HIGH_CARE_COURSE", "TASK", "CHILD_PROTECTION", "PROTECTIVE_CONCERN",
                "PSYCHOLOGIST", "REFERRAL", "HIGH_RISK_FAMILY", "TASK"), followUps);
        List<JsonObject> tasks = Casework.tasks(counsellor.api(), huangCase);
        JsonObject mentor = one(tasks, t -> t.getString("dutyZh").contains("需安排認輔老師"));
        assertEquals("COUNSELING", mentor.getString("responsibleRole"));
        assertEquals("YL-TIERS", mentor.getString("ruleId"));
        assertEquals("2026-03-09", mentor.getString("dueOn"), "5 school days");
        JsonObject course = one(tasks, t -> t.getString("dutyZh").contains("需安排高關懷課程"));
        assertTrue(course.getString("dutyZh").contains("高關懷班"), course.toString());
        JsonObject family = one(tasks, t -> "YL-T5-HIGH-RISK-FAMILY".equals(t.getString("produces", null)));
        assertEquals("HOMEROOM_TEACHER", family.getString("responsibleRole"));
        assertEquals(teacherA.userId(), family.getJsonNumber("assigneeId").longValue());
        assertEquals("YL-REF-FAMILY", family.getString("ruleId"));
        assertEquals("2026-03-05", family.getString("dueOn"), "附表五 within 3 school days");
        // The case's 附表一 duties — the 導師's and counsellors' assessment and the 輔導主任's stage-4
        // strategy (單位主管核章) — are this screening record, all done with it.
        for (String role : List.of("HOMEROOM_TEACHER", "COUNSELING_DIRECTOR")) {
            JsonObject assessTask = one(tasks, t -> "YL-T1-ASSESSMENT".equals(t.getString("produces", null))
                    && t.getString("ruleId").equals("YL-SCREEN") && t.getString("responsibleRole").equals(role));
            assertEquals("DONE", assessTask.getString("status"), role + ": the screening record is the case's 附表一");
            assertEquals("form-records/" + huangRecord, assessTask.getString("recordRef"));
        }
        JsonArray concerns = counsellor.api().get("/api/v1/cases/" + huangCase + "/protective-concerns").structure()
                .asJsonArray();
        assertEquals(1, concerns.size(), concerns.toString());
        assertEquals(java.time.Instant.parse("2026-03-03T09:00:00+08:00"),
                java.time.Instant.parse(concerns.getJsonObject(0).getString("reportsDueAt")), "YL-PROTECT: 24 hours");
        JsonArray referrals = counsellor.api().get("/api/v1/cases/" + huangCase + "/referrals").structure().asJsonArray();
        assertEquals(List.of("YL-PSYCHOLOGIST DRAFT"), referrals.stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("agencyId") + " " + r.getString("status")).toList());

        // 王明 (YL-C4, 認輔) and 歐陽小華 (YL-C2, 中輟外展服務); 陳大文 has no indicator: screened out at stage 1.
        long wangCase = screen(ofA.get(wang), teacherA, counsellor, director, "YL-C4", "[\"YL-C4\"]", "[\"MENTOR_TEACHER\"]");
        screen(ofA.get(ouyang), teacherA, counsellor, director, "YL-C2", "[\"YL-C2\"]",
                "[{\"code\":\"DROPOUT_OUTREACH\",\"text\":\"示範外展中心\"}]");
        JsonObject chenRecord = ok(teacherA.api().get("/api/v1/form-records/" + ofA.get(chen).getJsonNumber("recordId")));
        sign(teacherA.api(), chenRecord, "stage1");
        JsonObject progress = ok(counsellor.api().get("/api/v1/screening-campaigns/" + campaignId)).getJsonObject("progress");
        assertEquals(Map.of("NOT_STARTED", 1, "IN_PROGRESS", 0, "SCREENED_OUT", 1, "WATCH", 0, "HIGH_CARE", 3),
                counts(progress.getJsonObject("byOutcome")));
        assertEquals(Map.of("0", 1, "1", 1, "2", 0, "3", 0, "4", 3), counts(progress.getJsonObject("byStage")));

        // YL-ROSTER: generated by the counselling office, masked names only, never edited by hand.
        assertEquals(403, teacherA.api().post("/api/v1/rosters?schoolYear=114", "").status());
        Api.Reply generated = counsellor.api().post("/api/v1/rosters?schoolYear=114", "");
        JsonObject roster = ok(generated);
        for (String name : List.of("黃小進", "王明", "歐陽小華", "陳大文")) {
            assertFalse(generated.body().contains(name), "no unmasked name in the roster: " + name);
        }
        JsonObject rosterRecord = roster.getJsonObject("record");
        assertEquals(List.of("歐○○華 8年級", "王○ 8年級", "黃○進 8年級"), rosterRecord.getJsonObject("data")
                .getJsonArray("students").stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("maskedName") + " " + r.getString("grade")).sorted().toList());
        JsonObject huangRow = rosterRecord.getJsonObject("data").getJsonArray("students").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("maskedName").equals("黃○進")).findFirst().orElseThrow();
        assertEquals("[\"MENTOR_TEACHER\",\"HIGH_CARE_COURSE\",\"CHILD_PROTECTION\",\"HIGH_RISK_FAMILY\","
                + "{\"code\":\"OTHER_UNIT\",\"text\":\"心理師個別諮商\"}]", huangRow.getJsonArray("strategy").toString());
        assertEquals("[\"YL-C1\",\"YL-C7\",\"YL-C8\"]", huangRow.getJsonArray("crisisState").toString());
        long rosterRecordId = id(rosterRecord);
        Api.Reply edited = counsellor.api().put("/api/v1/form-records/" + rosterRecordId, "{\"data\":"
                + rosterRecord.getJsonObject("data").toString().replace("黃○進", "黃小進") + ",\"version\":"
                + version(rosterRecord) + "}");
        assertEquals(409, edited.status(), "the roster is generated, not typed: " + edited);
        assertEquals(404, teacherA.api().get("/api/v1/form-records/" + rosterRecordId).status());
        assertEquals(403, teacherA.api().get("/api/v1/rosters/114/export?format=csv").status(), "the offices export it");

        // 承辦人 → 主任 → 校長, in order and by role.
        Api.Reply principalAsOfficer = principal.api().post("/api/v1/form-records/" + rosterRecordId + "/sign/officer",
                "{\"version\":" + version(rosterRecord) + "}");
        assertEquals(403, principalAsOfficer.status(), principalAsOfficer.toString());
        rosterRecord = sign(counsellor.api(), rosterRecord, "officer");
        Api.Reply principalEarly = principal.api().post("/api/v1/form-records/" + rosterRecordId + "/sign/principal",
                "{\"version\":" + version(rosterRecord) + "}");
        assertEquals(409, principalEarly.status(), principalEarly.toString());
        rosterRecord = sign(director.api(), rosterRecord, "director");
        rosterRecord = sign(principal.api(), rosterRecord, "principal");
        assertEquals("SIGNED", rosterRecord.getString("status"));

        // 張三豐 (802) is screened by his own 導師; regenerating makes a new revision and keeps the signed one.
        JsonObject changRow = byStudent(teacherB.api().get(assessments)).get(chang);
        screen(changRow, teacherB, counsellor, director, "YL-C5", "[\"YL-C5\"]", "[\"HIGH_CARE_COURSE\"]");
        JsonObject regenerated = ok(counsellor.api().post("/api/v1/rosters?schoolYear=114", ""));
        JsonObject revision2 = regenerated.getJsonObject("record");
        assertEquals(2, revision2.getInt("revision"));
        assertEquals("DRAFT", revision2.getString("status"));
        assertEquals(rosterRecordId, revision2.getJsonNumber("correctsId").longValue());
        assertEquals(4, revision2.getJsonObject("data").getJsonArray("students").size());
        assertEquals("SUPERSEDED", ok(principal.api().get("/api/v1/form-records/" + rosterRecordId)).getString("status"));
        assertEquals(id(revision2), id(ok(principal.api().get("/api/v1/rosters/114")).getJsonObject("record")));
        assertEquals(id(revision2), id(ok(counsellor.api().post("/api/v1/rosters?schoolYear=114", ""))
                .getJsonObject("record")), "nothing changed: no new revision");

        // YL-REF-DROPOUT: the referral to 教育處 carries 附表三 with behaviour codes A–L (at least one).
        String referralsOf = "/api/v1/cases/" + huangCase + "/referrals";
        String form = """
                {"formId":"YL-T3-REFERRAL","data":{"className":"801","seatNumber":"3","studentName":"黃小進",
                 "referralDate":"2026-03-02","behaviourCodes":%s,"behaviourAndNeeds":"時輟時復，需教育處協助（測試資料）"}}""";
        Api.Reply noCode = counsellor.api().post(referralsOf, """
                {"agencyId":"YL-EDUCATION","reason":"中輟高危險群","form":%s}""".formatted(form.formatted("[]")));
        assertEquals(400, noCode.status(), noCode.toString());
        assertTrue(fields(noCode).contains("form.fields.behaviourCodes"), noCode.body());
        Api.Reply unknownCode = counsellor.api().post(referralsOf, """
                {"agencyId":"YL-EDUCATION","reason":"中輟高危險群","form":%s}""".formatted(form.formatted("[\"A\",\"Z\"]")));
        assertEquals(400, unknownCode.status(), unknownCode.toString());
        assertTrue(fields(unknownCode).contains("form.fields.behaviourCodes"), unknownCode.body());
        Api.Reply wrongForm = counsellor.api().post(referralsOf, """
                {"agencyId":"YL-EDUCATION","reason":"中輟高危險群","form":{"formId":"YL-T1-ASSESSMENT","data":{}}}""");
        assertEquals(400, wrongForm.status(), wrongForm.toString());
        assertTrue(fields(wrongForm).contains("form.formId"), wrongForm.body());
        assertEquals(1, counsellor.api().get(referralsOf).structure().asJsonArray().size(), "nothing half-written");
        JsonObject referral = created(counsellor.api().post(referralsOf, """
                {"agencyId":"YL-EDUCATION","reason":"中輟高危險群，經學生復學輔導小組評估轉介","form":%s}"""
                .formatted(form.formatted("[\"A\",\"E\"]"))));
        String one = referralsOf + "/" + id(referral);
        JsonObject carried = referral.getJsonObject("form");
        assertEquals("YL-T3-REFERRAL", carried.getString("formId"));
        assertEquals(List.of("A", "E"), strings(carried.getJsonArray("behaviourCodes")));
        Api.Reply unsigned = counsellor.api().post(one + "/send", """
                {"method":"LETTER","referenceNumber":"雲示字第1150000009號","version":%d}""".formatted(version(referral)));
        assertEquals(409, unsigned.status(), "附表三 is signed through before it goes out: " + unsigned);
        JsonObject t3 = ok(counsellor.api().get("/api/v1/form-records/" + carried.getJsonNumber("recordId")));
        t3 = sign(teacherA.api(), t3, "referringTeacher");
        t3 = sign(counsellor.api(), t3, "counselingSectionHead");
        t3 = sign(director.api(), t3, "counselingDirector");
        t3 = sign(principal.api(), t3, "principal");
        referral = ok(counsellor.api().post(one + "/send", """
                {"method":"LETTER","referenceNumber":"雲示字第1150000009號","version":%d}""".formatted(version(referral))));
        assertEquals("SIGNED", referral.getJsonObject("form").getString("status"));
        referral = ok(counsellor.api().post(one + "/accept", "{\"version\":" + version(referral) + "}"));
        Api.Reply noMentor = counsellor.api().post(one + "/reply", """
                {"repliedOn":"2026-03-02","tier":1,"thirdTierReferral":false,"version":%d}""".formatted(version(referral)));
        assertEquals(400, noMentor.status(), "YL-REPLY: tier 1 names the 認輔老師: " + noMentor);
        referral = ok(counsellor.api().post(one + "/reply", """
                {"repliedOn":"2026-03-02","tier":1,"tierTeacher":"楊○文","thirdTierReferral":false,"version":%d}"""
                .formatted(version(referral))));
        assertEquals("REPLIED", referral.getString("status"));
        assertEquals(1, referral.getJsonObject("reply").getInt("tier"));
        assertEquals("楊○文", referral.getJsonObject("reply").getString("tierTeacher"));

        // Two counselling periods without effect propose the 轉向評估 referral (YL-REF-DROPOUT), once.
        String periods = "/api/v1/cases/" + huangCase + "/counselling-periods";
        Api.Reply byHomeroom = teacherA.api().post(periods, """
                {"startsOn":"2025-09-01","endsOn":"2025-11-30","effective":false}""");
        assertEquals(403, byHomeroom.status(), byHomeroom.toString());
        Api.Reply backwards = counsellor.api().post(periods, """
                {"startsOn":"2025-12-01","endsOn":"2025-09-01"}""");
        assertEquals(400, backwards.status(), backwards.toString());
        assertTrue(fields(backwards).contains("endsOn")
                && fields(backwards).contains("effective"), backwards.body());
        JsonObject first = created(counsellor.api().post(periods, """
                {"startsOn":"2025-09-01","endsOn":"2025-11-30","effective":false,"evaluatedById":%d,
                 "evaluatedOn":"2025-12-01","note":"出缺席未改善"}""".formatted(director.userId())));
        assertTrue(absent(first, "diversionProposal"));
        assertEquals(director.userId(), first.getJsonArray("periods").getJsonObject(0).getJsonNumber("evaluatedById")
                .longValue());
        JsonObject second = created(counsellor.api().post(periods, """
                {"startsOn":"2025-12-01","endsOn":"2026-02-28","effective":false}"""));
        assertEquals(2, second.getInt("withoutEffect"));
        JsonObject proposal = second.getJsonObject("diversionProposal");
        assertEquals("YL-REF-DROPOUT", proposal.getString("ruleId"));
        assertEquals("YL-JUVENILE-COMMITTEE", proposal.getString("agencyId"));
        JsonObject diversion = one(Casework.tasks(counsellor.api(), huangCase),
                t -> t.getJsonNumber("id").longValue() == proposal.getJsonNumber("taskId").longValue());
        assertEquals("COUNSELING", diversion.getString("responsibleRole"));
        assertEquals("YL-REF-DROPOUT", diversion.getString("ruleId"));
        assertTrue(diversion.getString("dutyZh").contains("轉向評估小組"), diversion.toString());
        JsonObject draft = ok(counsellor.api().get(referralsOf + "/" + proposal.getJsonNumber("referralId")));
        assertEquals("YL-JUVENILE-COMMITTEE DRAFT", draft.getString("agencyId") + " " + draft.getString("status"));
        created(counsellor.api().post(periods, """
                {"startsOn":"2026-03-01","endsOn":"2026-03-02","effective":false}"""));
        assertEquals(2, counsellor.api().get(referralsOf).structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> !r.getString("agencyId").equals("YL-EDUCATION")).count(), "proposed once (and the psychologist)");
        // 王明's emotional case (YL-C4) is not on the diversion route.
        String wangPeriods = "/api/v1/cases/" + wangCase + "/counselling-periods";
        created(counsellor.api().post(wangPeriods, "{\"startsOn\":\"2025-09-01\",\"endsOn\":\"2025-11-30\",\"effective\":false}"));
        assertTrue(absent(created(counsellor.api().post(wangPeriods,
                "{\"startsOn\":\"2025-12-01\",\"endsOn\":\"2026-02-28\",\"effective\":false}")), "diversionProposal"));
        assertTrue(Casework.accessLog(counsellor.api(), huangCase).contains(
                counsellor.username() + " CREATE COUNSELLING_PERIOD ALLOWED"));

        // Another school reads none of it.
        Casework.School other = Casework.school("YUNLIN", "screen-other");
        assertEquals(404, other.office().get("/api/v1/screening-campaigns/" + campaignId).status());
        assertEquals(404, other.office().get(assessments).status());
        assertEquals(404, other.office().get("/api/v1/form-records/" + huangRecord).status());
        assertEquals(404, other.office().get("/api/v1/form-records/" + id(revision2)).status());
        assertEquals(404, other.office().get("/api/v1/rosters/114").status());
        assertEquals(404, other.office().get("/api/v1/rosters/114/export?format=csv").status());
        assertTrue(other.office().get("/api/v1/screening-campaigns").structure().asJsonArray().isEmpty());
        assertEquals(404, other.office().get(periods).status());
    }

    @Test
    void theYunlinDemoSchoolHasAPartlyDoneScreeningAndAMaskedRoster() {
        Api counselling = Api.as("yl-counseling", Api.DEMO_PASSWORD);
        JsonArray campaigns = counselling.get("/api/v1/screening-campaigns?schoolYear=115").structure().asJsonArray();
        assertEquals(1, campaigns.size(), campaigns.toString());
        JsonObject progress = campaigns.getJsonObject(0).getJsonObject("progress");
        assertEquals(25, progress.getInt("students"));
        assertEquals(Map.of("NOT_STARTED", 21, "IN_PROGRESS", 1, "SCREENED_OUT", 1, "WATCH", 0, "HIGH_CARE", 2),
                counts(progress.getJsonObject("byOutcome")));
        Api.Reply roster = counselling.get("/api/v1/rosters/115");
        JsonArray rows = ok(roster).getJsonObject("record").getJsonObject("data").getJsonArray("students");
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.stream().map(r -> r.asJsonObject().getString("maskedName")).allMatch(n -> n.matches(".○.")),
                rows.toString());
        Api.Reply homeroom = Api.as("yl-homeroom-701", Api.DEMO_PASSWORD).get("/api/v1/screening-campaigns/"
                + campaigns.getJsonObject(0).getJsonNumber("id") + "/assessments");
        assertEquals(25, homeroom.structure().asJsonArray().size(), "the 導師 of 701 sees the class");
    }

    private static JsonObject one(List<JsonObject> items, java.util.function.Predicate<JsonObject> which) {
        List<JsonObject> found = items.stream().filter(which).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static Map<String, Integer> counts(JsonObject o) {
        return o.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> ((jakarta.json.JsonNumber) e.getValue()).intValue()));
    }

    /** JSON-B leaves null members out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    /** The fields named by a 400 problem's errors. */
    private static List<String> fields(Api.Reply problem) {
        assertTrue(problem.contentType().startsWith("application/problem+json"), problem.toString());
        return problem.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }
}
