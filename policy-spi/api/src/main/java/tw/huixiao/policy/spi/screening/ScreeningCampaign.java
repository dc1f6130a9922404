package tw.huixiao.policy.spi.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.policy.spi.RuleId;

/**
 * A county's screening of whole classes (全面篩選) with one of its forms, e.g. Yunlin's 附表一
 * 高關懷學生評估指標及輔導表 (YL-SCREEN). The host runs campaigns over a class or grade: it starts one
 * record of {@code formId} per student (prefilling {@code familyBackgroundField} from the register),
 * lets the form's sign-off chain run, and reads the outcome:
 * <ul>
 *   <li>the first stage signed with none of {@code indicatorFields} ticked — screened out;</li>
 *   <li>{@code strategyStage} signed with only {@link #watchOnly()} codes in {@code strategyField} —
 *       a student to watch (關懷對象), nothing more;</li>
 *   <li>{@code strategyStage} signed with any other strategy — high-care: each strategy starts its
 *       {@link ScreeningFollowUp} once, on the student's open case under the module or on a case
 *       opened under the first of the crisis states ticked in {@code crisisField} (whose option codes
 *       are the module's category ids).</li>
 * </ul>
 *
 * @param ruleId                the rule the campaign serves (encoded by the module)
 * @param formId                the module's form every screened student gets
 * @param indicatorFields       the first stage's checklists (choice fields of the form)
 * @param familyBackgroundField a choice field the host prefills with the register's family background, or null
 * @param crisisField           the counsellor's crisis states, option codes = the module's category ids
 * @param strategyStage         the key of the sign-off stage that decides the strategy (the last the campaign waits for)
 * @param strategyField         the strategy field (a choice field of the form)
 * @param watchOnly             strategy codes that need no follow-up
 * @param followUps             what each other strategy starts; one per strategy code
 * @param roster                the school-year roster the host generates from the stamped forms, or null
 * @since SPI 1.6
 */
public record ScreeningCampaign(RuleId ruleId, String formId, List<String> indicatorFields, String familyBackgroundField,
                                String crisisField, String strategyStage, String strategyField, Set<String> watchOnly,
                                List<ScreeningFollowUp> followUps, ScreeningRoster roster) {

    public ScreeningCampaign {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(formId, () -> ruleId + ": the form screened with");
        Objects.requireNonNull(crisisField, () -> ruleId + ": the crisis-state field");
        Objects.requireNonNull(strategyStage, () -> ruleId + ": the strategy stage");
        Objects.requireNonNull(strategyField, () -> ruleId + ": the strategy field");
        indicatorFields = List.copyOf(indicatorFields);
        watchOnly = Set.copyOf(watchOnly);
        followUps = List.copyOf(followUps);
        if (indicatorFields.isEmpty()) {
            throw new IllegalArgumentException(ruleId + ": name the first stage's indicator fields");
        }
        if (followUps.stream().map(ScreeningFollowUp::strategy).distinct().count() != followUps.size()) {
            throw new IllegalArgumentException(ruleId + ": one follow-up per strategy code");
        }
        for (ScreeningFollowUp f : followUps) {
            if (watchOnly.contains(f.strategy())) {
                throw new IllegalArgumentException(ruleId + ": " + f.strategy() + " is watch-only and has a follow-up");
            }
        }
    }

    /** The follow-up of a strategy code, if it has one. */
    public Optional<ScreeningFollowUp> followUp(String strategy) {
        return followUps.stream().filter(f -> f.strategy().equals(strategy)).findFirst();
    }

    /** The roster, if the county keeps one. */
    public Optional<ScreeningRoster> rosterForm() {
        return Optional.ofNullable(roster);
    }
}
