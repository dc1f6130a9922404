package tw.huixiao.policy.spi.screening;

import java.util.List;
import java.util.Objects;
import tw.huixiao.policy.spi.RuleId;

/**
 * The school-year roster the host generates — never typed — from the stamped screening forms of
 * high-care students (e.g. Yunlin's 附表二 高關懷學生名冊, YL-ROSTER). The roster form has a number
 * field {@link #SCHOOL_YEAR} and a table {@link #STUDENTS} with the columns of {@link #COLUMNS}: the
 * host fills 編號, the day the strategy was stamped, the grade, the name masked (only the mask is
 * stored), the family background and crisis states with the screening's codes, and the strategies —
 * each under its own code, or in the {@code otherUnitCode} box as {@link ScreeningFollowUp#rosterUnit()}
 * words it.
 *
 * @param ruleId        the rule of the roster (encoded by the module)
 * @param formId        the roster form (a form id of the module)
 * @param otherUnitCode the strategy column's "other unit (名稱：＿＿)" option code
 * @since SPI 1.6
 */
public record ScreeningRoster(RuleId ruleId, String formId, String otherUnitCode) {

    public static final String SCHOOL_YEAR = "schoolYear";
    public static final String STUDENTS = "students";
    public static final String NUMBER = "number";
    public static final String DATE = "date";
    public static final String GRADE = "grade";
    public static final String MASKED_NAME = "maskedName";
    public static final String FAMILY_BACKGROUND = "familyBackground";
    public static final String CRISIS_STATE = "crisisState";
    public static final String STRATEGY = "strategy";
    /** The columns of the {@link #STUDENTS} table the host fills. */
    public static final List<String> COLUMNS = List.of(NUMBER, DATE, GRADE, MASKED_NAME, FAMILY_BACKGROUND,
            CRISIS_STATE, STRATEGY);

    public ScreeningRoster {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(formId, () -> ruleId + ": roster form");
        Objects.requireNonNull(otherUnitCode, () -> ruleId + ": the other-unit option code");
    }

    public static ScreeningRoster of(String ruleId, String formId, String otherUnitCode) {
        return new ScreeningRoster(RuleId.of(ruleId), formId, otherUnitCode);
    }
}
