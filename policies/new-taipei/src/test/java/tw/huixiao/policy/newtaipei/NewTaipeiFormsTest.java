package tw.huixiao.policy.newtaipei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.Option;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.policy.tck.CitesRule;

/** The four forms: the document's words as labels and options, and who signs in which order. */
class NewTaipeiFormsTest {

    private static Field field(FormDefinition form, String key) {
        return form.fields().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> options(FormDefinition form, String key) {
        return field(form, key).options().stream().map(o -> o.label().zhTw()).toList();
    }

    private static List<String> chain(FormDefinition form) {
        return form.signOff().stream().map(SignOffStage::key).toList();
    }

    @Test
    @CitesRule("NT-D4-MEETING")
    void caseCareCard_recordsCategoryWhereaboutsMeetingAndTracking() {
        FormDefinition card = NewTaipeiForms.CARE_CARD;
        assertEquals("個案關懷卡", card.title().zhTw());
        assertEquals("NT-D4-MEETING", card.ruleId().toString());
        assertEquals(List.of(
                "第一類：未經請假未到校上課達 3 日以上或長期缺課(全學期累計達七日以上，未經請假而無故缺課者)之學生",
                "第二類：學期開學未到校註冊(含新生直到開學後未報到)達 3 日以上之學生",
                "第三類：轉學時未向轉入學校報到達 3 日以上之學生",
                "新生未報到"), options(card, "category"));
        assertEquals(List.of("一般狀況(學生因各種原因致使不到校，惟非行蹤不明)",
                "行蹤不明(須透過警方及強迫入學委員會等方式追蹤協尋學生)"), options(card, "whereabouts"));
        assertTrue(field(card, "dropoutConfirmed").required());
        assertTrue(field(card, "keyCase").required());
        assertEquals(FieldType.TABLE, field(card, "trackingLog").type());
        assertTrue(field(card, "trackingLog").columns().stream().flatMap(c -> c.options().stream())
                .anyMatch(Option::asksForText));
        assertEquals(List.of("counsellor", "director", "principal"), chain(card));
        // the tracking log stays open after sign-off
        assertTrue(card.signOff().stream().noneMatch(s -> s.fieldKeys().isEmpty() || s.fieldKeys().contains("trackingLog")));
    }

    @Test
    @CitesRule("NT-REENROL")
    void reEnrolmentApplication_signedByParentAndStudent_thenEachOfficeInTurn_thenThePrincipal() {
        FormDefinition form = NewTaipeiForms.APPLICATION;
        assertEquals("復學申請書", form.title().zhTw());
        assertEquals(FieldType.SIGNATURE, field(form, "parentSignature").type());
        assertEquals(FieldType.SIGNATURE, field(form, "studentSignature").type());
        assertEquals(List.of("registrar", "academic", "studentAffairs", "counselling", "generalAffairs", "principal"),
                chain(form));
        assertEquals(List.of(Set.of(SchoolRole.REGISTRAR), Set.of(SchoolRole.ACADEMIC_AFFAIRS),
                Set.of(SchoolRole.STUDENT_AFFAIRS), Set.of(SchoolRole.COUNSELING), Set.of(SchoolRole.GENERAL_AFFAIRS),
                Set.of(SchoolRole.PRINCIPAL)), form.signOff().stream().map(SignOffStage::roles).toList());
        assertTrue(form.signOff().get(5).stamp());
        assertTrue(form.sections().stream().anyMatch(s -> s.title().zhTw()
                .equals("教務處：編班、註冊、教育銜接、補救教學、成績計算、復學通報、中途班課程安排")));
        assertTrue(field(form, "reEnrolmentReportedOn").required());
    }

    @Test
    @CitesRule("NT-BUXIAO")
    void supplementarySchoolReferral_parentAndStudentApply_homeroomAndCounsellingApprove_meetingDecides() {
        FormDefinition form = NewTaipeiForms.REFERRAL;
        assertEquals("暫讀補校轉介單", form.title().zhTw());
        assertTrue(field(form, "parentApplication").required());
        assertTrue(field(form, "studentApplication").required());
        assertEquals(List.of("homeroom", "counselling", "chair"), chain(form));
        assertEquals(Set.of(SchoolRole.PRINCIPAL), form.signOff().get(2).roles());
        assertTrue(form.signOff().get(2).stamp());
        assertEquals("學籍仍設原校日間部原班", field(form, "registryInOriginalClass").label().zhTw());
        assertEquals(List.of("原班導師", "輔導老師", "訓導人員", "補校主任", "補校導師"), options(form, "jointCounsellors"));
        assertTrue(form.sections().stream().anyMatch(s -> s.title().zhTw().equals("中輟生復學暫讀補校安置會議")));
    }

    @Test
    @CitesRule("NT-PLACEMENT")
    void placementMeetingRecord_membersAndEntryPrinciplesVerbatim_chairStampsLast() {
        FormDefinition form = NewTaipeiForms.PLACEMENT_RECORD;
        assertEquals("安置會議紀錄", form.title().zhTw());
        assertEquals(List.of("輔導主任", "教務主任", "學務主任", "輔導組長", "生教組長", "註冊組長", "相關班級導師"),
                options(form, "members"));
        assertEquals(List.of("中輟未達 1 年者以返回原班就讀為原則", "1 年以上者以銜接原中輟年級為原則",
                "符合安置補校條件時，得安置到原學校之補校", "特殊個案依學生需求，議決安置適當班級"), options(form, "placement"));
        // the options' codes are the placement rule's recommendation codes
        assertEquals(Set.of(NewTaipeiPlacement.ORIGINAL_CLASS, NewTaipeiPlacement.FORMER_GRADE,
                        NewTaipeiPlacement.SUPPLEMENTARY_SCHOOL, NewTaipeiPlacement.SPECIAL_CASE),
                field(form, "placement").options().stream().map(Option::code).collect(Collectors.toSet()));
        assertTrue(field(form, "directToClass").required());
        SignOffStage last = form.signOff().get(form.signOff().size() - 1);
        assertEquals(Set.of(SchoolRole.PRINCIPAL), last.roles());
        assertTrue(last.stamp());
    }
}
