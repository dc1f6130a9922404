package tw.huixiao.policy.yunlin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.Option;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.policy.tck.CitesRule;

/** The forms: titles, checklists verbatim, and who signs which part. */
class YunlinFormsTest {

    private final YunlinPolicy policy = new YunlinPolicy();

    private FormDefinition form(String id) {
        return policy.forms().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static Field field(FormDefinition form, String key) {
        return form.fields().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static Field column(Field table, String key) {
        return table.columns().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> labels(Field field) {
        return field.options().stream().map(o -> o.label().zhTw()).toList();
    }

    private static List<String> codes(Field field) {
        return field.options().stream().map(Option::code).toList();
    }

    @Test
    void theModuleHasSixFormsEachCitingItsRule() {
        assertEquals(List.of("YL-T1-ASSESSMENT:YL-SCREEN", "YL-T2-ROSTER:YL-ROSTER", "YL-T3-REFERRAL:YL-REF-DROPOUT",
                        "YL-T3-REPLY:YL-REPLY", "YL-T4-RETURN-RULING:YL-RETURN",
                        "YL-T5-HIGH-RISK-FAMILY:YL-REF-FAMILY"),
                policy.forms().stream().map(f -> f.id() + ":" + f.ruleId()).toList());
    }

    // ---- 附表一 ---------------------------------------------------------------------------

    @Test
    @CitesRule("YL-SCREEN")
    void schedule1HasFourStagesSignedByHomeroomHomeroomCounsellorAndStampedByTheHeadOfUnit() {
        FormDefinition f = form(YunlinForms.ASSESSMENT);
        assertEquals("雲林縣國民中(小)學高關懷學生評估指標及輔導表（附表一）", f.title().zhTw());
        List<SignOffStage> stages = f.signOff();
        assertEquals(List.of("stage1", "stage2", "stage3", "stage4"), stages.stream().map(SignOffStage::key).toList());
        assertEquals(List.of(Set.of(SchoolRole.HOMEROOM_TEACHER), Set.of(SchoolRole.HOMEROOM_TEACHER),
                Set.of(SchoolRole.COUNSELING), Set.of(SchoolRole.COUNSELING_DIRECTOR)),
                stages.stream().map(SignOffStage::roles).toList());
        assertEquals(List.of(false, false, false, true), stages.stream().map(SignOffStage::stamp).toList(),
                "導師簽章, 導師簽章, 輔導人員簽章, 單位主管核章");
        assertTrue(stages.get(3).title().zhTw().contains("單位主管核章"));

        // each stage covers only its own part, and together they cover the whole form
        Set<String> covered = new HashSet<>();
        stages.forEach(s -> {
            assertFalse(s.fieldKeys().isEmpty(), s.key());
            s.fieldKeys().forEach(k -> assertTrue(covered.add(k), k + " is covered by two stages"));
        });
        assertEquals(f.fields().map(Field::key).collect(Collectors.toSet()), covered);
        assertEquals(Set.of("crisisByHomeroom"), stages.get(1).fieldKeys());
        assertEquals(Set.of("crisisByCounsellor"), stages.get(2).fieldKeys());
    }

    @Test
    @CitesRule("YL-SCREEN")
    void schedule1Stage1ChecklistsAreTheDocumentsWords() {
        FormDefinition f = form(YunlinForms.ASSESSMENT);
        assertEquals(List.of("student", "personal", "family", "schoolSocial", "crisisHomeroom", "crisisCounsellor",
                "strategy"), f.sections().stream().map(s -> s.key()).toList());
        assertEquals(List.of("發展遲緩", "智能障礙", "過動", "精神疾病", "重大生理疾病", "低自尊自信", "衝動性格", "情緒困擾", "懷孕",
                "其他_____"), labels(field(f, "physicalMentalCrisis")));
        assertEquals(List.of("逃家", "經常性請假或曠課", "經常性說謊", "偷竊", "不服管教", "自傷或自殺", "受虐或目睹家暴", "生活作息異常",
                "流連不良場所", "菸癮、酒癮、藥癮", "沉迷網咖", "其他_____"), labels(field(f, "behaviourCrisis")));
        assertEquals(List.of("學習意願低落", "學習能力不足", "有學習挫敗經驗", "學業成就低弱"), labels(field(f, "learningGapCrisis")));
        assertEquals(List.of("經濟困難", "父或母失業", "舉家躲債", "家庭衝突", "支持系統薄弱", "突發性急難事故", "家庭成員關係紊亂",
                "其他_____"), labels(field(f, "familyFunctionCrisis")));
        assertEquals(List.of("照顧者死亡", "照顧者出走", "照顧者重病", "照顧者入獄服刑", "照顧者婚姻關係不穩定", "照顧者有自殺傾向",
                "照顧者有酒(藥/毒)癮", "照顧者罹患精神疾病且未穩定就醫", "照顧者管教能力不足", "照顧者管教觀念偏差",
                "照顧者生活作息未能配合子女照顧", "其他_____"), labels(field(f, "careFunctionCrisis")));
        assertEquals(List.of("對學校課程不感興趣", "不適應學校生活", "學校管教方式不當", "其他_____"),
                labels(field(f, "schoolAdjustmentCrisis")));
        assertEquals(List.of("師生關係欠佳", "同儕關係欠佳或遭霸凌", "受不良同儕引誘", "其他_____"),
                labels(field(f, "interpersonalCrisis")));
        assertEquals(List.of("參與幫派", "過度投入廟會活動", "有犯罪紀錄", "在校外打工", "其他_____"),
                labels(field(f, "overSocialisationCrisis")));
        assertTrue(field(f, "physicalMentalCrisis").options().get(9).asksForText(), "其他 asks for the text");
        assertEquals(List.of("原住民", "單親", "隔代教養", "新移民配偶子女", "其他_____"), labels(field(f, "familyBackground")));
    }

    @Test
    @CitesRule("YL-SCREEN")
    void schedule1CrisisStatesNameTheCategoriesAndStage4ListsTheStrategies() {
        FormDefinition f = form(YunlinForms.ASSESSMENT);
        for (String key : List.of("crisisByHomeroom", "crisisByCounsellor")) {
            Field crisis = field(f, key);
            assertEquals(List.of("中輟之虞(時輟時復等)", "嚴重行為問題(霸凌、偷竊等)", "成癮行為(沈迷網咖等)", "學習適應困擾(懼學、拒學等)",
                    "人際關係困擾(社交恐懼等)", "情緒困擾(憂鬱、自傷等)", "高風險家庭", "保護性高關懷群(家暴、性侵等)", "其他()"),
                    labels(crisis));
            assertEquals(List.of("YL-C1", "YL-C2", "YL-C3", "YL-C5", "YL-C6", "YL-C4", "YL-C7", "YL-C8", "OTHER"),
                    codes(crisis));
        }
        assertEquals(List.of("目前暫無積極介入處遇之需求，列入關懷對象", "需安排認輔老師", "需安排高關懷課程", "需轉介中介教育",
                "需轉介中輟外展服務(單位：_____)", "需提報兒少保護", "需轉介心理師進行個別諮商", "需通報社會處高風險家庭",
                "需轉介其他服務方案，名稱：_____"), labels(field(f, "strategy")));
        assertEquals(List.of("資源式中途班", "安親學園", "其他_____"), labels(field(f, "intermediateEducationKind")));
        assertEquals(List.of("高關懷班", "其他_____"), labels(field(f, "highCareCourseKind")));
    }

    // ---- 附表二 ---------------------------------------------------------------------------

    @Test
    @CitesRule("YL-ROSTER")
    void schedule2ListsAnonymisedNamesAndIsStampedByOfficerDirectorAndPrincipal() {
        FormDefinition f = form(YunlinForms.ROSTER);
        assertEquals("雲林縣國民中(小)學學年度高關懷學生名冊（附表二）", f.title().zhTw());
        Field table = field(f, "students");
        assertEquals(FieldType.TABLE, table.type());
        assertEquals(List.of("number", "date", "grade", "maskedName", "familyBackground", "crisisState", "strategy"),
                table.columns().stream().map(Field::key).toList());
        assertEquals("姓名(以匿名處理,例:黃○進)", column(table, "maskedName").label().zhTw());
        assertEquals(List.of("單親", "隔代教養", "原住民", "新移民配偶子女", "其他_____"), labels(column(table, "familyBackground")));
        assertEquals(List.of("需安排認輔老師", "需安排高關懷課程", "需提報兒少保護", "需提報高風險家庭", "需轉介其他單位 名稱: _____"),
                labels(column(table, "strategy")));
        assertEquals(List.of("officer", "director", "principal"), f.signOff().stream().map(SignOffStage::key).toList());
        assertEquals(List.of(Set.of(SchoolRole.COUNSELING), Set.of(SchoolRole.COUNSELING_DIRECTOR),
                        Set.of(SchoolRole.PRINCIPAL)),
                f.signOff().stream().map(SignOffStage::roles).toList());
        assertTrue(f.signOff().stream().allMatch(SignOffStage::stamp), "承辦人、主任、校長 (核章)");
    }

    @Test
    @CitesRule("YL-ROSTER")
    void namesAreMaskedBetweenTheFirstAndLastCharacter() {
        assertEquals("黃○進", YunlinForms.anonymise("黃小進"));
        assertEquals("歐○○明", YunlinForms.anonymise("歐陽小明"));
        assertEquals("王○", YunlinForms.anonymise("王明"));
        assertEquals("○", YunlinForms.anonymise("林"));
        assertEquals("黃○進", YunlinForms.anonymise(" 黃小進 "));
    }

    // ---- 附表三 ---------------------------------------------------------------------------

    @Test
    @CitesRule("YL-REF-DROPOUT")
    void schedule3HasBehaviourCodesAToLVerbatimAndFourSignatures() {
        FormDefinition f = form(YunlinForms.REFERRAL);
        assertEquals("雲林縣國民中(小)學學年度中輟高關懷群學生轉介單（附表三）", f.title().zhTw());
        Field codes = field(f, "behaviourCodes");
        assertTrue(codes.required());
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"), codes(codes));
        assertEquals(List.of(
                "A. 有中輟之虞或中輟之學生",
                "B. 嚴重行為問題（學校霸凌、攻擊、暴力、偷竊、翹家、涉入不當廟會活動）",
                "C. 懼學或拒學（因學業、人際關係不良導致不願到校；非中輟或中輟之虞學生）",
                "D. 長期使用網路達影響日常生活之程度",
                "E. 家庭暴力、家庭成員長期爭吵",
                "F. 藥物濫用與成癮",
                "G. 身體意象不良與飲食異常",
                "H. 長達兩週以上憂鬱情緒且合併失眠、厭食",
                "I. 自殺、自殘意念與行為",
                "J. 有被診斷為經神官能症者",
                "K. 保護性行為",
                "L. 其他（請於轉介表中詳述其行為表現及需協助之處）"), labels(codes));
        assertEquals(List.of("缺乏親職知識", "缺乏親職能力", "家長行為或觀念偏差", "管教過當（過嚴或過鬆）", "出現虐待或傷害行為", "親子關係疏遠",
                "疏忽教養及照顧程度", "家庭失和氣氛不融洽", "不清楚", "其他_____"), labels(field(f, "familyFunction")));
        assertEquals(List.of("轉介老師", "輔導組長", "輔導主任", "校長"),
                f.signOff().stream().map(s -> s.title().zhTw()).toList());
        assertEquals(Set.of(SchoolRole.PRINCIPAL), f.signOff().get(3).roles());
        assertTrue(field(f, "behaviourAndNeeds").required());
    }

    // ---- 輔導安排回覆表 ---------------------------------------------------------------------------

    @Test
    @CitesRule("YL-REPLY")
    void theReplyNamesTier1MentorOrTier2CounsellorAndWhetherTier3IsNeeded() {
        FormDefinition f = form(YunlinForms.REPLY);
        assertEquals("雲林縣國中(小)高關懷學生輔導安排回覆表(由輔導室填寫)", f.title().zhTw());
        assertEquals(List.of("一級輔導", "二級輔導"), labels(field(f, "tier")));
        assertEquals(FieldType.PERSON, field(f, "mentorTeacher").type());
        assertEquals("認輔老師", field(f, "mentorTeacher").label().zhTw());
        assertEquals(FieldType.PERSON, field(f, "counsellor").type());
        assertEquals("輔導老師", field(f, "counsellor").label().zhTw());
        assertEquals(List.of("NEEDED", "NOT_NEEDED"), codes(field(f, "tier3Referral")));
        assertEquals(List.of("需三級轉介", "不需轉介"), labels(field(f, "tier3Referral")));
        assertTrue(f.sections().stream().anyMatch(s -> s.title().zhTw().contains("轉介單請行文寄送雲林縣政府教育處")));
        assertEquals(List.of(Set.of(SchoolRole.COUNSELING_SECTION_HEAD)),
                f.signOff().stream().map(SignOffStage::roles).toList());
    }

    // ---- 附表四 ---------------------------------------------------------------------------

    @Test
    @CitesRule("YL-RETURN")
    void schedule4RulesOpenCaseReferElsewhereOrNoServiceWithTheReason() {
        FormDefinition f = form(YunlinForms.RETURN_RULING);
        assertEquals("雲林縣國民中(小)學中輟高危險群學生輔導個案回歸學校裁定書（附表四）", f.title().zhTw());
        Field handling = field(f, "handling");
        assertEquals(FieldType.SINGLE_CHOICE, handling.type());
        assertEquals(List.of("OPEN_CASE", "REFER", "NO_SERVICE", "OTHER"), codes(handling));
        assertEquals(List.of("開案處理，由_____單位提供後續服務。", "轉介其他單位，受理轉介單位：", "無需提供服務，原因：", "其他_____。"),
                labels(handling));
        assertTrue(handling.options().stream().allMatch(Option::asksForText), "each choice names a unit or a reason");
        assertEquals(FieldType.DATE, field(f, "meetingDate").type());
        assertEquals(FieldType.SIGNATURE, field(f, "agencyDirectorSignature").type());
    }

    // ---- 附表五 ---------------------------------------------------------------------------

    @Test
    @CitesRule("YL-REF-FAMILY")
    void schedule5IsTheSixMoiCriteriaFilledByTheHomeroomTeacherForTheCounsellingOffice() {
        FormDefinition f = form(YunlinForms.HIGH_RISK_FAMILY);
        assertEquals("高風險家庭評估表（附表五）", f.title().zhTw());
        List<String> criteria = labels(field(f, "criteria"));
        assertEquals(6, criteria.size());
        assertTrue(criteria.get(0).startsWith("家庭成員關係紊亂或家庭衝突："));
        assertEquals("家中兒童少年父母或主要照顧者從事特種行業或罹患精神疾病、酒癮、藥癮並未就醫或未持續就醫。", criteria.get(1));
        assertEquals("負擔家計者死亡、出走、重病、入獄服刑等，使兒童少年未獲適當照顧。", criteria.get(5));
        assertEquals(List.of(Set.of(SchoolRole.HOMEROOM_TEACHER), Set.of(SchoolRole.COUNSELING)),
                f.signOff().stream().map(SignOffStage::roles).toList());
    }

    /** Issue 17 §4: 附表一 and 附表三 start with the student, class, seat and the family background. */
    @Test
    @CitesRule("YL-SCREEN")
    @CitesRule("YL-REF-DROPOUT")
    void assessmentAndReferralArePrefilledFromTheRegister() {
        YunlinPolicy policy = new YunlinPolicy();
        assertEquals(DocumentData.STUDENT_GENDER,
                policy.formPrefill(YunlinForms.ASSESSMENT).orElseThrow().fields().get("sex"));
        assertEquals(DocumentData.STUDENT_SEAT_NUMBER,
                policy.formPrefill(YunlinForms.REFERRAL).orElseThrow().fields().get("seatNumber"));
        ChoicePrefill background = policy.choicePrefills().stream()
                .filter(c -> c.formId().equals(YunlinForms.ASSESSMENT)).findFirst().orElseThrow();
        assertEquals("familyBackground", background.fieldKey());
        assertEquals("GRANDPARENTS", background.options().get("GRANDPARENT_CARE"), "隔代教養 is the form's GRANDPARENTS");
        assertTrue(policy.formPrefill(YunlinForms.ROSTER).isEmpty(), "the roster names no single student");
    }
}
