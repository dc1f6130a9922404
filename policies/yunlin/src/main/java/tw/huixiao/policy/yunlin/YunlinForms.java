package tw.huixiao.policy.yunlin;

import static tw.huixiao.policy.spi.form.Field.field;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.FormPrefill;
import tw.huixiao.policy.spi.form.SignOffStage;

/**
 * The forms of the Yunlin plan (附表一 to 附表五 and the 輔導安排回覆表). Titles, labels and
 * checklist options are the document's own words; English is ours. 附表五 is only named by
 * the document: its content here is the six criteria of 五(七) (see README).
 */
public final class YunlinForms {

    /** 附表一 高關懷學生評估指標及輔導表 (YL-SCREEN). */
    public static final String ASSESSMENT = "YL-T1-ASSESSMENT";
    /** 附表二 高關懷學生名冊 (YL-ROSTER). */
    public static final String ROSTER = "YL-T2-ROSTER";
    /** 附表三 中輟高關懷群學生轉介單 (YL-REF-DROPOUT). */
    public static final String REFERRAL = "YL-T3-REFERRAL";
    /** 高關懷學生輔導安排回覆表, the reply to 附表三 (YL-REPLY). */
    public static final String REPLY = "YL-T3-REPLY";
    /** 附表四 中輟高危險群學生輔導個案回歸學校裁定書 (YL-RETURN). */
    public static final String RETURN_RULING = "YL-T4-RETURN-RULING";
    /** 附表五 高風險家庭評估表 (YL-REF-FAMILY). */
    public static final String HIGH_RISK_FAMILY = "YL-T5-HIGH-RISK-FAMILY";

    /** The mask character of 附表二 ("以匿名處理,例:黃○進"). */
    public static final char MASK = '○';

    private YunlinForms() {
    }

    /**
     * A name as 附表二 lists it: every character between the first and the last is masked
     * (黃小進 → 黃○進, 歐陽小明 → 歐○○明); a two-character name keeps its first (王明 → 王○),
     * a one-character name is masked entirely.
     */
    public static String anonymise(String name) {
        int[] cp = name.strip().codePoints().toArray();
        if (cp.length == 0) {
            throw new IllegalArgumentException("no name to anonymise");
        }
        StringBuilder masked = new StringBuilder();
        if (cp.length == 1) {
            return masked.append(MASK).toString();
        }
        masked.appendCodePoint(cp[0]);
        if (cp.length == 2) {
            return masked.append(MASK).toString();
        }
        masked.append(String.valueOf(MASK).repeat(cp.length - 2));
        return masked.appendCodePoint(cp[cp.length - 1]).toString();
    }

    // ---- shared checklists ------------------------------------------------------------------

    /** 危機狀態 (附表一 stages 2 and 3, 附表二): codes are this module's category ids. */
    private static Field.Builder crisisState(String key, String zh, String en) {
        return field(key, FieldType.MULTI_CHOICE).label(zh, en)
                .option("YL-C1", "中輟之虞(時輟時復等)", "At risk of dropping out (intermittent attendance etc.)")
                .option("YL-C2", "嚴重行為問題(霸凌、偷竊等)", "Serious behaviour problems (bullying, theft etc.)")
                .option("YL-C3", "成癮行為(沈迷網咖等)", "Addiction (internet cafés etc.)")
                .option("YL-C5", "學習適應困擾(懼學、拒學等)", "Learning adjustment (school phobia, refusal etc.)")
                .option("YL-C6", "人際關係困擾(社交恐懼等)", "Interpersonal difficulties (social phobia etc.)")
                .option("YL-C4", "情緒困擾(憂鬱、自傷等)", "Emotional distress (depression, self-harm etc.)")
                .option("YL-C7", "高風險家庭", "High-risk family")
                .option("YL-C8", "保護性高關懷群(家暴、性侵等)", "Protective high-care group (domestic violence, sexual assault etc.)")
                .other("OTHER", "其他()", "Other (   )");
    }

    /** 家庭背景 (附表一 in this order; 附表二 lists 單親 first). */
    private static Field.Builder familyBackground(String key, boolean rosterOrder) {
        Field.Builder f = field(key, FieldType.MULTI_CHOICE).label("家庭背景", "Family background");
        if (rosterOrder) {
            f.option("SINGLE_PARENT", "單親", "Single parent")
                    .option("GRANDPARENTS", "隔代教養", "Raised by grandparents")
                    .option("INDIGENOUS", "原住民", "Indigenous");
        } else {
            f.option("INDIGENOUS", "原住民", "Indigenous")
                    .option("SINGLE_PARENT", "單親", "Single parent")
                    .option("GRANDPARENTS", "隔代教養", "Raised by grandparents");
        }
        return f.option("NEW_IMMIGRANT", "新移民配偶子女", "Child of a new-immigrant spouse")
                .other("OTHER", "其他_____", "Other: ____");
    }

    private static SignOffStage stage(String key, String zh, String en, boolean stamp, Set<String> fields,
                                      SchoolRole... roles) {
        return new SignOffStage(key, LocalizedText.of(zh, en), new LinkedHashSet<>(List.of(roles)), stamp, fields);
    }

    // ---- 附表一 ---------------------------------------------------------------------------

    /** Fields of 附表一 each stage covers (stage 1 also covers the student's basic data). */
    static final Set<String> STAGE1_FIELDS = Set.of("studentName", "assessmentDate", "sex", "birthDate",
            "className", "primaryCarer", "carerRelationship", "phone", "address", "familyBackground",
            "physicalMentalCrisis", "behaviourCrisis", "learningGapCrisis", "familyFunctionCrisis",
            "careFunctionCrisis", "schoolAdjustmentCrisis", "interpersonalCrisis", "overSocialisationCrisis");
    static final Set<String> STAGE2_FIELDS = Set.of("crisisByHomeroom");
    static final Set<String> STAGE3_FIELDS = Set.of("crisisByCounsellor");
    static final Set<String> STAGE4_FIELDS = Set.of("strategy", "highCareCourseKind", "intermediateEducationKind");

    static final FormDefinition ASSESSMENT_FORM = FormDefinition.form(ASSESSMENT, 1)
            .title("雲林縣國民中(小)學高關懷學生評估指標及輔導表（附表一）",
                    "Yunlin high-care student assessment indicators and counselling form (Schedule 1)")
            .rule("YL-SCREEN")
            .section("student", "學生基本資料", "Student",
                    field("studentName", FieldType.TEXT).label("學生姓名", "Student name").required(),
                    field("assessmentDate", FieldType.DATE).label("評估日期", "Assessment date").required(),
                    field("sex", FieldType.TEXT).label("性別", "Sex"),
                    field("birthDate", FieldType.DATE).label("出生日期", "Date of birth"),
                    field("className", FieldType.TEXT).label("就讀班級", "Class").required(),
                    field("primaryCarer", FieldType.PERSON).label("主要照顧者", "Primary carer"),
                    field("carerRelationship", FieldType.TEXT).label("關係", "Relationship to the student"),
                    field("phone", FieldType.TEXT).label("聯絡電話", "Phone"),
                    field("address", FieldType.TEXT).label("聯絡住址", "Address"),
                    familyBackground("familyBackground", false))
            .section("personal", "【第一階段】高關懷學生指標　一、個人因素", "Stage 1 high-care indicators: I. Personal factors",
                    field("physicalMentalCrisis", FieldType.MULTI_CHOICE).label("1. 身心狀態危機", "1. Physical and mental state")
                            .option("DEVELOPMENTAL_DELAY", "發展遲緩", "Developmental delay")
                            .option("INTELLECTUAL_DISABILITY", "智能障礙", "Intellectual disability")
                            .option("HYPERACTIVITY", "過動", "Hyperactivity")
                            .option("MENTAL_ILLNESS", "精神疾病", "Mental illness")
                            .option("MAJOR_PHYSICAL_ILLNESS", "重大生理疾病", "Major physical illness")
                            .option("LOW_SELF_ESTEEM", "低自尊自信", "Low self-esteem and confidence")
                            .option("IMPULSIVE", "衝動性格", "Impulsive personality")
                            .option("EMOTIONAL_DISTRESS", "情緒困擾", "Emotional distress")
                            .option("PREGNANCY", "懷孕", "Pregnancy")
                            .other("OTHER", "其他_____", "Other: ____"),
                    field("behaviourCrisis", FieldType.MULTI_CHOICE).label("2. 行為表現危機", "2. Behaviour")
                            .option("RUNNING_AWAY", "逃家", "Running away from home")
                            .option("FREQUENT_LEAVE_OR_TRUANCY", "經常性請假或曠課", "Frequent leave or truancy")
                            .option("FREQUENT_LYING", "經常性說謊", "Frequent lying")
                            .option("THEFT", "偷竊", "Theft")
                            .option("DEFIANCE", "不服管教", "Defiance of discipline")
                            .option("SELF_HARM_OR_SUICIDE", "自傷或自殺", "Self-harm or suicide")
                            .option("ABUSED_OR_WITNESSED_DV", "受虐或目睹家暴", "Abused or witnessed domestic violence")
                            .option("ABNORMAL_ROUTINE", "生活作息異常", "Abnormal daily routine")
                            .option("UNSUITABLE_VENUES", "流連不良場所", "Frequents unsuitable venues")
                            .option("TOBACCO_ALCOHOL_DRUGS", "菸癮、酒癮、藥癮", "Tobacco, alcohol or drug addiction")
                            .option("INTERNET_CAFES", "沉迷網咖", "Addicted to internet cafés")
                            .other("OTHER", "其他_____", "Other: ____"),
                    field("learningGapCrisis", FieldType.MULTI_CHOICE).label("3. 學習落差危機", "3. Learning gap")
                            .option("LOW_MOTIVATION", "學習意願低落", "Low motivation to learn")
                            .option("INSUFFICIENT_ABILITY", "學習能力不足", "Insufficient learning ability")
                            .option("FAILURE_EXPERIENCE", "有學習挫敗經驗", "Experience of failure in learning")
                            .option("LOW_ACHIEVEMENT", "學業成就低弱", "Low academic achievement"))
            .section("family", "【第一階段】高關懷學生指標　二、家庭因素", "Stage 1 high-care indicators: II. Family factors",
                    field("familyFunctionCrisis", FieldType.MULTI_CHOICE).label("1. 家庭功能危機", "1. Family functioning")
                            .option("ECONOMIC_HARDSHIP", "經濟困難", "Economic hardship")
                            .option("PARENT_UNEMPLOYED", "父或母失業", "Father or mother unemployed")
                            .option("FAMILY_HIDING_FROM_DEBT", "舉家躲債", "Whole family hiding from debt")
                            .option("FAMILY_CONFLICT", "家庭衝突", "Family conflict")
                            .option("WEAK_SUPPORT", "支持系統薄弱", "Weak support system")
                            .option("SUDDEN_EMERGENCY", "突發性急難事故", "Sudden emergency")
                            .option("DISORDERED_RELATIONSHIPS", "家庭成員關係紊亂", "Disordered family relationships")
                            .other("OTHER", "其他_____", "Other: ____"),
                    field("careFunctionCrisis", FieldType.MULTI_CHOICE).label("2. 照顧功能危機", "2. Care functioning")
                            .option("CARER_DIED", "照顧者死亡", "Carer died")
                            .option("CARER_LEFT", "照顧者出走", "Carer left")
                            .option("CARER_SERIOUSLY_ILL", "照顧者重病", "Carer seriously ill")
                            .option("CARER_IMPRISONED", "照顧者入獄服刑", "Carer imprisoned")
                            .option("CARER_UNSTABLE_MARRIAGE", "照顧者婚姻關係不穩定", "Carer's marriage unstable")
                            .option("CARER_SUICIDAL", "照顧者有自殺傾向", "Carer has suicidal tendencies")
                            .option("CARER_ADDICTED", "照顧者有酒(藥/毒)癮", "Carer addicted to alcohol (medication or drugs)")
                            .option("CARER_MENTAL_ILLNESS_UNTREATED", "照顧者罹患精神疾病且未穩定就醫",
                                    "Carer mentally ill without stable treatment")
                            .option("CARER_LACKS_PARENTING_SKILL", "照顧者管教能力不足", "Carer lacks parenting ability")
                            .option("CARER_DEVIANT_PARENTING_VIEWS", "照顧者管教觀念偏差", "Carer's views on discipline are deviant")
                            .option("CARER_ROUTINE_INCOMPATIBLE", "照顧者生活作息未能配合子女照顧",
                                    "Carer's daily routine does not allow caring for the child")
                            .other("OTHER", "其他_____", "Other: ____"))
            .section("schoolSocial", "【第一階段】高關懷學生指標　三、學校及社會因素",
                    "Stage 1 high-care indicators: III. School and social factors",
                    field("schoolAdjustmentCrisis", FieldType.MULTI_CHOICE).label("1. 學校適應危機", "1. School adjustment")
                            .option("NO_INTEREST_IN_COURSES", "對學校課程不感興趣", "Not interested in school courses")
                            .option("MALADJUSTED_TO_SCHOOL", "不適應學校生活", "Not adjusted to school life")
                            .option("INAPPROPRIATE_SCHOOL_DISCIPLINE", "學校管教方式不當", "Inappropriate school discipline")
                            .other("OTHER", "其他_____", "Other: ____"),
                    field("interpersonalCrisis", FieldType.MULTI_CHOICE).label("2. 人際適應危機", "2. Interpersonal adjustment")
                            .option("POOR_TEACHER_RELATIONSHIP", "師生關係欠佳", "Poor relationship with teachers")
                            .option("POOR_PEER_RELATIONSHIP_OR_BULLIED", "同儕關係欠佳或遭霸凌", "Poor peer relationships or bullied")
                            .option("LURED_BY_BAD_PEERS", "受不良同儕引誘", "Lured by bad peers")
                            .other("OTHER", "其他_____", "Other: ____"),
                    field("overSocialisationCrisis", FieldType.MULTI_CHOICE).label("3. 高社會化危機", "3. Over-socialisation")
                            .option("GANG", "參與幫派", "Gang involvement")
                            .option("TEMPLE_ACTIVITIES", "過度投入廟會活動", "Excessive involvement in temple festivals")
                            .option("CRIMINAL_RECORD", "有犯罪紀錄", "Criminal record")
                            .option("PART_TIME_WORK", "在校外打工", "Part-time work outside school")
                            .other("OTHER", "其他_____", "Other: ____"))
            .section("crisisHomeroom", "【第二階段】危機狀態　導師評估", "Stage 2 crisis state: homeroom teacher's assessment",
                    crisisState("crisisByHomeroom", "危機狀態（導師評估）", "Crisis state (homeroom teacher)").required())
            .section("crisisCounsellor", "【第三階段】危機狀態　輔導人員評估", "Stage 3 crisis state: counsellor's assessment",
                    crisisState("crisisByCounsellor", "危機狀態（輔導人員評估）", "Crisis state (counsellor)").required())
            .section("strategy", "【第四階段】輔導策略", "Stage 4 counselling strategy",
                    field("strategy", FieldType.MULTI_CHOICE).label("輔導策略", "Counselling strategy").required()
                            .option("WATCH_ONLY", "目前暫無積極介入處遇之需求，列入關懷對象",
                                    "No active intervention needed for now; keep under watch")
                            .option("MENTOR_TEACHER", "需安排認輔老師", "Assign a mentor teacher")
                            .option("HIGH_CARE_COURSE", "需安排高關懷課程", "Arrange high-care courses")
                            .option("INTERMEDIATE_EDUCATION", "需轉介中介教育", "Refer to intermediate education")
                            .other("DROPOUT_OUTREACH", "需轉介中輟外展服務(單位：_____)", "Refer to dropout outreach services (unit: ____)")
                            .option("CHILD_PROTECTION", "需提報兒少保護", "Report for child protection")
                            .option("PSYCHOLOGIST", "需轉介心理師進行個別諮商", "Refer to a psychologist for individual counselling")
                            .option("HIGH_RISK_FAMILY", "需通報社會處高風險家庭", "Notify the social affairs department of a high-risk family")
                            .other("OTHER_PROGRAMME", "需轉介其他服務方案，名稱：_____", "Refer to another service programme, name: ____"),
                    field("highCareCourseKind", FieldType.MULTI_CHOICE).label("需安排高關懷課程（）", "High-care course kind")
                            .option("HIGH_CARE_CLASS", "高關懷班", "High-care class")
                            .other("OTHER", "其他_____", "Other: ____"),
                    field("intermediateEducationKind", FieldType.MULTI_CHOICE).label("需轉介中介教育（）", "Intermediate education kind")
                            .option("RESOURCE_HALFWAY_CLASS", "資源式中途班", "Resource-type halfway class")
                            .option("ANQIN_SCHOOL", "安親學園", "After-school care centre")
                            .other("OTHER", "其他_____", "Other: ____"))
            .stage(stage("stage1", "【第一階段】高關懷學生指標　導師簽章", "Stage 1 indicators: homeroom teacher signs",
                    false, STAGE1_FIELDS, SchoolRole.HOMEROOM_TEACHER))
            .stage(stage("stage2", "【第二階段】危機狀態　導師評估　導師簽章", "Stage 2 crisis state: homeroom teacher signs",
                    false, STAGE2_FIELDS, SchoolRole.HOMEROOM_TEACHER))
            .stage(stage("stage3", "【第三階段】危機狀態　輔導人員評估　輔導人員簽章", "Stage 3 crisis state: counsellor signs",
                    false, STAGE3_FIELDS, SchoolRole.COUNSELING))
            .stage(stage("stage4", "【第四階段】輔導策略　單位主管核章", "Stage 4 strategy: head of unit stamps",
                    true, STAGE4_FIELDS, SchoolRole.COUNSELING_DIRECTOR))
            .build();

    // ---- 附表二 ---------------------------------------------------------------------------

    static final FormDefinition ROSTER_FORM = FormDefinition.form(ROSTER, 1)
            .title("雲林縣國民中(小)學學年度高關懷學生名冊（附表二）", "Yunlin school-year roster of high-care students (Schedule 2)")
            .rule("YL-ROSTER")
            .section("roster", "高關懷學生名冊", "Roster",
                    field("schoolYear", FieldType.NUMBER).label("學年度", "School year (ROC)").required(),
                    field("students", FieldType.TABLE).label("高關懷學生名冊", "High-care students").required()
                            .column(field("number", FieldType.TEXT).label("編號", "No.").required())
                            .column(field("date", FieldType.DATE).label("日期", "Date").required())
                            .column(field("grade", FieldType.TEXT).label("年級", "Grade").required())
                            .column(field("maskedName", FieldType.TEXT).label("姓名(以匿名處理,例:黃○進)",
                                    "Name, anonymised (e.g. 黃○進)").required())
                            .column(familyBackground("familyBackground", true))
                            .column(crisisState("crisisState", "高關懷學生危機狀態", "Crisis state").required())
                            .column(field("strategy", FieldType.MULTI_CHOICE).label("高關懷學生輔導策略", "Counselling strategy")
                                    .required()
                                    .option("MENTOR_TEACHER", "需安排認輔老師", "Assign a mentor teacher")
                                    .option("HIGH_CARE_COURSE", "需安排高關懷課程", "Arrange high-care courses")
                                    .option("CHILD_PROTECTION", "需提報兒少保護", "Report for child protection")
                                    .option("HIGH_RISK_FAMILY", "需提報高風險家庭", "Report a high-risk family")
                                    .other("OTHER_UNIT", "需轉介其他單位 名稱: _____", "Refer to another unit, name: ____")))
            .stampedBy("officer", "承辦人（核章）", "Officer in charge (stamp)", SchoolRole.COUNSELING)
            .stampedBy("director", "主任（核章）", "Director (stamp)", SchoolRole.COUNSELING_DIRECTOR)
            .stampedBy("principal", "校長（核章）", "Principal (stamp)", SchoolRole.PRINCIPAL)
            .build();

    // ---- 附表三 and its reply ----------------------------------------------------------------

    static final FormDefinition REFERRAL_FORM = FormDefinition.form(REFERRAL, 1)
            .title("雲林縣國民中(小)學學年度中輟高關懷群學生轉介單（附表三）",
                    "Yunlin referral of a dropout high-care-group student (Schedule 3)")
            .rule("YL-REF-DROPOUT")
            .section("student", "學生", "Student",
                    field("number", FieldType.TEXT).label("編號（由輔導室填寫）", "No. (filled in by the counselling office)"),
                    field("className", FieldType.TEXT).label("班級", "Class").required(),
                    field("seatNumber", FieldType.TEXT).label("座號", "Seat number").required(),
                    field("studentName", FieldType.TEXT).label("姓名", "Name").required(),
                    field("referralDate", FieldType.DATE).label("轉介日期", "Referral date").required())
            .section("family", "家庭功能（為能對個案儘速妥善評估，請就已知之家庭情形作勾選，可複選。）",
                    "Family functioning (tick what is known about the family; several answers allowed)",
                    field("familySituation", FieldType.SINGLE_CHOICE).label("家庭現況", "Family situation")
                            .option("BOTH_PARENTS", "雙親", "Both parents")
                            .option("SINGLE_PARENT", "單親", "Single parent")
                            .option("PARENTLESS", "失親", "Lost parents"),
                    field("primaryCarer", FieldType.SINGLE_CHOICE).label("主要照顧者", "Primary carer")
                            .option("FATHER", "爸爸", "Father")
                            .option("MOTHER", "媽媽", "Mother")
                            .option("UNKNOWN", "不清楚", "Unknown"),
                    field("primaryCarerIfParentless", FieldType.TEXT).label("失親：主要照顧者", "Lost parents: primary carer"),
                    field("familyFunction", FieldType.MULTI_CHOICE).label("家庭功能", "Family functioning")
                            .option("LACKS_PARENTING_KNOWLEDGE", "缺乏親職知識", "Lacks parenting knowledge")
                            .option("LACKS_PARENTING_ABILITY", "缺乏親職能力", "Lacks parenting ability")
                            .option("DEVIANT_PARENT", "家長行為或觀念偏差", "Parent's behaviour or views deviant")
                            .option("EXCESSIVE_DISCIPLINE", "管教過當（過嚴或過鬆）", "Inappropriate discipline (too strict or too lax)")
                            .option("ABUSE_OR_HARM", "出現虐待或傷害行為", "Abuse or harm has occurred")
                            .option("DISTANT_RELATIONSHIP", "親子關係疏遠", "Distant parent-child relationship")
                            .option("NEGLECT", "疏忽教養及照顧程度", "Neglect of upbringing and care")
                            .option("DISHARMONY", "家庭失和氣氛不融洽", "Family discord, unhappy atmosphere")
                            .option("UNKNOWN", "不清楚", "Unknown")
                            .other("OTHER", "其他_____", "Other: ____"),
                    field("remarks", FieldType.LONG_TEXT).label("備註", "Remarks"))
            .section("behaviour", "中輟高關懷學生行為類型", "Behaviour type of the dropout high-care student",
                    field("behaviourCodes", FieldType.MULTI_CHOICE).label("行為代碼（請填寫行為類型代碼）",
                                    "Behaviour code (enter the behaviour type code)").required()
                            .option("A", "A. 有中輟之虞或中輟之學生", "A. At risk of dropping out, or dropped out")
                            .option("B", "B. 嚴重行為問題（學校霸凌、攻擊、暴力、偷竊、翹家、涉入不當廟會活動）",
                                    "B. Serious behaviour problems (school bullying, aggression, violence, theft, "
                                            + "running away, improper temple activities)")
                            .option("C", "C. 懼學或拒學（因學業、人際關係不良導致不願到校；非中輟或中輟之虞學生）",
                                    "C. School phobia or refusal (unwilling to come because of studies or poor "
                                            + "relationships; not a dropout or at risk)")
                            .option("D", "D. 長期使用網路達影響日常生活之程度", "D. Long-term internet use that harms daily life")
                            .option("E", "E. 家庭暴力、家庭成員長期爭吵", "E. Domestic violence, long-running family quarrels")
                            .option("F", "F. 藥物濫用與成癮", "F. Drug abuse and addiction")
                            .option("G", "G. 身體意象不良與飲食異常", "G. Poor body image and eating disorder")
                            .option("H", "H. 長達兩週以上憂鬱情緒且合併失眠、厭食",
                                    "H. Depressed mood for more than two weeks with insomnia or anorexia")
                            .option("I", "I. 自殺、自殘意念與行為", "I. Suicidal or self-harm thoughts and acts")
                            .option("J", "J. 有被診斷為經神官能症者", "J. Diagnosed with a neurosis")
                            .option("K", "K. 保護性行為", "K. Protective case")
                            .option("L", "L. 其他（請於轉介表中詳述其行為表現及需協助之處）",
                                    "L. Other (describe the behaviour and the help needed on this form)"),
                    field("behaviourAndNeeds", FieldType.LONG_TEXT).label("行為表現、學生需協助之處",
                            "Behaviour and the help the student needs").required())
            .signedBy("referringTeacher", "轉介老師", "Referring teacher", SchoolRole.HOMEROOM_TEACHER,
                    SchoolRole.MENTOR_TEACHER)
            .signedBy("counselingSectionHead", "輔導組長", "Head of the counselling section",
                    SchoolRole.COUNSELING_SECTION_HEAD)
            .signedBy("counselingDirector", "輔導主任", "Director of counselling", SchoolRole.COUNSELING_DIRECTOR)
            .signedBy("principal", "校長", "Principal", SchoolRole.PRINCIPAL)
            .build();

    /** The printed note of the reply form, the title of its tier-3 section. */
    static final String REPLY_NOTE = "三級轉介（備註：需三級轉介學生，轉介單請行文寄送雲林縣政府教育處，依中輟高危險群學生轉介輔導流程辦理。）";

    static final FormDefinition REPLY_FORM = FormDefinition.form(REPLY, 1)
            .title("雲林縣國中(小)高關懷學生輔導安排回覆表(由輔導室填寫)",
                    "Yunlin high-care student counselling arrangement reply (filled in by the counselling office)")
            .rule("YL-REPLY")
            .section("student", "學生", "Student",
                    field("className", FieldType.TEXT).label("班級", "Class").required(),
                    field("seatNumber", FieldType.TEXT).label("座號", "Seat number").required(),
                    field("studentName", FieldType.TEXT).label("姓名", "Name").required())
            .section("arrangement", "安排情形", "Arrangement",
                    field("tier", FieldType.SINGLE_CHOICE).label("安排情形", "Counselling tier").required()
                            .option("TIER1", "一級輔導", "Tier 1")
                            .option("TIER2", "二級輔導", "Tier 2"),
                    field("mentorTeacher", FieldType.PERSON).label("認輔老師", "Mentor teacher (tier 1)"),
                    field("counsellor", FieldType.PERSON).label("輔導老師", "Counselling teacher (tier 2)"))
            .section("tier3", REPLY_NOTE, "Tier-3 referral (the referral form of a student who needs it is sent by "
                            + "official letter to the county Education Department, following the referral flow for "
                            + "dropout high-risk students)",
                    field("tier3Referral", FieldType.SINGLE_CHOICE).label("三級轉介", "Tier-3 referral").required()
                            .option("NEEDED", "需三級轉介", "Tier-3 referral needed")
                            .option("NOT_NEEDED", "不需轉介", "No referral needed"))
            .signedBy("counselingSectionHead", "輔導組長", "Head of the counselling section",
                    SchoolRole.COUNSELING_SECTION_HEAD)
            .build();

    // ---- 附表四 ---------------------------------------------------------------------------

    static final FormDefinition RETURN_RULING_FORM = FormDefinition.form(RETURN_RULING, 1)
            .title("雲林縣國民中(小)學中輟高危險群學生輔導個案回歸學校裁定書（附表四）",
                    "Yunlin ruling on returning a dropout high-risk counselling case to the school (Schedule 4)")
            .rule("YL-RETURN")
            .section("student", "學生", "Student",
                    field("studentName", FieldType.TEXT).label("學生姓名", "Student name").required(),
                    field("gradeAndClass", FieldType.TEXT).label("就讀年級（年　班）", "Grade and class").required(),
                    field("birthDate", FieldType.DATE).label("出生年月日", "Date of birth"),
                    field("sex", FieldType.TEXT).label("性別", "Sex"),
                    field("meetingDate", FieldType.DATE).label("個案回歸學校開會日期", "Date of the case-return meeting").required())
            .section("agency", "社服機構", "Social-service agency",
                    field("agencySupervisor", FieldType.PERSON).label("機構督導", "Agency supervisor"),
                    field("caseSocialWorker", FieldType.PERSON).label("個案輔導社工員", "Case social worker"),
                    field("caseVolunteer", FieldType.PERSON).label("個案輔導志工", "Case volunteer"),
                    field("ruling", FieldType.LONG_TEXT).label("裁示", "Ruling").required(),
                    field("agencyDirectorSignature", FieldType.SIGNATURE).label("社服機構主任", "Director of the agency"),
                    field("supervisorSignature", FieldType.SIGNATURE).label("督導", "Supervisor"),
                    field("socialWorkerSignature", FieldType.SIGNATURE).label("個案輔導社工員", "Case social worker (signature)"),
                    field("volunteerSignature", FieldType.SIGNATURE).label("輔導志工", "Volunteer (signature)"))
            .section("handling", "處理情形", "Handling",
                    field("handling", FieldType.SINGLE_CHOICE).label("處理情形", "Handling").required()
                            .other("OPEN_CASE", "開案處理，由_____單位提供後續服務。",
                                    "Open a case; follow-up services by unit: ____")
                            .other("REFER", "轉介其他單位，受理轉介單位：", "Refer to another unit; receiving unit:")
                            .other("NO_SERVICE", "無需提供服務，原因：", "No service needed; reason:")
                            .other("OTHER", "其他_____。", "Other: ____"),
                    field("notifiedUnit", FieldType.TEXT).label("受通知單位", "Unit notified").required(),
                    field("officer", FieldType.PERSON).label("承辦人", "Officer in charge").required(),
                    field("officerPhone", FieldType.TEXT).label("聯絡電話", "Phone").required(),
                    field("notifiedOn", FieldType.DATE).label("年　月　日", "Date").required())
            .signedBy("notifiedOfficer", "受通知單位承辦人", "Officer of the notified unit", SchoolRole.COUNSELING)
            .build();

    // ---- 附表五 ---------------------------------------------------------------------------

    static final FormDefinition HIGH_RISK_FAMILY_FORM = FormDefinition.form(HIGH_RISK_FAMILY, 1)
            .title("高風險家庭評估表（附表五）", "High-risk family assessment (Schedule 5)")
            .rule("YL-REF-FAMILY")
            .section("student", "學生", "Student",
                    field("studentName", FieldType.TEXT).label("學生姓名", "Student name").required(),
                    field("className", FieldType.TEXT).label("就讀班級", "Class").required(),
                    field("assessmentDate", FieldType.DATE).label("評估日期", "Assessment date").required())
            .section("criteria", "依內政部高風險家庭評估表，其評估內容如下",
                    "Criteria of the Ministry of the Interior high-risk family assessment",
                    field("criteria", FieldType.MULTI_CHOICE).label("評估內容", "Criteria met").required()
                            .option("DISORDER_OR_CONFLICT", "家庭成員關係紊亂或家庭衝突：如家中成人時常劇烈爭吵、無婚姻關係帶年幼子女"
                                            + "與人同居、頻換同居人，或同居人有從事特種行業、藥癮、酒癮、精神疾病、犯罪前科等。",
                                    "Disordered family relationships or family conflict: adults often quarrel violently, "
                                            + "cohabit with young children outside marriage, change partners often, or a "
                                            + "partner works in the sex or nightlife trade, is addicted to drugs or alcohol, "
                                            + "is mentally ill or has a criminal record")
                            .option("CARER_TRADE_ILLNESS_ADDICTION", "家中兒童少年父母或主要照顧者從事特種行業或罹患精神疾病、酒癮、"
                                            + "藥癮並未就醫或未持續就醫。",
                                    "A parent or main carer works in the sex or nightlife trade, or has a mental illness, "
                                            + "alcohol or drug addiction without (continued) treatment")
                            .option("SUICIDE_IN_FAMILY", "家中成員曾有自殺傾向或自殺紀錄者，使兒童少年未獲適當照顧。",
                                    "A family member has suicidal tendencies or attempted suicide, so the child is not "
                                            + "properly cared for")
                            .option("POVERTY_SINGLE_GRANDPARENT", "因貧困、單親、隔代教養或其他不利因素，使兒童少年未獲適當照顧。",
                                    "Poverty, single parenthood, care by grandparents or other adverse factors leave the "
                                            + "child without proper care")
                            .option("INVOLUNTARY_UNEMPLOYMENT", "非自願性失業或重複失業者：負擔家計者遭裁員、資遣、強迫退休等，"
                                            + "使兒童少年未獲適當照顧。",
                                    "Involuntary or repeated unemployment: the breadwinner was laid off, dismissed or "
                                            + "forced to retire, so the child is not properly cared for")
                            .option("BREADWINNER_LOST", "負擔家計者死亡、出走、重病、入獄服刑等，使兒童少年未獲適當照顧。",
                                    "The breadwinner died, left, is seriously ill or imprisoned, so the child is not "
                                            + "properly cared for"),
                    field("description", FieldType.LONG_TEXT).label("情形說明", "Description of the situation").required())
            .signedBy("homeroom", "導師", "Homeroom teacher", SchoolRole.HOMEROOM_TEACHER)
            .signedBy("counseling", "輔導室", "Counselling office", SchoolRole.COUNSELING)
            .build();

    static final List<FormDefinition> ALL = List.of(ASSESSMENT_FORM, ROSTER_FORM, REFERRAL_FORM, REPLY_FORM,
            RETURN_RULING_FORM, HIGH_RISK_FAMILY_FORM);

    /**
     * What the platform fills in from the case (SPI 1.3/1.4): every 附表's student, class, seat
     * number, sex and birth date; 附表一's main carer and contact and the day of the assessment;
     * 附表三's referral date; the reply's mentor and counselling teachers; 附表五's assessment date.
     */
    static final List<FormPrefill> PREFILLS = List.of(
            FormPrefill.of(ASSESSMENT)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("assessmentDate", DocumentData.TODAY)
                    .field("sex", DocumentData.STUDENT_GENDER)
                    .field("birthDate", DocumentData.STUDENT_BIRTH_DATE)
                    .field("className", DocumentData.STUDENT_CLASS)
                    .field("primaryCarer", DocumentData.GUARDIAN_NAME)
                    .field("carerRelationship", DocumentData.GUARDIAN_RELATION)
                    .field("phone", DocumentData.GUARDIAN_PHONE)
                    .field("address", DocumentData.GUARDIAN_ADDRESS)
                    .build(),
            FormPrefill.of(REFERRAL)
                    .field("className", DocumentData.STUDENT_CLASS)
                    .field("seatNumber", DocumentData.STUDENT_SEAT_NUMBER)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("referralDate", DocumentData.TODAY)
                    .build(),
            FormPrefill.of(REPLY)
                    .field("className", DocumentData.STUDENT_CLASS)
                    .field("seatNumber", DocumentData.STUDENT_SEAT_NUMBER)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("mentorTeacher", DocumentData.MENTOR_TEACHER)
                    .field("counsellor", DocumentData.COUNSELLOR)
                    .build(),
            FormPrefill.of(RETURN_RULING)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("gradeAndClass", DocumentData.STUDENT_CLASS)
                    .field("birthDate", DocumentData.STUDENT_BIRTH_DATE)
                    .field("sex", DocumentData.STUDENT_GENDER)
                    .build(),
            FormPrefill.of(HIGH_RISK_FAMILY)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("className", DocumentData.STUDENT_CLASS)
                    .field("assessmentDate", DocumentData.TODAY)
                    .build());

    /**
     * 附表一's 家庭背景 and 附表三's 家庭現況 (單親) from the register's family background, for the
     * roles that may see it (SPI 1.4).
     */
    static final List<ChoicePrefill> CHOICE_PREFILLS = List.of(
            ChoicePrefill.of(ASSESSMENT, "familyBackground", DocumentData.STUDENT_FAMILY_BACKGROUND)
                    .option("INDIGENOUS", "INDIGENOUS")
                    .option("SINGLE_PARENT", "SINGLE_PARENT")
                    .option("GRANDPARENT_CARE", "GRANDPARENTS")
                    .option("NEW_IMMIGRANT", "NEW_IMMIGRANT")
                    .build(),
            ChoicePrefill.of(REFERRAL, "familySituation", DocumentData.STUDENT_FAMILY_BACKGROUND)
                    .option("SINGLE_PARENT", "SINGLE_PARENT")
                    .build());
}
