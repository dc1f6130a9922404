package tw.huixiao.policy.template;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.huixiao.policy.national.NationalDocuments;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.SourceDocument;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Timeline;

import static tw.huixiao.policy.spi.form.Field.field;

/**
 * 範本縣 (Template County): a starting point for a new county module. It reuses the national
 * rules of {@code huixiao-policy-national} (強迫入學條例: the TW-DROPOUT and TW-LONG-ABSENCE
 * categories, the TW-PENALTY, TW-ZERO-REJECT and TW-TIERS steps) — shaded into the jar, see the
 * README — and adds one duty of each kind; replace the document, ladder, forms and funding with
 * your county's, citing its rule ids.
 */
public final class TemplateCountyPolicy implements CountyPolicy {

    /** Name the county's own document here: title, date and 文號 as printed on it. */
    static final SourceDocument DOCUMENT = new SourceDocument(
            LocalizedText.of("範本縣中輟學生追蹤輔導要點（請改為貴縣市文件）", "Template County dropout follow-up rules (replace with your county's document)"), null, null);

    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("template-county", "1.0.0")
            .serves(CountyCode.of("TEMPLATE_COUNTY"))
            .displayName("範本縣", "Template County")
            .encodes(DOCUMENT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_ACT)
            .build();

    static final String CONTACT_RECORD = "TEMPLATE-CONTACT-RECORD";
    static final String REGISTERED_LETTER = "PARENT_NOTICE_REGISTERED_MAIL";

    /** A form: sections of typed fields and who signs it, in order. */
    private static final FormDefinition CONTACT_FORM = FormDefinition.form(CONTACT_RECORD, 1)
            .title("聯繫紀錄表", "Contact record")
            .rule("TW-DROPOUT")
            .section("contact", "聯繫情形", "Contact",
                    field("date", FieldType.DATE).label("聯繫日期", "Date").required(),
                    field("person", FieldType.PERSON).label("聯繫對象", "Person contacted").required(),
                    field("method", FieldType.SINGLE_CHOICE).label("聯繫方式", "Method").required()
                            .option("PHONE", "電話", "Phone")
                            .option("VISIT", "家訪", "Home visit")
                            .other("OTHER", "其他", "Other"),
                    field("content", FieldType.LONG_TEXT).label("聯繫內容", "What was said").required())
            .signedBy("homeroom", "導師", "Homeroom teacher", SchoolRole.HOMEROOM_TEACHER)
            .stampedBy("office", "學務處", "Student affairs", SchoolRole.STUDENT_AFFAIRS)
            .build();

    /** Steps: when (streak day or case event), who, what, by when, and the rule id. */
    private static final Timeline TIMELINE = NationalRules.STEPS.stream().reduce(Timeline.builder(),
                    Timeline.Builder::add, (x, y) -> x)
            .add(Step.step("TW-DROPOUT").onStreakDay(1).by(SchoolRole.HOMEROOM_TEACHER)
                    .duty("導師聯繫學生或家長並記錄", "The homeroom teacher contacts the student or guardian and records it")
                    .due(Deadline.sameDay())
                    .produces(CONTACT_RECORD))
            .add(Step.step("TW-DROPOUT").onStreakDay(3).by(SchoolRole.REGISTRAR)
                    .duty("仍未到校：當日以限時掛號通知家長到校", "Still absent: a registered letter to the parents the same day")
                    .due(Deadline.sameDay())
                    .produces(REGISTERED_LETTER))
            .add(Step.step("TW-LONG-ABSENCE").onStreakDay(4).by(SchoolRole.REGISTRAR, SchoolRole.ACADEMIC_AFFAIRS)
                    .duty("中輟通報並函報強迫入學委員會", "Report the dropout and write to the compulsory-education committee")
                    .due(Deadline.workingDays(3)))
            .build();

    @Override
    public PolicyIdentity identity() {
        return IDENTITY;
    }

    @Override
    public Set<RuleId> encodedRules() {
        return NationalRules.ENCODED;
    }

    @Override
    public List<CaseCategory> categories() {
        return NationalRules.CATEGORIES;
    }

    @Override
    public Timeline timeline() {
        return TIMELINE;
    }

    @Override
    public List<FormDefinition> forms() {
        return List.of(CONTACT_FORM);
    }

    @Override
    public Set<String> documentKinds() {
        return Stream.concat(Stream.of(REGISTERED_LETTER), NationalRules.DOCUMENT_KINDS.stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Say so explicitly when the county's document sets no per-case funding. */
    @Override
    public FundingPolicy funding() {
        return FundingPolicy.none(null, "範本縣文件未訂定個案經費規定", "The Template County document sets no per-case funding");
    }
}
