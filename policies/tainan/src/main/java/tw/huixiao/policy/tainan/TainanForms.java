package tw.huixiao.policy.tainan;

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
 * Tainan's ISP forms (seed 004, 附件2 範本 十一–十六), labels and options verbatim in zh-TW.
 * The paper 評估及輔導建議檢核表 runs from the student's basics to the closure meeting; here the
 * parts filled at different times are separate forms: the plan (TN-WHO: team, checklist stages
 * 1–4, support services, measures), each needs-assessment meeting (TN-MEETINGS), the
 * effectiveness evaluation (TN-EVAL), the closure meeting (TN-CLOSE), the timetable
 * (TN-TIMETABLE) and the teacher sources (TN-TEACHERS).
 */
final class TainanForms {

    static final String PLAN = "TN-ISP";
    static final String NEEDS_MEETING = "TN-NEEDS-MEETING";
    static final String EVALUATION = "TN-EFFECTIVENESS-EVALUATION";
    static final String CLOSURE = "TN-CLOSURE-MEETING";
    static final String TIMETABLE = "TN-ISP-TIMETABLE";
    static final String TEACHERS = "TN-TEACHER-SOURCES";

    private TainanForms() {
    }

    // ---- helpers -------------------------------------------------------------------------

    /** A choice field; options are (code, zh, en) triples, a code starting with "+" asks for text (其他：＿＿). */
    static Field.Builder choice(String key, FieldType type, String zh, String en, String... triples) {
        if (triples.length % 3 != 0) {
            throw new IllegalArgumentException(key + ": options come in (code, zh, en) triples");
        }
        Field.Builder field = Field.field(key, type).label(zh, en);
        for (int i = 0; i < triples.length; i += 3) {
            String code = triples[i];
            if (code.startsWith("+")) {
                field.other(code.substring(1), triples[i + 1], triples[i + 2]);
            } else {
                field.option(code, triples[i + 1], triples[i + 2]);
            }
        }
        return field;
    }

    static Field.Builder multi(String key, String zh, String en, String... triples) {
        return choice(key, FieldType.MULTI_CHOICE, zh, en, triples);
    }

    static Field.Builder single(String key, String zh, String en, String... triples) {
        return choice(key, FieldType.SINGLE_CHOICE, zh, en, triples);
    }

    static Field.Builder field(String key, FieldType type, String zh, String en) {
        return Field.field(key, type).label(zh, en);
    }

    private static SignOffStage stage(String key, String zh, String en, SchoolRole role, String... fields) {
        return new SignOffStage(key, LocalizedText.of(zh, en), Set.of(role), false, Set.of(fields));
    }

    /** 填表人 → 單位主管 → 校長, at the foot of the 評估及輔導建議檢核表. */
    private static FormDefinition.Builder footSignOff(FormDefinition.Builder form) {
        return form.signedBy("filledBy", "填表人", "Filled in by", SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER)
                .signedBy("unitHead", "單位主管", "Head of unit", SchoolRole.COUNSELING)
                .signedBy("principal", "校長", "Principal", SchoolRole.PRINCIPAL);
    }

    // ---- shared option lists ------------------------------------------------------------

    private static final String[] ALIVE = {"alive", "存", "Living", "deceased", "歿", "Deceased",
            "divorced", "離婚", "Divorced"};
    private static final String[] IDENTITY = {"general", "一般", "General", "+indigenous", "原住民：_____族",
            "Indigenous: tribe", "newImmigrant", "新移民", "New immigrant", "+other", "其他", "Other"};
    private static final String[] EDUCATION = {"elementary", "小學", "Elementary school", "juniorHigh", "國中",
            "Junior high school", "seniorHigh", "高中", "Senior high school", "college", "專科學校", "Junior college",
            "university", "大學", "University", "master", "碩士", "Master's", "doctorate", "博士", "Doctorate",
            "+other", "其他", "Other"};
    private static final String[] CRISIS = {"dropoutRisk", "有中輟之虞", "At risk of dropping out",
            "deviance", "有重大偏差行為問題", "Major deviant behaviour", "crimeRisk", "有犯罪可能", "May commit offences",
            "abuseRisk", "有受虐之虞(包括身體或精神虐待、性侵害及疏忽)",
            "At risk of abuse (physical or mental abuse, sexual assault, neglect)",
            "familyHelp", "學生目前無立即危機,但需對家庭提供進一步協助",
            "No immediate crisis, but the family needs further help", "+other", "其他", "Other"};
    private static final String[] ECONOMIC_AID = {"lowIncomeAllowance", "低收入戶生活補助者津貼", "Low-income household allowance",
            "disabilityLivingAid", "身心障礙者生活補助", "Living aid for persons with disabilities",
            "disabilityAllowance", "身心障礙者津貼", "Disability allowance",
            "nhiPremiumAid", "健保自付保費補助", "Help with the health-insurance premium",
            "emergencyRelief", "急難救助", "Emergency relief"};
    private static final String[] INVITED = {"school", "學校人員(校長、教務、學務、輔導及導師教育人員代表)",
            "School staff (principal, academic, student-affairs, counselling and homeroom representatives)",
            "counsellingCentre", "輔諮中心", "Student counselling centre",
            "police", "警政人員(少年隊及少輔會)", "Police (juvenile squad and juvenile counselling committee)",
            "social", "社政人員", "Social services", "health", "衛政人員", "Health services",
            "familyEducation", "家庭教育中心", "Family education centre",
            "specialEducation", "特殊教育資源中心", "Special-education resource centre",
            "judicial", "司法人員代表", "Judicial representatives", "+other", "其他相關人員", "Other persons concerned"};

    private static Field.Builder[] parent(String prefix, String zh, String en) {
        return new Field.Builder[] {
                single(prefix + "Status", zh + "存歿", en + ": living", ALIVE),
                single(prefix + "Identity", zh + "身分", en + ": identity", IDENTITY),
                single(prefix + "Education", zh + "教育程度", en + ": education", EDUCATION),
                field(prefix + "Occupation", FieldType.TEXT, zh + "職業", en + ": occupation"),
                field(prefix + "Imprisoned", FieldType.YES_NO, zh + "是否曾出入監獄", en + ": ever imprisoned")};
    }

    private static Field.Builder[] contact(String prefix, String zh, String en, boolean required) {
        Field.Builder person = field(prefix, FieldType.PERSON, zh, en);
        return new Field.Builder[] {required ? person.required() : person,
                field(prefix + "Relation", FieldType.TEXT, zh + "關係", en + ": relationship"),
                field(prefix + "Address", FieldType.TEXT, zh + "地址", en + ": address"),
                field(prefix + "Phone", FieldType.TEXT, zh + "連絡電話", en + ": phone")};
    }

    private static Field.Builder member(String key, String zh, String en) {
        return field(key, FieldType.PERSON, zh, en);
    }

    private static Field.Builder[] concat(Field.Builder[]... groups) {
        return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray(Field.Builder[]::new);
    }

    // ---- TN-WHO: the plan ---------------------------------------------------------------

    static final FormDefinition PLAN_FORM = footSignOff(FormDefinition.form(PLAN, 1)
            .title("中輟、長期缺課、偏差行為或高關懷學生輔導處遇個別化支持計畫(ISP)",
                    "Individualised support plan (ISP) for a dropout, long-absence, deviant-behaviour or "
                            + "high-care student")
            .rule("TN-WHO")
            .section("team", "執行小組名單及職責(依各校狀況自行增減)", "Execution team and duties (TN-TEAM)",
                    member("teamPrincipal", "校長：主持相關會議及整合協調各處室資源（召集人）",
                            "Principal: chairs the meetings and coordinates the offices (convener)").required(),
                    member("teamCounsellingDirector", "輔導主任：策畫、督導各項工作（執行秘書）",
                            "Counselling director: plans and supervises (executive secretary)").required(),
                    member("teamCounsellingHead", "輔導組長：負責業務承辦暨學生輔導諮商、辦理個案會議(請各網絡單位共同開會研商)（副執行秘書）",
                            "Counselling section head: runs the plan, counsels, holds the case meetings with the "
                                    + "network (deputy executive secretary)").required(),
                    member("teamRecordsHead", "資料組長：負責學生輔導資料的建立（副執行秘書）",
                            "Records section head: builds the counselling records (deputy executive secretary)"),
                    member("teamAcademicDirector", "教務主任：協助課程安排及成績處理",
                            "Academic affairs director: courses and grades"),
                    member("teamStudentAffairsDirector", "學務主任：協助學生管理輔導",
                            "Student affairs director: student management and guidance"),
                    member("teamGeneralAffairsDirector", "總務主任：協助安排專用教室及設備採購",
                            "General affairs director: rooms and purchases"),
                    member("teamDisciplineHead", "生教組長：負責學生常規管理", "Discipline section head: conduct"),
                    member("teamTeachingHead", "教學組長：負責課程安排", "Teaching section head: course timetabling"),
                    member("teamRegistrationHead", "註冊組長：負責成績處理", "Registration section head: grades"),
                    member("teamCounsellingTeacher", "輔導教師：協助學生輔導諮商", "Counselling teacher: counselling"),
                    member("teamSpecialEducationTeacher", "特教教師：協助學生輔導諮商",
                            "Special-education teacher: counselling"),
                    member("teamHomeroomTeacher", "導師：協助學生", "Homeroom teacher: supports the student").required(),
                    field("teamOthers", FieldType.TABLE, "其他成員（00 教師、00 社工）", "Other members (teachers, social workers)")
                            .column(field("title", FieldType.TEXT, "職稱", "Title"))
                            .column(field("name", FieldType.PERSON, "姓名", "Name"))
                            .column(field("tasks", FieldType.TEXT, "工作項目", "Tasks"))
                            .column(field("remarks", FieldType.TEXT, "備註", "Remarks")))
            .section("basics", "學生基本資料", "Student basics (TN-ASSESS)",
                    field("studentName", FieldType.PERSON, "學生姓名", "Student's name").required(),
                    field("firstAssessmentDate", FieldType.DATE, "第1次評估日期", "Date of the first assessment").required(),
                    single("gender", "性別", "Sex", "male", "男", "Male", "female", "女", "Female"),
                    field("birthDate", FieldType.DATE, "出生日期", "Date of birth"),
                    field("className", FieldType.TEXT, "就讀班級", "Class").required(),
                    field("mainCarer", FieldType.PERSON, "主要照顧者", "Main carer"),
                    field("mainCarerRelation", FieldType.TEXT, "關係", "Relationship to the student"),
                    field("homeroomTeacher", FieldType.PERSON, "導師", "Homeroom teacher"),
                    field("campusSafetyReportNo", FieldType.TEXT, "校安通報序號 (無則免填)",
                            "Campus-safety report number (if any)"),
                    field("studentPhone", FieldType.TEXT, "學生聯絡電話", "Student's phone"),
                    field("address", FieldType.TEXT, "聯絡住址", "Address"),
                    field("mainCarerPhone", FieldType.TEXT, "學生主要照顧者聯絡電話", "Main carer's phone"))
            .section("family", "家庭背景", "Family background", concat(
                    parent("parentA", "父/母 ", "Father/mother"),
                    parent("parentB", "母/父 ", "Mother/father"),
                    new Field.Builder[] {
                            field("otherFamilyMembers", FieldType.TABLE, "家庭其他成員 (表格請自行增列)",
                                    "Other family members (add rows)")
                                    .column(field("member", FieldType.TEXT, "成員", "Member"))
                                    .column(single("status", "存歿", "Living", ALIVE))
                                    .column(single("identity", "身分", "Identity", IDENTITY))
                                    .column(single("education", "教育程度", "Education", EDUCATION))
                                    .column(field("occupation", FieldType.TEXT, "職業", "Occupation"))
                                    .column(field("imprisoned", FieldType.YES_NO, "是否曾出入監獄", "Ever imprisoned")),
                            single("familyEconomy", "家庭經濟狀況", "Family economy",
                                    "wealthy", "富裕", "Wealthy", "comfortable", "小康", "Comfortable",
                                    "poor", "清寒", "Poor", "lowerMiddleIncome", "中低收", "Lower-middle income",
                                    "lowIncome", "低收", "Low income"),
                            single("familyAtmosphere", "家庭氣氛情況", "Family atmosphere",
                                    "veryHarmonious", "非常融洽和諧", "Very harmonious", "harmonious", "融洽和諧",
                                    "Harmonious", "disagreement", "意見不合", "Disagreements", "conflict", "衝突",
                                    "Conflict"),
                            single("parentingStyle", "父母或監護人管教態度", "Parenting style of the parents or guardian",
                                    "strict", "嚴格", "Strict", "democratic", "民主", "Democratic",
                                    "powerless", "無力管教", "Unable to discipline", "+other", "其他：", "Other:")}))
            .section("contacts", "緊急聯絡人及監護人", "Emergency contacts and guardian", concat(
                    contact("emergencyContact1", "緊急聯絡人(一)", "Emergency contact 1", true),
                    contact("emergencyContact2", "緊急聯絡人(二)", "Emergency contact 2", false),
                    contact("guardian", "監護人", "Guardian", false)))
            .section("needsAndExpectations", "家庭需求及期望", "Family needs and expectations",
                    multi("familyNeeds", "家庭需求轉介", "Family needs to refer",
                            "none", "無需求", "No need", "medical", "醫療諮詢", "Medical advice",
                            "specialEducation", "特殊教育諮詢", "Special-education advice",
                            "counselling", "心理諮商/輔導", "Psychological counselling",
                            "livingSupport", "生活輔助", "Living support",
                            "homeCare", "居家照護/喘息服務訊息", "Home care / respite information",
                            "parenting", "親職教育", "Parenting education",
                            "vocational", "職訓及就輔", "Vocational training and employment help",
                            "+other", "其他：", "Other:"),
                    multi("parentExpectations", "家長期望", "Parents' expectations",
                            "+schooling", "就學輔導：", "Schooling (e.g. graduate)",
                            "+living", "生活輔導：", "Living (e.g. independence)",
                            "+employment", "就業輔導：", "Employment (e.g. a stable job)",
                            "+other", "其他：", "Other:"),
                    multi("selfExpectations", "自我期望", "Student's own expectations",
                            "+schooling", "就學輔導：", "Schooling (e.g. graduate and study on)",
                            "+living", "生活輔導：", "Living (e.g. earn a living)",
                            "+employment", "就業輔導：", "Employment (e.g. a skilled job, a licence)",
                            "+other", "其他：", "Other:"),
                    field("caseSummary", FieldType.LONG_TEXT, "個案狀況及案件內容簡述",
                            "Summary of the case and its events").required())
            .section("history", "特教身分、教育史及行為史", "Special education, education history and behaviour",
                    single("specialEducationStatus", "個案是否據特教身分", "Special-education status",
                            "no", "否", "No", "+yes", "是，障礙類別_____，障礙程度_____", "Yes: disability category and degree"),
                    field("educationHistory", FieldType.TABLE, "個案教育史", "Education history")
                            .column(single("stage", "階段", "Stage", "elementary", "國小", "Elementary",
                                    "juniorHigh", "國中", "Junior high"))
                            .column(field("school", FieldType.TEXT, "學校/機構", "School or institution"))
                            .column(field("period", FieldType.TEXT, "修業時間", "Period of study"))
                            .column(single("type", "教育型態", "Type of education",
                                    "regular", "普通班", "Regular class", "specialSchool", "特殊學校", "Special school",
                                    "resource", "資源班", "Resource class", "special", "特殊班", "Special class",
                                    "itinerant", "巡迴輔導", "Itinerant support"))
                            .column(field("remarks", FieldType.TEXT, "備註", "Remarks")),
                    single("drugAbuse", "個案是否曾藥物濫用", "Ever abused drugs",
                            "no", "否", "No", "+yes", "是，藥物濫用輔導情形：", "Yes: counselling given"),
                    single("riskyPeers", "個案是否與中輟、中輟之虞或偏差行為學生或校外人士交友",
                            "Friends with dropouts, at-risk or deviant students or outsiders",
                            "no", "否", "No", "+yes", "是，交友情形：", "Yes: describe"),
                    multi("delinquency", "個案是否曾有非行行為或偏差行為", "Ever delinquent or deviant",
                            "no", "否", "No", "yes", "是", "Yes", "police", "有警察介入", "Police involved",
                            "court", "有法院介入", "Court involved", "+other", "其他", "Other"),
                    field("pastServices", FieldType.LONG_TEXT, "過去接受過相關網絡單位或特殊教育服務情形",
                            "Services received from network units or special education"),
                    field("interests", FieldType.LONG_TEXT, "個案興趣才藝&技能專長(含證照、社團、幹部、工作經驗...)",
                            "Interests, talents and skills (licences, clubs, offices held, work experience…)"),
                    field("strengths", FieldType.LONG_TEXT, "個案優勢能力", "Strengths"),
                    field("helpNeeded", FieldType.LONG_TEXT, "個案需協助處遇狀況", "What the student needs help with"))
            .section("stage1", "【第一階段】高關懷學生指標", "Stage 1: high-care indicators (homeroom teacher)",
                    multi("s1BodyMind", "一、個人因素 1. 身心狀態危機（可複選）", "Personal: physical and mental state (several)",
                            "developmentalDelay", "發展遲緩", "Developmental delay",
                            "intellectualDisability", "智能障礙", "Intellectual disability",
                            "hyperactivity", "過動", "Hyperactivity", "mentalIllness", "精神疾病", "Mental illness",
                            "lowSelfEsteem", "低自尊自信", "Low self-esteem", "impulsive", "衝動性格", "Impulsive",
                            "emotional", "情緒障礙或困擾", "Emotional disorder or distress",
                            "pregnancy", "懷孕", "Pregnancy", "seriousIllness", "重大生理疾病", "Serious physical illness",
                            "internetAddiction", "網路成癮", "Internet addiction", "depression", "憂鬱症", "Depression",
                            "+other", "其他：_____", "Other:"),
                    multi("s1Behaviour", "2. 行為表現危機（可複選）", "Behaviour (several)",
                            "runsAway", "逃家", "Runs away from home",
                            "frequentAbsence", "經常性請假或曠課", "Frequent leave or truancy",
                            "lying", "經常性說謊", "Frequent lying", "theft", "偷竊", "Theft",
                            "defiance", "不服管教", "Defies discipline", "selfHarm", "自傷或自殺", "Self-harm or suicide",
                            "abused", "受虐或目睹家暴", "Abused or witnessed domestic violence",
                            "irregularLife", "生活作息異常", "Irregular daily life",
                            "badVenues", "流連不良場所", "Frequents bad venues",
                            "+internetCafe", "網咖地點 _____", "Internet café: where",
                            "+otherVenue", "其他地點 _____", "Other venue: where",
                            "smoking", "菸癮", "Smoking", "drinking", "酒癮", "Drinking",
                            "+drugs", "藥癮(類型:_____)", "Drug addiction (type)",
                            "+other", "其他:_____", "Other:"),
                    multi("s1Learning", "3. 學習落差危機(可複選)", "Learning (several)",
                            "lowMotivation", "學習意願低落", "Low motivation",
                            "lowAbility", "學習能力不足", "Insufficient ability",
                            "failure", "有學習挫敗經驗", "Experience of failure",
                            "lowAchievement", "學業成就低弱", "Low achievement"),
                    multi("s1FamilyFunction", "二、家庭因素 1. 家庭功能危機(可複選)", "Family: family functioning (several)",
                            "financial", "經濟困難", "Financial difficulty",
                            "unemployed", "父或母失業", "Father or mother unemployed",
                            "fleeingDebt", "舉家躲債", "Family hiding from creditors",
                            "conflict", "家庭衝突", "Family conflict", "weakSupport", "支持系統薄弱", "Weak support",
                            "emergency", "突發性急難事故", "Sudden emergency",
                            "chaoticRelations", "家庭成員關係紊亂", "Disordered family relations",
                            "imprisonedMember", "家庭成員出入監獄", "Family member in and out of prison",
                            "+other", "其他:_____", "Other:"),
                    multi("s1CareFunction", "2. 照顧功能危機(可複選)", "Care (several)",
                            "carerDied", "照顧者死亡", "Carer died", "carerLeft", "照顧者出走", "Carer left",
                            "carerIll", "照顧者重病", "Carer seriously ill", "carerInPrison", "照顧者入獄服刑",
                            "Carer in prison", "carerMarriage", "照顧者婚姻關係不穩定", "Carer's marriage unstable",
                            "carerSuicidal", "照顧者有自殺傾向", "Carer suicidal",
                            "carerAddiction", "照顧者有酒(藥/毒)癮", "Carer addicted to alcohol or drugs",
                            "carerMentalIllness", "照顧者罹患精神疾病且未穩定就醫",
                            "Carer mentally ill without stable treatment",
                            "carerCannotDiscipline", "照顧者管教能力不足", "Carer unable to discipline",
                            "carerWrongViews", "照顧者管教觀念偏差", "Carer's views on discipline misguided",
                            "carerSchedule", "照顧者生活作息未能配合子女照顧", "Carer's schedule does not allow care",
                            "+other", "其他:_____", "Other:"),
                    multi("s1SchoolAdjustment", "三、學校因素 1. 學校適應危機(可複選)", "School: adjustment (several)",
                            "uninterested", "對學校課程不感興趣", "Not interested in the courses",
                            "maladjusted", "不適應學校生活", "Not adjusted to school life",
                            "improperDiscipline", "學校管教方式不當", "Improper school discipline",
                            "poorGrades", "成績不佳", "Poor grades", "+other", "其他:_____", "Other:"),
                    multi("s1Relationships", "2. 人際適應危機(可複選)", "Relationships (several)",
                            "teachers", "師生關係欠佳", "Poor relations with teachers",
                            "peers", "同儕關係欠佳", "Poor relations with peers", "bullied", "曾遭霸凌", "Bullied",
                            "lured", "受不良同儕引誘或受已輟同學影響", "Lured by bad peers or influenced by dropped-out classmates",
                            "+other", "其他:_____", "Other:"),
                    multi("s1Socialisation", "四、社會因素 1. 高社會化危機(可複選)", "Society: over-socialisation (several)",
                            "gang", "參與幫派", "Gang involvement",
                            "templeFestivals", "過度投入廟會活動", "Over-involved in temple festivals",
                            "criminalRecord", "有犯罪紀錄", "Criminal record",
                            "droppedOutPeers", "受已輟同學影響", "Influenced by dropped-out classmates",
                            "venues", "出入聲色場所、宮廟、遊樂場等", "Frequents adult venues, temples, arcades",
                            "+other", "其他:_____", "Other:"),
                    field("s1VenueName", FieldType.TEXT, "聲色場所、宮廟、遊樂場名稱", "Name of the venue, temple or arcade"),
                    field("s1VenueLocation", FieldType.TEXT, "聲色場所、宮廟、遊樂場地點", "Location of the venue, temple or arcade"),
                    multi("s1Work", "2. 工作或職業危機", "Work",
                            "partTimeJob", "在校外打工", "Part-time job outside school",
                            "earnsForFamily", "須賺錢養家", "Must earn for the family", "+other", "其他:_____", "Other:"),
                    field("s1WorkplaceName", FieldType.TEXT, "打工地名稱", "Name of the workplace"),
                    field("s1WorkplaceLocation", FieldType.TEXT, "打工地地點", "Location of the workplace"),
                    multi("s1Time", "五、時間因素", "Time factors",
                            "tooHot", "夏天太熱不想上學", "Too hot in summer to go to school",
                            "tooCold", "冬天太冷不想上學", "Too cold in winter to go to school",
                            "exams", "遇期中考或期末考不想到校", "Avoids school at mid-term or final exams",
                            "+other", "其他:_____", "Other:"))
            .section("stage2", "【第二階段】危機狀態 導師評估", "Stage 2: crisis state, homeroom teacher's assessment",
                    multi("s2Crisis", "危機狀態 導師評估(可複選)", "Crisis state by the homeroom teacher (several)", CRISIS)
                            .required())
            .section("stage3", "【第三階段】危機狀態 輔導人員評估", "Stage 3: crisis state, counselling staff's assessment",
                    multi("s3Crisis", "危機狀態 輔導人員評估(可複選)", "Crisis state by the counselling staff (several)", CRISIS)
                            .required())
            .section("stage4", "【第四階段】輔導策略", "Stage 4: counselling strategy and needs (TN-NEEDS)",
                    single("s4Decision", "輔導策略", "Strategy",
                            "careList", "經評估後目前暫無積極介入處遇之需求，列入關懷對象",
                            "No active intervention needed now: keep on the care list",
                            "needs", "經評估後有以下需求：", "The assessment found these needs:").required(),
                    multi("s4Legal", "一、依法或規定應辦理事項", "1. Actions required by law or regulation",
                            "committeeLetter", "學校函請區公所強迫入學委員會執行強迫入學程序，函文中請說明清楚中輟或缺課情況（檢附通報表及處置彙整表）及具體寫出請區公所之家訪或開單類別。",
                            "Letter asking the district compulsory-education committee to act, describing the "
                                    + "absence (with the report and handling summary) and naming the visit or notice wanted",
                            "committeeMeeting", "學校與區公所召開強迫入學會議研商協處措施",
                            "Compulsory-education meeting with the district office",
                            "jointVisit", "學校與區公所進行聯合家訪", "Joint home visit with the district office",
                            "districtProcedure", "區公所進行強迫入學相關程序：",
                            "The district office runs the compulsory-education procedure:"),
                    field("s4DistrictHomeVisits", FieldType.NUMBER, "家訪____次", "District home visits (times)"),
                    field("s4AdviceNotices", FieldType.NUMBER, "勸告書____次", "Written advice (times)"),
                    field("s4WarningNotices", FieldType.NUMBER, "警告書____次", "Written warnings (times)"),
                    field("s4Fines", FieldType.NUMBER, "罰鍰____次", "Fines (times)"),
                    field("s4SchoolMeeting", FieldType.YES_NO, "二、學校應辦理事項：學校邀請家長及校內各處室及校外資源一同召開個案評估會議並進行：",
                            "2. School actions: a case assessment meeting with the parents, school offices and "
                                    + "outside services, then:"),
                    field("s4Counselling", FieldType.NUMBER, "個別諮商__次", "Individual counselling (times)"),
                    field("s4PhoneCalls", FieldType.NUMBER, "電訪____次", "Phone calls (times)"),
                    field("s4HomeVisits", FieldType.NUMBER, "家訪__次", "School home visits (times)"),
                    field("s4CaseConferences", FieldType.NUMBER, "個別研討__次", "Case conferences (times)"),
                    multi("s4SchoolAid", "三、視個案情況建議辦理事項 (一)校內協助申請經濟補助",
                            "3. Recommended: (1) the school helps apply for financial aid", concat3(ECONOMIC_AID,
                                    "lunchVouchers", "校內營養午餐寒暑假愛心商店餐券",
                                    "School lunch and holiday meal vouchers",
                                    "aids", "生活及復健輔助器具補助", "Aid for living and rehabilitation devices",
                                    "+other", "其他：(請註明)", "Other (specify)")),
                    multi("s4DistrictSocial", "(二)需轉介區公所社會課協助申請經濟補助",
                            "(2) Refer to the district social-affairs section for financial aid", concat3(ECONOMIC_AID,
                                    "idDocuments", "協助辦理健保卡或身分證", "Help with the health-insurance card or ID card",
                                    "aids", "生活及復健輔助器具補助", "Aid for living and rehabilitation devices",
                                    "+other", "其他：(請註明)", "Other (specify)")),
                    multi("s4SocialBureau", "(三)需轉介社會局或家庭暴力暨性侵害防治中心進行",
                            "(3) Refer to the Social Affairs Bureau or the domestic-violence and sexual-assault "
                                    + "prevention centre",
                            "homeCare", "居家照顧服務", "Home care", "respite", "臨時照顧服務", "Respite care",
                            "parenting", "親職教育", "Parenting education", "transport", "交通服務", "Transport",
                            "advice", "諮詢服務", "Advice", "counselling", "諮商輔導服務", "Counselling",
                            "leisure", "休閒活動", "Leisure activities", "legal", "法律服務", "Legal services",
                            "supportive", "支持性服務", "Supportive services",
                            "childProtection", "兒少保護社工協助", "Child-protection social worker",
                            "vulnerableFamily", "脆弱家庭社工協助", "Vulnerable-family social worker",
                            "placement", "安置個案", "Place the child",
                            "compulsoryParenting", "開立強制性親職教育", "Order compulsory parenting education",
                            "sanction", "進行裁罰", "Impose sanctions",
                            "judicialHelp", "協助司法處遇", "Help with judicial measures",
                            "+other", "其他：(請註明)", "Other (specify)"),
                    multi("s4Health", "(四)需轉介衛生局協助復健與醫療服務",
                            "(4) Refer to the Health Bureau for rehabilitation and medical care",
                            "psychiatry", "精神科醫療", "Psychiatric care", "groupTherapy", "團體治療", "Group therapy",
                            "psychotherapy", "個別心理治療", "Individual psychotherapy",
                            "familyTherapy", "家族治療", "Family therapy",
                            "psychiatricRehab", "精神復健機構", "Psychiatric rehabilitation",
                            "nutrition", "營養諮詢", "Nutrition advice",
                            "publicHealthNurse", "公衛護理師協助", "Public-health nurse",
                            "internetAddictionClinic", "協助案生至「網路成癮門診」就診", "Internet-addiction clinic",
                            "seriousIllness", "重大疾病性醫療", "Care for serious illness",
                            "+other", "其他：(請註明)", "Other (specify)"),
                    multi("s4Police", "(五)需請警察局協助", "(5) Ask the police for help",
                            "search", "協尋", "Search for the student", "homeVisit", "家訪", "Home visit",
                            "drugFreeGrant", "無毒府城少年不輟救助金", "Drug-free Tainan youth schooling grant",
                            "juvenileCommittee", "少輔會社工輔導課程或相關資源",
                            "Juvenile counselling committee social-work courses or resources",
                            "+other", "其他：(請註明)", "Other (specify)"),
                    multi("s4FamilyEducation", "(六)需請家庭教育中心協助", "(6) Ask the family education centre",
                            "volunteer", "親職化教育方案-申請志工輔導", "Parenting programme: volunteer counselling",
                            "nightAngel", "夜光天使", "Night Angel programme", "+other", "其他：(請註明)", "Other (specify)"),
                    multi("s4Schooling", "(七)就學及輔導服務", "(7) Schooling and counselling services",
                            "mentor", "需安排認輔老師", "Assign a mentor teacher",
                            "groupCounselling", "進行團體輔導", "Group counselling",
                            "classCounselling", "進行班級輔導", "Class counselling",
                            "tutoring", "進行課業輔導", "Tutoring", "lifeGuidance", "進行生活輔導", "Life guidance",
                            "careerExploration", "協助學生職業探索", "Career exploration", "workStudy", "工讀", "Work-study",
                            "homeSchooling", "由學校協助申請在家自學", "Help apply for home schooling",
                            "intermediateEducation", "辦理中介教育", "Intermediate education",
                            "resourceHalfway", "轉介資源式中途班或開辦資源式中途班(3月初辦理申請說明會，3-4月申請)",
                            "Resource-based halfway class (briefing early March, apply March–April)",
                            "tzuHui", "轉介慈輝班", "Refer to a Tzu Hui class",
                            "vocationalClass", "轉介技藝班", "Refer to a vocational class",
                            "highCareCourse", "辦理高關懷課程(1月初辦理申請說明會，1-2月申請，6人以上開課)",
                            "High-care course (briefing early January, apply January–February, 6 or more students)",
                            "flexibleCourse", "辦理彈性輔導課程(1月初辦理申請說明會，1-2月申請，1人以上開課)",
                            "Flexible counselling course (briefing early January, apply January–February, 1 or more)",
                            "localCourse", "辦理在地特色課程(約12月申請)", "Local feature course (apply about December)",
                            "practicalCourse", "結合其他社團或各校自辦之實作課程", "Practical courses with clubs or the school's own",
                            "vocationalPullOut", "辦理技藝教育抽離式專班(約5、6月申請)",
                            "Pull-out vocational class (apply about May–June)",
                            "workplaceVisit", "辦理職場參訪體驗", "Workplace visits", "featureClub", "辦理特色社團", "Feature clubs",
                            "+other", "其他_____", "Other"),
                    multi("s4CounsellingCentre", "需轉介學生輔導諮商中心(線上轉介網址：http://cs.tn.edu.tw/)",
                            "Refer to the student counselling centre (online: http://cs.tn.edu.tw/)",
                            "psychologist", "安排心理師進行個別諮商", "Individual counselling by a psychologist",
                            "socialWorker", "安排社工師", "A social worker",
                            "adaptiveGuidance", "進行適性輔導", "Adaptive guidance",
                            "communityMaster", "媒合社區師傅方案", "Community master-craftsman programme",
                            "+other", "其他_____", "Other"),
                    multi("s4SpecialEducationCentre", "需轉介特殊教育資源中心", "Refer to the special-education resource centre",
                            "deferral", "申請暫緩入學、延長修業年限報教育局",
                            "Apply to the bureau for deferred entry or longer study",
                            "assistant", "申請特教學生助理人員", "Apply for a special-education assistant",
                            "homeEducation", "申請在家教育", "Apply for home education", "+other", "其他_____", "Other"),
                    multi("s4IndigenousAffairs", "需轉介民族事務委員會協助", "Refer to the Ethnic Affairs Commission",
                            "indigenousAid", "原住民相關經濟補助", "Indigenous financial aid", "+other", "其他", "Other"),
                    multi("s4Ngo", "需轉介民間社福機構或單位", "Refer to private welfare organisations",
                            "fundForChildren", "家扶中心", "Taiwan Fund for Children and Families",
                            "sunshine", "陽光真愛基金會", "Sunshine True Love Foundation",
                            "worldVision", "世界展望會", "World Vision", "youthAssociation", "兒少協會", "Child and youth association",
                            "childWelfareLeague", "兒福聯盟", "Child Welfare League",
                            "worldPeace", "世界和平會：愛心早餐、助學金、物資等", "World Peace Association: breakfasts, grants, goods",
                            "lefu", "樂扶社會福利基金會", "Lefu Social Welfare Foundation", "+other", "其他_____", "Other"),
                    multi("s4OtherActions", "其他服務方案及校內會議", "Other programmes and school meetings",
                            "+otherProgramme", "需轉介其他服務方案，名稱：_____", "Refer to another programme: name",
                            "chunHui", "成立春暉小組", "Set up a Chun Hui (anti-drug) group",
                            "genderEquity", "召開性平會", "Convene the gender-equity committee",
                            "antiBullying", "召開防治霸凌小組會議", "Convene the anti-bullying group",
                            "+other", "其他事項__（請註明）__", "Other (specify)"),
                    multi("s4Labour", "(八)需轉介勞工局協助就業及輔導服務", "(8) Refer to the Labour Bureau for employment help",
                            "employment", "就業輔導", "Employment guidance",
                            "internship", "提供實習或工讀機會", "Internship or work-study", "+other", "其他_____", "Other"),
                    field("s4Resolutions", FieldType.LONG_TEXT, "會議決議事項條列說明", "Meeting resolutions, point by point"))
            .section("supportServices", "相關支援服務", "Support services (TN-SERVICES)",
                    field("supportServices", FieldType.TABLE,
                            "相關支援服務及輔導措施請於評估會議中依個案實際需求填寫下列表格項目 (依個案情況自行增刪)",
                            "Fill in the support services the case needs at the assessment meeting (add or remove rows)")
                            .column(single("area", "類別", "Area",
                                    "personal", "個人協助", "Personal", "living", "生活協助", "Living",
                                    "family", "家庭協助", "Family", "learning", "學習協助", "Learning",
                                    "social", "社會適應及參與協助", "Social adjustment and participation",
                                    "+other", "其他", "Other"))
                            .column(single("item", "項目", "Item",
                                    "counselling", "諮商、心理晤談服務", "Counselling and psychological interviews",
                                    "routine", "生活作息調整", "Adjusting the daily routine",
                                    "diploma", "專案核予畢業證書", "Diploma by special decision",
                                    "economic", "經濟", "Finances", "transport", "交通", "Transport",
                                    "scholarship", "獎助學金", "Scholarships",
                                    "familyCounselling", "父母諮商、家族諮商", "Parent or family counselling",
                                    "courses", "課程", "Courses", "classroom", "教室安排", "Classroom arrangements",
                                    "career", "生涯輔導", "Career guidance", "workplaceVisit", "職場參訪", "Workplace visits",
                                    "clubs", "社團或營隊活動", "Clubs or camps", "+other", "其他", "Other"))
                            .column(field("method", FieldType.TEXT, "方式", "Method"))
                            .column(field("provider", FieldType.TEXT, "支援單位/人員", "Supporting unit or person"))
                            .column(field("revision", FieldType.TEXT, "修正情形", "Revisions")))
            .section("measures", "輔導措施", "Counselling measures",
                    field("schoolingPlan", FieldType.LONG_TEXT, "就學規劃", "Schooling plan").required(),
                    field("coursePlan", FieldType.LONG_TEXT, "就學後課程規劃", "Courses after returning"),
                    field("careerPlan", FieldType.LONG_TEXT, "生涯規劃", "Career plan"),
                    field("furtherStudyPlan", FieldType.LONG_TEXT, "升學或就業輔導規劃", "Further study or employment plan"),
                    field("otherMeasures", FieldType.TABLE, "其他輔導措施 (表格可自行增減)", "Other measures (add rows)")
                            .column(field("measure", FieldType.TEXT, "措施", "Measure"))
                            .column(field("plan", FieldType.LONG_TEXT, "規劃", "Plan")))
            .stage(stage("stage1Teacher", "【第一階段】導師簽章", "Stage 1 signed by the homeroom teacher",
                    SchoolRole.HOMEROOM_TEACHER, "s1BodyMind", "s1Behaviour", "s1Learning", "s1FamilyFunction",
                    "s1CareFunction", "s1SchoolAdjustment", "s1Relationships", "s1Socialisation", "s1VenueName",
                    "s1VenueLocation", "s1Work", "s1WorkplaceName", "s1WorkplaceLocation", "s1Time"))
            .stage(stage("stage2Teacher", "【第二階段】導師簽章", "Stage 2 signed by the homeroom teacher",
                    SchoolRole.HOMEROOM_TEACHER, "s2Crisis"))
            .stage(stage("stage3Counselling", "【第三階段】輔導人員簽章", "Stage 3 signed by the counselling staff",
                    SchoolRole.COUNSELING, "s3Crisis"))
            .stage(stage("stage4Unit", "【第四階段】輔導單位評估簽章", "Stage 4 signed by the counselling unit",
                    SchoolRole.COUNSELING, "s4Decision", "s4Legal", "s4DistrictHomeVisits", "s4AdviceNotices",
                    "s4WarningNotices", "s4Fines", "s4SchoolMeeting", "s4Counselling", "s4PhoneCalls", "s4HomeVisits",
                    "s4CaseConferences", "s4SchoolAid", "s4DistrictSocial", "s4SocialBureau", "s4Health", "s4Police",
                    "s4FamilyEducation", "s4Schooling", "s4CounsellingCentre", "s4SpecialEducationCentre",
                    "s4IndigenousAffairs", "s4Ngo", "s4OtherActions", "s4Labour", "s4Resolutions"))).build();

    private static String[] concat3(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    // ---- TN-MEETINGS: needs-assessment meeting #n ---------------------------------------

    static final FormDefinition NEEDS_MEETING_FORM = FormDefinition.form(NEEDS_MEETING, 1)
            .title("個案需求評估會議決議事項", "Needs-assessment meeting record")
            .rule("TN-MEETINGS")
            .section("meeting", "個案需求評估第____次 會議決議事項", "Needs-assessment meeting no. n: resolutions",
                    field("meetingNumber", FieldType.NUMBER, "個案需求評估第____次", "Meeting number").required(),
                    field("meetingDate", FieldType.DATE, "會議日期", "Meeting date").required(),
                    single("meetingKind", "會議類別", "Kind of meeting",
                            "needsAssessment", "個案需求評估會議", "Needs-assessment meeting",
                            "case", "個案會議", "Case meeting", "urgent", "緊急會議", "Urgent meeting").required(),
                    multi("invited", "邀請參與會議人員", "Invited", INVITED).required(),
                    field("resolutions", FieldType.LONG_TEXT, "會議決議事項條列說明", "Resolutions, point by point")
                            .required(),
                    field("minutesAttached", FieldType.YES_NO, "請檢附相關會議紀錄", "Minutes attached").required())
            .section("participants", "參與會議人員聯絡方式", "Participants' contact details",
                    field("participants", FieldType.TABLE, "參與會議人員聯絡方式 (表格不夠請自行增列)",
                            "Participants' contact details (add rows)")
                            .column(single("group", "類別", "Group", "case", "個案", "The case (student and family)",
                                    "school", "學校人員", "School staff", "network", "網絡人員", "Network services"))
                            .column(field("contact", FieldType.TEXT, "聯絡人員", "Contact (e.g. the father, a counselling-centre social worker)"))
                            .column(field("mobile", FieldType.TEXT, "手機", "Mobile"))
                            .column(field("phone", FieldType.TEXT, "電話", "Phone"))
                            .column(field("line", FieldType.TEXT, "line 帳號", "LINE"))
                            .column(field("fb", FieldType.TEXT, "fb 帳號", "Facebook"))
                            .column(field("email", FieldType.TEXT, "電子信箱", "E-mail")))
            .build();

    // ---- TN-EVAL: effectiveness evaluation ----------------------------------------------

    static final FormDefinition EVALUATION_FORM = footSignOff(FormDefinition.form(EVALUATION, 1)
            .title("個案成效評估會議", "Effectiveness-evaluation meeting")
            .rule("TN-EVAL")
            .section("evaluation", "個案成效評估會議 會議決議事項條列說明", "Effectiveness evaluation: resolutions",
                    field("needsMeetingDate", FieldType.DATE, "需求評估會議日期", "Date of the needs-assessment meeting")
                            .required(),
                    field("evaluationDate", FieldType.DATE, "成效評估會議日期", "Date of the evaluation meeting").required(),
                    field("goalsAchieved", FieldType.LONG_TEXT, "1、簡述輔導措施目標之達成情形",
                            "1. How far the measures' goals were met").required(),
                    field("followUpNotes", FieldType.LONG_TEXT, "2、後續仍須注意之事項", "2. What still needs attention"),
                    field("plannedActions", FieldType.LONG_TEXT, "3、後續預計實施作為", "3. What will be done next"),
                    field("notRecurredThreeMonths", FieldType.YES_NO, "4、說明：該行為已達3 個月以上未再發生",
                            "4. The behaviour has not recurred for 3 months or more").required(),
                    field("recurrenceReason", FieldType.LONG_TEXT, "若勾否請填原因", "If no, why"),
                    field("replannedMeasures", FieldType.LONG_TEXT, "並請再次探討個案需求重新擬定輔導教育措施",
                            "If no, the case's needs re-examined and the measures re-planned"),
                    multi("evaluationInvited", "邀請參與會議人員：同需求評估會議與會人員",
                            "Invited: as at the needs-assessment meeting", INVITED),
                    field("evaluationMinutesAttached", FieldType.YES_NO, "請檢附相關會議紀錄", "Minutes attached")
                            .required())).build();

    // ---- TN-CLOSE: closure meeting --------------------------------------------------------

    static final FormDefinition CLOSURE_FORM = footSignOff(FormDefinition.form(CLOSURE, 1)
            .title("個案結案會議", "Closure meeting")
            .rule("TN-CLOSE")
            .section("closure", "個案結案會議 會議決議事項條列說明", "Closure meeting: resolutions",
                    field("closureDate", FieldType.DATE, "結案會議日期", "Date of the closure meeting").required(),
                    field("closureResolutions", FieldType.LONG_TEXT, "會議決議事項條列說明", "Resolutions, point by point"),
                    single("closureDecision", "結案決議", "Decision",
                            "close", "解除列管並結案(學校持續追蹤3 個月)",
                            "Close the case (the school keeps tracking for 3 months)",
                            "keep", "列管並持續輔導", "Keep listed and continue counselling").required(),
                    field("trackingUntil", FieldType.DATE, "持續追蹤至（結案後 3 個月）", "Tracking until (3 months after closure)"),
                    field("closureAdvice", FieldType.LONG_TEXT, "建議", "Recommendations"))).build();

    // ---- TN-TIMETABLE ------------------------------------------------------------------

    private static Field.Builder day(String key, String zh, String en) {
        return field(key, FieldType.TEXT, zh, en + ": 【course】 and students; * = original class or leave");
    }

    static final FormDefinition TIMETABLE_FORM = FormDefinition.form(TIMETABLE, 1)
            .title("中輟、長期缺課、偏差行為或高關懷學生ISP課程總表", "ISP timetable for dropout, long-absence, deviant-behaviour or high-care students")
            .rule("TN-TIMETABLE")
            .section("term", "學期", "Semester",
                    field("schoolYearSemester", FieldType.TEXT, "學年度學期（例：111學年度第一學期）",
                            "School year and semester").required(),
                    field("termStart", FieldType.DATE, "起", "From").required(),
                    field("termEnd", FieldType.DATE, "迄", "To").required(),
                    field("weeks", FieldType.NUMBER, "共____週", "Number of weeks").required())
            .section("grid", "課程總表", "Timetable",
                    field("timetable", FieldType.TABLE, "節次/時間 × 星期一至星期五：填入【課程名稱】及學生；* 號表示學生回原來班級上課時間或請假",
                            "Period × Monday–Friday: the course and its students; * = the student is in the "
                                    + "original class or on leave")
                            .column(single("period", "節次/時間", "Period",
                                    "1", "第1節", "Period 1", "2", "第2節", "Period 2", "3", "第3節", "Period 3", "4", "第4節", "Period 4",
                                    "lunch", "用餐及午休", "Lunch and rest", "5", "第5節", "Period 5", "6", "第6節", "Period 6",
                                    "7", "第7節", "Period 7").required())
                            .column(day("monday", "星期一", "Monday"))
                            .column(day("tuesday", "星期二", "Tuesday"))
                            .column(day("wednesday", "星期三", "Wednesday"))
                            .column(day("thursday", "星期四", "Thursday"))
                            .column(day("friday", "星期五", "Friday")).required(),
                    field("preventionEducation", FieldType.YES_NO, "教師實施上列課程時須隨機進行預防偏差行為教育(含反毒教育)",
                            "Teachers weave deviance prevention (incl. anti-drug education) into these courses")
                            .required(),
                    field("changeReasons", FieldType.LONG_TEXT, "如因應學生需求新增或更改課程類別，請於成果冊敘明原因",
                            "Reasons for courses added or changed for the students' needs"))
            .build();

    // ---- TN-TEACHERS -------------------------------------------------------------------

    static final FormDefinition TEACHERS_FORM = FormDefinition.form(TEACHERS, 1)
            .title("師資來源", "Teacher sources")
            .rule("TN-TEACHERS")
            .section("teachers", "師資來源", "Teacher sources",
                    field("teachers", FieldType.TABLE, "師資來源", "Teachers")
                            .column(field("seq", FieldType.NUMBER, "序號", "No."))
                            .column(field("course", FieldType.TEXT, "任教課程", "Course").required())
                            .column(field("name", FieldType.PERSON, "姓名", "Name").required())
                            .column(single("source", "服務單位", "Source", "internal", "內聘", "Internal",
                                    "external", "外聘", "External").required())
                            .column(field("jobTitle", FieldType.TEXT, "職稱", "Title"))
                            .column(field("reason", FieldType.TEXT, "聘任原因", "Reason for hiring").required())
                            .column(field("qualification", FieldType.TEXT, "學歷或證照名稱", "Degree or licence").required())
                            .column(field("proofAttached", FieldType.YES_NO, "附上師資證明文件",
                                    "Proof of qualification attached"))
                            .column(field("unfitRegistryChecked", FieldType.YES_NO, "已查詢是否登載於不適任教育人員系統",
                                    "Checked against the registry of persons unfit to teach").required())
                            .column(field("bureauConsent", FieldType.YES_NO, "外聘專業輔導人員或追蹤輔導員經本局同意(不得私聘)",
                                    "External counsellor or tracker approved by the bureau (no private hiring)")))
            .build();

    static final List<FormDefinition> ALL = List.of(PLAN_FORM, NEEDS_MEETING_FORM, EVALUATION_FORM, CLOSURE_FORM,
            TIMETABLE_FORM, TEACHERS_FORM);

    /**
     * What the platform fills in from the case (SPI 1.3/1.4): the plan's student, class, birth
     * date, homeroom and counselling teachers, the guardian as main carer and as 監護人 with their
     * contact; each meeting record's date from the duty that asks for the meeting.
     */
    static final List<FormPrefill> PREFILLS = List.of(
            FormPrefill.of(PLAN)
                    .field("teamHomeroomTeacher", DocumentData.HOMEROOM_TEACHER)
                    .field("teamCounsellingTeacher", DocumentData.COUNSELLOR)
                    .field("studentName", DocumentData.STUDENT_NAME)
                    .field("birthDate", DocumentData.STUDENT_BIRTH_DATE)
                    .field("className", DocumentData.STUDENT_CLASS)
                    .field("mainCarer", DocumentData.GUARDIAN_NAME)
                    .field("mainCarerRelation", DocumentData.GUARDIAN_RELATION)
                    .field("homeroomTeacher", DocumentData.HOMEROOM_TEACHER)
                    .field("address", DocumentData.GUARDIAN_ADDRESS)
                    .field("mainCarerPhone", DocumentData.GUARDIAN_PHONE)
                    .field("guardian", DocumentData.GUARDIAN_NAME)
                    .field("guardianRelation", DocumentData.GUARDIAN_RELATION)
                    .field("guardianAddress", DocumentData.GUARDIAN_ADDRESS)
                    .field("guardianPhone", DocumentData.GUARDIAN_PHONE)
                    .build(),
            FormPrefill.of(NEEDS_MEETING)
                    .field("meetingDate", DocumentData.DUTY_DUE_ON)
                    .build(),
            FormPrefill.of(EVALUATION)
                    .field("evaluationDate", DocumentData.DUTY_DUE_ON)
                    .build(),
            FormPrefill.of(CLOSURE)
                    .field("closureDate", DocumentData.DUTY_DUE_ON)
                    .build());

    /** The plan's 性別 from the register, and its 家庭經濟狀況 from 低收入戶／中低收入戶 (SPI 1.4). */
    static final List<ChoicePrefill> CHOICE_PREFILLS = List.of(
            ChoicePrefill.of(PLAN, "gender", DocumentData.STUDENT_GENDER)
                    .option("M", "male")
                    .option("F", "female")
                    .build(),
            ChoicePrefill.of(PLAN, "familyEconomy", DocumentData.STUDENT_FAMILY_BACKGROUND)
                    .option("LOW_INCOME", "lowIncome")
                    .option("MID_LOW_INCOME", "lowerMiddleIncome")
                    .build());
}
