package tw.huixiao.policy.spi.casework;

import java.util.Objects;
import tw.huixiao.policy.spi.RuleId;

/**
 * The rules a support plan (e.g. Tainan's ISP) must satisfy before the school submits it, each
 * cited by the host when a plan lacks it: the execution team's convener and secretary (校長,
 * 輔導主任), at least one needs-assessment meeting (whose meetings the host records under the
 * {@code needsMeetings} rule), and the teachers' papers — why each is hired, degree or licence,
 * the unfit-educator registry for external hires, the bureau's consent for external counsellors.
 *
 * @param team          the rule naming the plan's execution team
 * @param needsMeetings the rule asking for needs-assessment meetings before the plan
 * @param teachers      the rule on the teachers' sources and papers
 * @since SPI 1.7
 */
public record PlanRequirements(RuleId team, RuleId needsMeetings, RuleId teachers) {

    public PlanRequirements {
        Objects.requireNonNull(team, "team rule");
        Objects.requireNonNull(needsMeetings, "needs-meetings rule");
        Objects.requireNonNull(teachers, "teachers rule");
    }

    public static PlanRequirements of(String team, String needsMeetings, String teachers) {
        return new PlanRequirements(RuleId.of(team), RuleId.of(needsMeetings), RuleId.of(teachers));
    }
}
