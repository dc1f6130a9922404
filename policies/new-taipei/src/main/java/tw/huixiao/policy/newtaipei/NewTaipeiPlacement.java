package tw.huixiao.policy.newtaipei;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.casework.PlacementRule;

/**
 * NT-PLACEMENT (作業流程 注意事項六; 實施要點 四(二)): away less than a year → the original
 * class; a year or more → continue at the grade where the student left; aged 15 or more
 * (年齡已滿十五歲) → the supplementary school (補校) may be chosen instead; any special case
 * may be decided by the placement meeting. The meeting decides; this is its starting point.
 */
public final class NewTaipeiPlacement implements PlacementRule {

    public static final String ORIGINAL_CLASS = "ORIGINAL_CLASS";
    public static final String FORMER_GRADE = "FORMER_GRADE";
    public static final String SUPPLEMENTARY_SCHOOL = "SUPPLEMENTARY_SCHOOL";
    public static final String SPECIAL_CASE = "SPECIAL_CASE";

    /** 已滿十五歲 */
    public static final int SUPPLEMENTARY_SCHOOL_MIN_AGE = 15;

    public static final NewTaipeiPlacement RULE = new NewTaipeiPlacement();

    private static final RuleId RULE_ID = RuleId.of("NT-PLACEMENT");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "中輟未達 1 年者以返回原班就讀為原則；1 年以上者以銜接原中輟年級為原則；年齡已滿十五歲者，得輔導其就讀補習學校；"
                    + "特殊個案依學生需求，召開個案安置會議議決安置適當班級",
            "Away less than 1 year: back to the original class; 1 year or more: continue at the grade where the "
                    + "student left; aged 15 or more: the supplementary school may be chosen; special cases: the "
                    + "placement meeting decides a suitable class");

    private static final LocalizedText TO_ORIGINAL_CLASS = LocalizedText.of(
            "中輟未達 1 年者以返回原班就讀為原則", "Away less than 1 year: back to the original class");

    private static final LocalizedText TO_FORMER_GRADE = LocalizedText.of(
            "1 年以上者以銜接原中輟年級為原則", "Away 1 year or more: continue at the grade where the student left");

    private NewTaipeiPlacement() {
    }

    @Override
    public RuleId ruleId() {
        return RULE_ID;
    }

    @Override
    public LocalizedText description() {
        return DESCRIPTION;
    }

    /**
     * @param timeAway from the first day of dropping out to re-enrolment, as
     *                 {@code Period.between(left, back)} gives it (11 months 30 days is less than a
     *                 year; 1 year 0 days is a year)
     */
    @Override
    public Recommendation recommend(Period timeAway, int ageInYears) {
        Objects.requireNonNull(timeAway, "time away");
        if (timeAway.isNegative()) {
            throw new IllegalArgumentException("time away cannot be negative: " + timeAway);
        }
        if (ageInYears < 0) {
            throw new IllegalArgumentException("age cannot be negative: " + ageInYears);
        }
        List<String> alternatives = new ArrayList<>();
        if (ageInYears >= SUPPLEMENTARY_SCHOOL_MIN_AGE) {
            alternatives.add(SUPPLEMENTARY_SCHOOL);
        }
        alternatives.add(SPECIAL_CASE);
        return atLeastOneYear(timeAway)
                ? new Recommendation(FORMER_GRADE, TO_FORMER_GRADE, alternatives)
                : new Recommendation(ORIGINAL_CLASS, TO_ORIGINAL_CLASS, alternatives);
    }

    /** NT-BUXIAO: 暫讀補校 needs the parent's and student's application and its own placement meeting. */
    @Override
    public boolean isSupplementarySchool(String code) {
        return SUPPLEMENTARY_SCHOOL.equals(code);
    }

    /** NT-BUXIAO (SPI 1.7): the rule the host cites when a 補校 placement lacks the application. */
    @Override
    public RuleId supplementarySchoolRule() {
        return SUPPLEMENTARY_SCHOOL_RULE;
    }

    static final RuleId SUPPLEMENTARY_SCHOOL_RULE = RuleId.of("NT-BUXIAO");

    /** A year or more; a period given in days alone (e.g. P400D) counts 365 days as a year. */
    static boolean atLeastOneYear(Period p) {
        return p.toTotalMonths() >= 12 || p.toTotalMonths() * 30 + p.getDays() >= 365;
    }
}
