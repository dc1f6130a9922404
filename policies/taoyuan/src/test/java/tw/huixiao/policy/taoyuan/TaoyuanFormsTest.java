package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.document.DocumentData;
import java.util.Map;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.Option;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.policy.tck.CitesRule;

/** The forms the ladder produces: fields, options in the document's words, and sign-off order. */
class TaoyuanFormsTest {

    private static FormDefinition form(String id) {
        return Fixture.POLICY.forms().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static Field field(FormDefinition form, String key) {
        return form.fields().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> optionLabels(Field field) {
        return field.options().stream().map(o -> o.label().zhTw()).toList();
    }

    private static List<String> stages(FormDefinition form) {
        return form.signOff().stream().map(SignOffStage::key).toList();
    }

    @Test
    @CitesRule("TY-D1-CONTACT")
    void formB_recordsDatePersonRelationMethodContentOutcomeAndNextStep_signedByTeacherUpToPrincipal() {
        FormDefinition b = form(TaoyuanForms.CONTACT_RECORD_B);
        assertEquals("輔導訪談紀錄（B）表", b.title().zhTw());
        assertEquals(1, b.version());
        assertEquals("TY-D1-CONTACT", b.ruleId().toString());
        for (String key : List.of("contactDate", "contactedParty", "contactedPerson", "relationship", "method",
                "content", "outcome", "nextSteps")) {
            assertTrue(field(b, key).required(), key + " is required");
        }
        assertEquals(FieldType.DATE, field(b, "contactDate").type());
        assertEquals(List.of("學生", "法定代理人", "主要照顧者", "其他"), optionLabels(field(b, "contactedParty")));
        assertEquals(List.of("已到校", "已知原因未到校", "原因不明未到校", "未能聯繫"), optionLabels(field(b, "outcome")));
        assertTrue(optionLabels(field(b, "method")).containsAll(List.of("家訪", "限時掛號")));
        Option other = field(b, "method").options().get(field(b, "method").options().size() - 1);
        assertTrue(other.asksForText(), "其他：＿＿ asks for text");
        assertTrue(optionLabels(field(b, "nextSteps")).contains("與原服員聯繫建立溝通管道"));
        assertEquals("有無緊急或可能有危險之情況", field(b, "emergency").label().zhTw());

        assertEquals(List.of("homeroom", "studentAffairs", "counseling", "principal"), stages(b));
        assertEquals(Set.of(SchoolRole.HOMEROOM_TEACHER), b.signOff().get(0).roles());
        assertTrue(b.signOff().get(1).stamp(), "學務處 stamps (報備)");
        assertEquals(Set.of(SchoolRole.PRINCIPAL), b.signOff().get(3).roles());
    }

    @Test
    @CitesRule("TY-D3-SEARCH-MEETING")
    void searchMeetingRecord_namesChairAttendeesAssessmentStrategies_signedByStudentAffairsThenPrincipal() {
        FormDefinition m = form(TaoyuanForms.SEARCH_MEETING);
        assertEquals("中輟之虞學生協尋因應作為研商會議紀錄", m.title().zhTw());
        assertEquals("TY-D3-SEARCH-MEETING", m.ruleId().toString());
        for (String key : List.of("meetingDate", "place", "chair", "attendees", "studentName", "attendanceStatus",
                "counselingAssessment", "strategies", "counselingStrategy", "resolutions")) {
            assertTrue(field(m, key).required(), key + " is required");
        }
        Field unit = field(m, "attendees").columns().get(1);
        assertTrue(optionLabels(unit).containsAll(List.of("警政", "社政", "里長", "原服員", "輔導室")));
        assertEquals(List.of("recorder", "counseling", "principal"), stages(m));
        assertEquals(Set.of(SchoolRole.STUDENT_AFFAIRS), m.signOff().get(0).roles());
        assertEquals(Set.of(SchoolRole.PRINCIPAL), m.signOff().get(2).roles());
    }

    @Test
    @CitesRule("TY-D3-CASE-MEETING")
    void caseMeetingRecord_evaluatesStableOrNot_listsTheNetworkResources_signedByCounsellingThenPrincipal() {
        FormDefinition c = form(TaoyuanForms.CASE_MEETING);
        assertEquals("個案會議紀錄", c.title().zhTw());
        assertEquals("TY-D3-CASE-MEETING", c.ruleId().toString());
        assertEquals(List.of("STABLE", "NOT_STABLE"),
                field(c, "evaluation").options().stream().map(Option::code).toList());
        assertTrue(field(c, "evaluation").options().get(0).label().zhTw().contains("持續追蹤 1個月後結案"));
        assertEquals(List.of("AS_NEEDED", "START", "MONTHLY", "NETWORK_3_MONTHS", "TASKFORCE"),
                field(c, "meetingKind").options().stream().map(Option::code).toList());
        assertEquals(List.of("學生家長", "原民局", "社政", "警政", "衛政", "民政", "里長", "里幹事", "醫療", "輔諮中心",
                "家教中心", "其他"), optionLabels(field(c, "resources")));
        assertEquals(List.of("recorder", "offices", "principal"), stages(c));
        assertEquals(Set.of(SchoolRole.COUNSELING), c.signOff().get(0).roles());
        assertTrue(c.signOff().get(1).stamp());
        assertEquals(Set.of(SchoolRole.PRINCIPAL), c.signOff().get(2).roles());
    }

    /** Issue 17 §4: the B表 starts with the student, class, seat, 原住民 yes/no, the guardian and the day. */
    @Test
    @CitesRule("TY-D1-CONTACT")
    @CitesRule("TY-D4-TASKFORCE")
    void formB_isPrefilledWithStudentClassSeatIndigenousAndGuardian_theCaseMeetingsKindFromItsDuty() {
        assertEquals(Map.of("studentName", DocumentData.STUDENT_NAME, "className", DocumentData.STUDENT_CLASS,
                        "seatNumber", DocumentData.STUDENT_SEAT_NUMBER, "contactDate", DocumentData.TODAY,
                        "contactedPerson", DocumentData.GUARDIAN_NAME, "relationship", DocumentData.GUARDIAN_RELATION),
                Fixture.POLICY.formPrefill(TaoyuanForms.CONTACT_RECORD_B).orElseThrow().fields());
        assertEquals("座號", field(form(TaoyuanForms.CONTACT_RECORD_B), "seatNumber").label().zhTw());
        ChoicePrefill indigenous = Fixture.POLICY.choicePrefills().stream()
                .filter(c -> c.formId().equals(TaoyuanForms.CONTACT_RECORD_B)).findFirst().orElseThrow();
        assertEquals("indigenous", indigenous.fieldKey());
        assertEquals(DocumentData.STUDENT_INDIGENOUS, indigenous.datum());
        ChoicePrefill kind = Fixture.POLICY.choicePrefills().stream()
                .filter(c -> c.formId().equals(TaoyuanForms.CASE_MEETING)).findFirst().orElseThrow();
        assertEquals("TASKFORCE", kind.options().get("TY-D4-TASKFORCE"));
        assertEquals(DocumentData.DUTY_DUE_ON,
                Fixture.POLICY.formPrefill(TaoyuanForms.SEARCH_MEETING).orElseThrow().fields().get("meetingDate"));
    }
}
