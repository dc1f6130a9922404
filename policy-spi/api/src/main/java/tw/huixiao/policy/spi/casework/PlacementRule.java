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
     * {@code PLACED_SUPPLEMENTARY_SCHOOL} duties (e.g. New Taipei's 暫讀補校). By default the code
     * {@code SUPPLEMENTARY_SCHOOL}.
     */
    default boolean isSupplementarySchool(String code) {
        return "SUPPLEMENTARY_SCHOOL".equals(code);
    }

    /**
     * The rule that governs a supplementary-school placement (e.g. New Taipei's 暫讀補校 rule): the
     * host cites it when such a placement lacks the parent's and student's application. By default
     * the placement rule itself.
     *
     * @since SPI 1.7
     */
    default RuleId supplementarySchoolRule() {
        return ruleId();
    }

    /** A recommendation the placement meeting decides on; {@code alternatives} are also allowed. */
    record Recommendation(String code, LocalizedText text, List<String> alternatives) {
        public Recommendation {
            alternatives = List.copyOf(alternatives);
        }
    }
}
