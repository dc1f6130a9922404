package tw.huixiao.policy.tainan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.Option;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.policy.tck.CitesRule;

/** The ISP forms keep the document's labels and options verbatim. */
class TainanFormsTest {

    private final Map<String, FormDefinition> forms = new TainanPolicy().forms().stream()
            .collect(Collectors.toMap(FormDefinition::id, Function.identity()));

    private Field field(String form, String key) {
        return forms.get(form).fields().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(form + " has no field " + key));
    }

    private static List<String> options(Field field) {
        return field.options().stream().map(o -> o.label().zhTw()).toList();
    }

    private static Field column(Field table, String key) {
        return table.columns().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    @CitesRule("TN-WHO")
    void thePlanIsTheIspSignedByTheFormFillerTheUnitHeadAndThePrincipal() {
        FormDefinition plan = forms.get(TainanForms.PLAN);
        assertEquals("TN-WHO", plan.ruleId().toString());
        assertEquals("中輟、長期缺課、偏差行為或高關懷學生輔導處遇個別化支持計畫(ISP)", plan.title().zhTw());
        List<String> chain = plan.signOff().stream().map(SignOffStage::key).toList();
        assertEquals(List.of("stage1Teacher", "stage2Teacher", "stage3Counselling", "stage4Unit", "filledBy",
                "unitHead", "principal"), chain);
        assertEquals(java.util.Set.of(SchoolRole.PRINCIPAL), plan.signOff().get(6).roles());
    }

    @Test
    @CitesRule("TN-TEAM")
    void theTeamHasTheFixedRolesWithTheirDuties() {
        assertTrue(field(TainanForms.PLAN, "teamPrincipal").label().zhTw().contains("召集人"));
        assertTrue(field(TainanForms.PLAN, "teamCounsellingDirector").label().zhTw().contains("執行秘書"));
        assertTrue(field(TainanForms.PLAN, "teamCounsellingHead").label().zhTw().contains("副執行秘書"));
        assertTrue(field(TainanForms.PLAN, "teamRecordsHead").label().zhTw().startsWith("資料組長"));
        for (String key : List.of("teamAcademicDirector", "teamStudentAffairsDirector", "teamGeneralAffairsDirector",
                "teamDisciplineHead", "teamTeachingHead", "teamRegistrationHead", "teamCounsellingTeacher",
                "teamSpecialEducationTeacher", "teamHomeroomTeacher")) {
            assertEquals(FieldType.PERSON, field(TainanForms.PLAN, key).type(), key);
        }
        assertEquals(FieldType.TABLE, field(TainanForms.PLAN, "teamOthers").type());
    }

    @Test
    @CitesRule("TN-ASSESS")
    void theChecklistHasTheBasicsFamilyAndTainansOwnStageOneList() {
        assertEquals("校安通報序號 (無則免填)", field(TainanForms.PLAN, "campusSafetyReportNo").label().zhTw());
        assertEquals(List.of("存", "歿", "離婚"), options(field(TainanForms.PLAN, "parentAStatus")));
        assertTrue(options(field(TainanForms.PLAN, "parentBIdentity")).contains("原住民：_____族"));
        assertTrue(field(TainanForms.PLAN, "parentBIdentity").options().stream()
                .filter(o -> o.code().equals("indigenous")).allMatch(Option::asksForText), "the tribe is written in");
        assertTrue(field(TainanForms.PLAN, "parentAImprisoned").label().zhTw().endsWith("是否曾出入監獄"));
        assertEquals(List.of("富裕", "小康", "清寒", "中低收", "低收"), options(field(TainanForms.PLAN, "familyEconomy")));
        assertEquals(List.of("非常融洽和諧", "融洽和諧", "意見不合", "衝突"),
                options(field(TainanForms.PLAN, "familyAtmosphere")));
        assertEquals(List.of("嚴格", "民主", "無力管教", "其他："), options(field(TainanForms.PLAN, "parentingStyle")));
        assertEquals(FieldType.PERSON, field(TainanForms.PLAN, "emergencyContact1").type());
        assertEquals(FieldType.PERSON, field(TainanForms.PLAN, "emergencyContact2").type());
        assertEquals(FieldType.PERSON, field(TainanForms.PLAN, "guardian").type());
        assertEquals(List.of("否", "是", "有警察介入", "有法院介入", "其他"), options(field(TainanForms.PLAN, "delinquency")));
        assertTrue(options(field(TainanForms.PLAN, "s1BodyMind")).containsAll(List.of("網路成癮", "憂鬱症")));
        assertTrue(options(field(TainanForms.PLAN, "s1FamilyFunction")).contains("家庭成員出入監獄"));
        assertTrue(options(field(TainanForms.PLAN, "s1Relationships"))
                .containsAll(List.of("曾遭霸凌", "受不良同儕引誘或受已輟同學影響")));
        assertTrue(options(field(TainanForms.PLAN, "s1Work")).containsAll(List.of("在校外打工", "須賺錢養家")));
        assertEquals(List.of("夏天太熱不想上學", "冬天太冷不想上學", "遇期中考或期末考不想到校", "其他:_____"),
                options(field(TainanForms.PLAN, "s1Time")));
        List<String> crisis = List.of("有中輟之虞", "有重大偏差行為問題", "有犯罪可能",
                "有受虐之虞(包括身體或精神虐待、性侵害及疏忽)", "學生目前無立即危機,但需對家庭提供進一步協助", "其他");
        assertEquals(crisis, options(field(TainanForms.PLAN, "s2Crisis")));
        assertEquals(crisis, options(field(TainanForms.PLAN, "s3Crisis")));
        SignOffStage stage1 = forms.get(TainanForms.PLAN).signOff().get(0);
        assertEquals(java.util.Set.of(SchoolRole.HOMEROOM_TEACHER), stage1.roles());
        assertTrue(stage1.fieldKeys().contains("s1Time"));
    }

    @Test
    @CitesRule("TN-NEEDS")
    void stageFourListsTheLegalActionsWithCountsAndTheEightReferralGroups() {
        assertEquals(FieldType.NUMBER, field(TainanForms.PLAN, "s4DistrictHomeVisits").type());
        assertEquals("勸告書____次", field(TainanForms.PLAN, "s4AdviceNotices").label().zhTw());
        assertEquals("警告書____次", field(TainanForms.PLAN, "s4WarningNotices").label().zhTw());
        assertEquals("罰鍰____次", field(TainanForms.PLAN, "s4Fines").label().zhTw());
        for (String key : List.of("s4Counselling", "s4PhoneCalls", "s4HomeVisits", "s4CaseConferences")) {
            assertEquals(FieldType.NUMBER, field(TainanForms.PLAN, key).type(), key);
        }
        assertTrue(options(field(TainanForms.PLAN, "s4Legal")).get(0).startsWith("學校函請區公所強迫入學委員會執行強迫入學程序"));
        List<String> groups = List.of("s4SchoolAid", "s4DistrictSocial", "s4SocialBureau", "s4Health", "s4Police",
                "s4FamilyEducation", "s4Schooling", "s4Labour");
        assertTrue(field(TainanForms.PLAN, groups.get(0)).label().zhTw().contains("(一)校內協助申請經濟補助"));
        assertTrue(field(TainanForms.PLAN, "s4Labour").label().zhTw().startsWith("(八)需轉介勞工局"));
        groups.forEach(g -> assertTrue(field(TainanForms.PLAN, g).options().stream().anyMatch(Option::asksForText), g));
        assertTrue(options(field(TainanForms.PLAN, "s4Police")).contains("無毒府城少年不輟救助金"));
        assertTrue(options(field(TainanForms.PLAN, "s4Schooling"))
                .contains("辦理高關懷課程(1月初辦理申請說明會，1-2月申請，6人以上開課)"));
        assertEquals(16, field(TainanForms.PLAN, "s4SocialBureau").options().size());
        assertTrue(forms.get(TainanForms.PLAN).signOff().get(3).fieldKeys().contains("s4Labour"));
    }

    @Test
    @CitesRule("TN-MEETINGS")
    void eachNeedsMeetingIsNumberedWithMinutesAndAContactTable() {
        assertEquals("TN-MEETINGS", forms.get(TainanForms.NEEDS_MEETING).ruleId().toString());
        assertTrue(field(TainanForms.NEEDS_MEETING, "meetingNumber").required());
        assertTrue(field(TainanForms.NEEDS_MEETING, "minutesAttached").required());
        Field participants = field(TainanForms.NEEDS_MEETING, "participants");
        assertEquals(List.of("group", "contact", "mobile", "phone", "line", "fb", "email"),
                participants.columns().stream().map(Field::key).toList());
        assertEquals(List.of("個案", "學校人員", "網絡人員"), options(column(participants, "group")));
    }

    @Test
    @CitesRule("TN-SERVICES")
    void theSupportServicesTableAndTheMeasures() {
        Field services = field(TainanForms.PLAN, "supportServices");
        assertEquals(List.of("area", "item", "method", "provider", "revision"),
                services.columns().stream().map(Field::key).toList());
        assertEquals(List.of("項目", "方式", "支援單位/人員", "修正情形"),
                services.columns().stream().skip(1).map(c -> c.label().zhTw()).toList());
        assertTrue(options(column(services, "item")).contains("專案核予畢業證書"));
        assertEquals(List.of("就學規劃", "就學後課程規劃", "生涯規劃", "升學或就業輔導規劃"),
                List.of("schoolingPlan", "coursePlan", "careerPlan", "furtherStudyPlan").stream()
                        .map(k -> field(TainanForms.PLAN, k).label().zhTw()).toList());
    }

    @Test
    @CitesRule("TN-EVAL")
    void theEvaluationAsksWhetherTheBehaviourHasNotRecurredForThreeMonths() {
        Field recurred = field(TainanForms.EVALUATION, "notRecurredThreeMonths");
        assertEquals(FieldType.YES_NO, recurred.type());
        assertTrue(recurred.required());
        assertTrue(recurred.label().zhTw().contains("該行為已達3 個月以上未再發生"));
        assertEquals("若勾否請填原因", field(TainanForms.EVALUATION, "recurrenceReason").label().zhTw());
        assertTrue(field(TainanForms.EVALUATION, "replannedMeasures").label().zhTw().contains("重新擬定輔導教育措施"));
        assertEquals("principal", forms.get(TainanForms.EVALUATION).signOff().get(2).key());
    }

    @Test
    @CitesRule("TN-CLOSE")
    void theClosureMeetingClosesWithThreeMonthsTrackingOrKeepsTheCaseListed() {
        assertEquals(List.of("解除列管並結案(學校持續追蹤3 個月)", "列管並持續輔導"),
                options(field(TainanForms.CLOSURE, "closureDecision")));
        assertEquals("TN-CLOSE", forms.get(TainanForms.CLOSURE).ruleId().toString());
    }

    @Test
    @CitesRule("TN-TIMETABLE")
    void theTimetableIsMondayToFridayByPeriodsOneToSevenAndLunch() {
        Field grid = field(TainanForms.TIMETABLE, "timetable");
        assertEquals(List.of("period", "monday", "tuesday", "wednesday", "thursday", "friday"),
                grid.columns().stream().map(Field::key).toList());
        assertEquals(List.of("1", "2", "3", "4", "lunch", "5", "6", "7"),
                column(grid, "period").options().stream().map(Option::code).toList());
        assertTrue(options(column(grid, "period")).contains("用餐及午休"));
        assertTrue(grid.label().zhTw().contains("* 號表示學生回原來班級上課時間或請假"));
        assertTrue(field(TainanForms.TIMETABLE, "weeks").required());
    }

    @Test
    @CitesRule("TN-TEACHERS")
    void teacherSourcesRecordInternalOrExternalAndTheUnfitRegistryCheck() {
        Field teachers = field(TainanForms.TEACHERS, "teachers");
        assertEquals(List.of("seq", "course", "name", "source", "jobTitle", "reason", "qualification",
                "proofAttached", "unfitRegistryChecked", "bureauConsent"),
                teachers.columns().stream().map(Field::key).toList());
        assertEquals(List.of("內聘", "外聘"), options(column(teachers, "source")));
        Field checked = column(teachers, "unfitRegistryChecked");
        assertEquals(FieldType.YES_NO, checked.type());
        assertTrue(checked.required());
        assertTrue(checked.label().zhTw().contains("不適任教育人員系統"));
    }

    /** Issue 17 §4: the ISP starts with the student, 性別, the guardian and 家庭經濟狀況 from the register. */
    @Test
    @CitesRule("TN-WHO")
    @CitesRule("TN-MEETINGS")
    void theIspIsPrefilledFromTheRegister_meetingsTakeTheirDutysDate() {
        TainanPolicy policy = new TainanPolicy();
        assertEquals(DocumentData.GUARDIAN_NAME, policy.formPrefill(TainanForms.PLAN).orElseThrow().fields().get("guardian"));
        Map<String, String> gender = policy.choicePrefills().stream().filter(c -> c.fieldKey().equals("gender"))
                .findFirst().orElseThrow().options();
        assertEquals(Map.of("M", "male", "F", "female"), gender);
        assertEquals("lowIncome", policy.choicePrefills().stream().filter(c -> c.fieldKey().equals("familyEconomy"))
                .findFirst().orElseThrow().options().get("LOW_INCOME"));
        assertEquals(DocumentData.DUTY_DUE_ON,
                policy.formPrefill(TainanForms.NEEDS_MEETING).orElseThrow().fields().get("meetingDate"));
    }
}
