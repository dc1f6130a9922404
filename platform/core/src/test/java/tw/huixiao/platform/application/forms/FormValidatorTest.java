package tw.huixiao.platform.application.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.policy.spi.form.Field.field;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.policy.taoyuan.TaoyuanForms;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;

/** The server-side check of form records against a module's form definition (issue 6 §2). */
class FormValidatorTest {

    /** One field of every type, a table with typed columns, and a stage covering only some fields (like Yunlin 附表一). */
    private static final FormDefinition EVERY_TYPE = FormDefinition.form("TEST-EVERY-TYPE", 1)
            .title("測試表單", "Test form").rule("TW-TIERS")
            .section("main", "主要", "Main",
                    field("name", FieldType.TEXT).label("名稱", "Name").required(),
                    field("story", FieldType.LONG_TEXT).label("經過", "Story"),
                    field("visitedOn", FieldType.DATE).label("日期", "Date").required(),
                    field("visits", FieldType.NUMBER).label("次數", "Visits"),
                    field("method", FieldType.SINGLE_CHOICE).label("方式", "Method").required()
                            .option("PHONE", "電話", "Phone").other("OTHER", "其他", "Other"),
                    field("reportedTo", FieldType.MULTI_CHOICE).label("通報", "Reported to")
                            .option("SA", "學務處", "Student affairs").option("CO", "輔導室", "Counselling")
                            .other("OTHER", "其他", "Other"),
                    field("danger", FieldType.YES_NO).label("危險", "Danger").required(),
                    field("guardian", FieldType.PERSON).label("家長", "Guardian"),
                    field("parentSignature", FieldType.SIGNATURE).label("家長簽章", "Parent's signature"),
                    field("attendees", FieldType.TABLE).label("出席", "Attendees")
                            .column(field("who", FieldType.PERSON).label("姓名", "Name").required())
                            .column(field("unit", FieldType.SINGLE_CHOICE).label("單位", "Unit").required()
                                    .option("SCHOOL", "學校", "School").other("OTHER", "其他", "Other"))
                            .column(field("minutes", FieldType.NUMBER).label("分鐘", "Minutes")))
            .stage(new SignOffStage("teacher", LocalizedText.of("導師", "Teacher"), Set.of(SchoolRole.HOMEROOM_TEACHER),
                    false, Set.of("name", "visitedOn")))
            .signedBy("principal", "校長", "Principal", SchoolRole.PRINCIPAL)
            .build();

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static Map<String, String> errors(FormDefinition form, String data) {
        Map<String, String> byField = new TreeMap<>();
        for (FieldError e : FormValidator.validate(form, json(data)).errors()) {
            byField.put(e.field(), e.message());
        }
        return byField;
    }

    @Test
    void aCompleteRecordOfEveryTypeIsAcceptedAndNormalised() {
        FormValidator.Result result = FormValidator.validate(EVERY_TYPE, json("""
                {"name":"  家訪紀錄 ","visitedOn":"2026-03-04","visits":2,"method":{"code":"OTHER","text":"鄰長轉告"},
                 "reportedTo":["SA",{"code":"OTHER","text":"里長"}],"danger":false,"guardian":{"name":"林○華","userId":7},
                 "parentSignature":{"name":"林○華","signedOn":"2026-03-04"},"story":"",
                 "attendees":[{"who":"王○明","unit":"SCHOOL","minutes":50},{"who":"陳○安","unit":{"code":"OTHER","text":"社工"}}]}"""));
        assertEquals(List.of(), result.errors());
        JsonObject data = result.data();
        assertEquals("家訪紀錄", data.getString("name"), "text is trimmed");
        assertTrue(!data.containsKey("story"), "empty optional values are dropped");
        assertEquals(json("{\"code\":\"OTHER\",\"text\":\"鄰長轉告\"}"), data.getJsonObject("method"));
        assertEquals(2, data.getJsonArray("attendees").size());
    }

    @Test
    void everyProblemIsReportedAtOncePerField() {
        Map<String, String> errors = errors(EVERY_TYPE, """
                {"visitedOn":"2026/03/04","visits":"two","method":"FAX","reportedTo":["SA","SA"],"danger":"no",
                 "guardian":"","nickname":"x"}""");
        assertEquals(Set.of("fields.name", "fields.visitedOn", "fields.visits", "fields.method", "fields.reportedTo",
                "fields.danger", "fields.nickname"), errors.keySet(), errors.toString());
        assertTrue(errors.get("fields.name").contains("必填") && errors.get("fields.name").contains("required"));
        assertTrue(errors.get("fields.visitedOn").contains("YYYY-MM-DD"));
        assertTrue(errors.get("fields.method").contains("PHONE、OTHER"), errors.get("fields.method"));
        assertTrue(errors.get("fields.reportedTo").contains("重複"));
        assertTrue(errors.get("fields.nickname").contains("no such field"));
    }

    @Test
    void theOtherOptionNeedsItsTextAndOtherOptionsTakeNone() {
        String base = "\"name\":\"x\",\"visitedOn\":\"2026-03-04\",\"danger\":true";
        assertEquals(Set.of("fields.method"), errors(EVERY_TYPE, "{" + base + ",\"method\":\"OTHER\"}").keySet());
        assertEquals(Set.of("fields.method"), errors(EVERY_TYPE, "{" + base
                + ",\"method\":{\"code\":\"OTHER\",\"text\":\"  \"}}").keySet());
        assertEquals(Set.of("fields.method"), errors(EVERY_TYPE, "{" + base
                + ",\"method\":{\"code\":\"PHONE\",\"text\":\"多餘\"}}").keySet());
        assertEquals(Set.of("fields.reportedTo"), errors(EVERY_TYPE, "{" + base
                + ",\"method\":\"PHONE\",\"reportedTo\":[\"OTHER\"]}").keySet());
        assertEquals(Set.of(), errors(EVERY_TYPE, "{" + base + ",\"method\":\"PHONE\"}").keySet());
    }

    @Test
    void tableRowsAreCheckedColumnByColumn() {
        Map<String, String> errors = errors(EVERY_TYPE, """
                {"name":"x","visitedOn":"2026-03-04","method":"PHONE","danger":true,
                 "attendees":[{"who":"王○明","unit":"SCHOOL"},{"unit":"MARS","minutes":"ten","extra":1},"row"]}""");
        assertEquals(Set.of("fields.attendees[1].who", "fields.attendees[1].unit", "fields.attendees[1].minutes",
                "fields.attendees[1].extra", "fields.attendees[2]"), errors.keySet(), errors.toString());
    }

    @Test
    void personsAndSignaturesAreNamesOrNamedObjects() {
        String base = "\"name\":\"x\",\"visitedOn\":\"2026-03-04\",\"method\":\"PHONE\",\"danger\":true";
        assertEquals(Set.of("fields.guardian", "fields.parentSignature"), errors(EVERY_TYPE, "{" + base
                + ",\"guardian\":{\"userId\":3},\"parentSignature\":{\"name\":\"林○華\",\"signedOn\":\"yesterday\"}}")
                .keySet());
        assertEquals(Set.of("fields.guardian"), errors(EVERY_TYPE, "{" + base + ",\"guardian\":42}").keySet());
    }

    @Test
    void taoyuansContactRecordB_requiresTheDocumentsFields() {
        FormDefinition b = new TaoyuanPolicy().forms().stream()
                .filter(f -> f.id().equals(TaoyuanForms.CONTACT_RECORD_B)).findFirst().orElseThrow();
        Map<String, String> errors = errors(b, "{\"studentName\":\"林○安\",\"contactedParty\":\"NEIGHBOUR\"}");
        assertTrue(errors.keySet().containsAll(Set.of("fields.className", "fields.indigenous", "fields.contactDate",
                "fields.contactedParty", "fields.method", "fields.content", "fields.outcome", "fields.emergency",
                "fields.reportedTo", "fields.nextSteps")), errors.toString());
        assertTrue(!errors.containsKey("fields.studentName") && !errors.containsKey("fields.nextContactDate"));
    }

    @Test
    void signedStagesFreezeTheirFields_aWholeFormStageFreezesEverything() {
        JsonObject before = json("{\"name\":\"x\",\"visitedOn\":\"2026-03-04\",\"visits\":1}");
        JsonObject after = json("{\"name\":\"y\",\"visitedOn\":\"2026-03-04\",\"visits\":2}");
        assertEquals(List.of(), FormValidator.changedSignedFields(EVERY_TYPE, Set.of(), before, after));
        assertEquals(List.of("name"), FormValidator.changedSignedFields(EVERY_TYPE, Set.of("teacher"), before, after));
        assertEquals(List.of("name", "visits"),
                FormValidator.changedSignedFields(EVERY_TYPE, Set.of("teacher", "principal"), before, after));
    }

    /**
     * Like Yunlin's 附表一 (YL-SCREEN): stage 1 indicators and stage 2 crisis state by the 導師, stage 3
     * crisis state by the counsellor, stage 4 strategy by the unit head — each fills in their own part.
     */
    private static final FormDefinition STAGED = FormDefinition.form("TEST-STAGED", 1)
            .title("分階段表單", "Staged form").rule("TW-TIERS")
            .section("main", "主要", "Main",
                    field("studentName", FieldType.TEXT).label("學生姓名", "Student").required(),
                    field("crisisByHomeroom", FieldType.TEXT).label("危機狀態（導師）", "Crisis (teacher)").required(),
                    field("crisisByCounsellor", FieldType.TEXT).label("危機狀態（輔導人員）", "Crisis (counsellor)").required(),
                    field("strategy", FieldType.TEXT).label("輔導策略", "Strategy").required(),
                    field("note", FieldType.TEXT).label("備註", "Note"))
            .stage(new SignOffStage("stage1", LocalizedText.of("第一階段", "Stage 1"), Set.of(SchoolRole.HOMEROOM_TEACHER),
                    false, Set.of("studentName", "note")))
            .stage(new SignOffStage("stage2", LocalizedText.of("第二階段", "Stage 2"), Set.of(SchoolRole.HOMEROOM_TEACHER),
                    false, Set.of("crisisByHomeroom")))
            .stage(new SignOffStage("stage3", LocalizedText.of("第三階段", "Stage 3"), Set.of(SchoolRole.COUNSELING),
                    false, Set.of("crisisByCounsellor")))
            .stage(new SignOffStage("stage4", LocalizedText.of("第四階段", "Stage 4"), Set.of(SchoolRole.COUNSELING),
                    true, Set.of("strategy")))
            .build();

    @Test
    void requiredFieldsOfLaterStagesWaitForTheirSigner() {
        assertEquals(Set.of("crisisByHomeroom", "crisisByCounsellor", "strategy"), FormValidator.deferredFields(STAGED, Set.of()));
        JsonObject first = json("{\"studentName\":\"王○明\"}");
        assertEquals(List.of(), FormValidator.validate(STAGED, first, FormValidator.deferredFields(STAGED, Set.of())).errors(),
                "the 導師 creates the record with stage 1 only");
        assertEquals(List.of("fields.crisisByCounsellor", "fields.crisisByHomeroom", "fields.strategy"),
                FormValidator.validate(STAGED, first).errors().stream().map(FieldError::field).sorted().toList(),
                "without deferral every required field is due at once");
        assertEquals(List.of("fields.studentName"), FormValidator.validate(STAGED, json("{}"),
                FormValidator.deferredFields(STAGED, Set.of())).errors().stream().map(FieldError::field).toList(),
                "the first stage's fields are required from the start");
        assertEquals(Set.of("crisisByCounsellor", "strategy"), FormValidator.deferredFields(STAGED, Set.of("stage1", "stage2")),
                "a signed stage's fields are required again (they were filled in before it was signed)");

        SignOffStage stage3 = STAGED.signOff().get(2);
        assertEquals(List.of("fields.crisisByCounsellor"), FormValidator.missingForStage(STAGED, stage3, first).stream()
                .map(FieldError::field).toList(), "a stage is not signed without its own required fields");
        assertEquals(List.of(), FormValidator.missingForStage(STAGED, stage3,
                json("{\"studentName\":\"王○明\",\"crisisByCounsellor\":\"中輟之虞\"}")));
    }

    @Test
    void nothingIsDeferredWhenTheFirstStageCoversTheWholeFormOrTheLaterStagesNameNoFields() {
        FormDefinition b = new TaoyuanPolicy().forms().stream()
                .filter(f -> f.id().equals(TaoyuanForms.CONTACT_RECORD_B)).findFirst().orElseThrow();
        assertEquals(Set.of(), FormValidator.deferredFields(b, Set.of()), "TY-D1-CONTACT: the 導師 signs the whole form");
        assertEquals(Set.of(), FormValidator.deferredFields(EVERY_TYPE, Set.of()), "the principal's stage names no fields");
    }
}
