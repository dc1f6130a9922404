package tw.huixiao.policy.spi.casework;

import java.time.Period;
import java.util.List;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;

/**
 * Where a re-enrolling student is placed (安置), e.g. New Taipei: away less than a year →
 * the original class; a year or more → the grade where the student left; 15 or older → the
 * supplementary school (補校) may be considered.
 */
public interface PlacementRule {

    RuleId ruleId();

    LocalizedText description();

    Recommendation recommend(Period timeAway, int ageInYears);

    /**
     * Whether a placement code puts the student in the supplementary school (補校): deciding it
     * needs the parent's and student's application and starts the
     * {@code PLACED_SUPPLEMENTARY_SCHOOL} duties (e.g. New Taipei NT-BUXIAO). By default the code
     * {@code SUPPLEMENTARY_SCHOOL}.
     */
    default boolean isSupplementarySchool(String code) {
        return "SUPPLEMENTARY_SCHOOL".equals(code);
    }

    /** A recommendation the placement meeting decides on; {@code alternatives} are also allowed. */
    record Recommendation(String code, LocalizedText text, List<String> alternatives) {
        public Recommendation {
            alternatives = List.copyOf(alternatives);
        }
    }
}
