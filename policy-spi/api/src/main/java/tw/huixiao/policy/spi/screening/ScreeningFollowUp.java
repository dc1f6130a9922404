package tw.huixiao.policy.spi.screening;

import java.util.Objects;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolRole;

/**
 * What one strategy of a screening starts when the strategy stage is signed.
 *
 * @param strategy    the strategy's option code in the campaign's strategy field
 * @param action      a task, a protective concern (child protection, its 24-hour reports) or a draft
 *                    referral to the module's counselling centre (a task when the module has none)
 * @param ruleId      the rule of the task (encoded by the module)
 * @param responsible who owes the task; {@link SchoolRole#HOMEROOM_TEACHER} goes to the student's 導師
 * @param schoolDays  the task is due this many school days after the stamp (positive)
 * @param produces    the form the task fills in (a form id of the module), or null
 * @param detailField a sub-choice whose chosen options are named after the strategy (e.g. 高關懷班), or null
 * @param duty        the task's (or concern's, or referral's) wording: {@code {strategy}} stands for the strategy's
 *                    label as the form prints it (with the chosen options of {@code detailField}); without it the
 *                    label follows the wording
 * @param rosterUnit  null: the roster has a box with the same code; else the wording in the roster's
 *                    「需轉介其他單位」 box, where {@code {text}} is what was written on the option
 *                    (its label when nothing was) and {@code {kinds}} the chosen options of
 *                    {@code detailField} as 「（…）」
 * @since SPI 1.6
 */
public record ScreeningFollowUp(String strategy, Action action, RuleId ruleId, SchoolRole responsible, int schoolDays,
                                String produces, String detailField, LocalizedText duty, String rosterUnit) {

    /** What a strategy starts. */
    public enum Action {
        TASK,
        PROTECTIVE_CONCERN,
        COUNSELLING_REFERRAL
    }

    public ScreeningFollowUp {
        Objects.requireNonNull(strategy, "strategy code");
        Objects.requireNonNull(action, () -> strategy + ": action");
        Objects.requireNonNull(ruleId, () -> strategy + ": rule id");
        Objects.requireNonNull(responsible, () -> strategy + ": responsible role");
        Objects.requireNonNull(duty, () -> strategy + ": duty");
        if (schoolDays <= 0) {
            throw new IllegalArgumentException(strategy + ": due in a positive number of school days");
        }
    }

    /** A task of the responsible role, due in school days. */
    public static ScreeningFollowUp task(String strategy, String ruleId, SchoolRole responsible, int schoolDays,
                                         String dutyZh, String dutyEn) {
        return new ScreeningFollowUp(strategy, Action.TASK, RuleId.of(ruleId), responsible, schoolDays, null, null,
                LocalizedText.of(dutyZh, dutyEn), null);
    }

    public ScreeningFollowUp withAction(Action to) {
        return new ScreeningFollowUp(strategy, to, ruleId, responsible, schoolDays, produces, detailField, duty, rosterUnit);
    }

    public ScreeningFollowUp producing(String formId) {
        return new ScreeningFollowUp(strategy, action, ruleId, responsible, schoolDays, formId, detailField, duty, rosterUnit);
    }

    public ScreeningFollowUp detailedBy(String field) {
        return new ScreeningFollowUp(strategy, action, ruleId, responsible, schoolDays, produces, field, duty, rosterUnit);
    }

    public ScreeningFollowUp onRosterAs(String unit) {
        return new ScreeningFollowUp(strategy, action, ruleId, responsible, schoolDays, produces, detailField, duty, unit);
    }
}
