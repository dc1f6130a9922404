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

    /** A recommendation the placement meeting decides on; {@code alternatives} are also allowed. */
    record Recommendation(String code, LocalizedText text, List<String> alternatives) {
        public Recommendation {
            alternatives = List.copyOf(alternatives);
        }
    }
}
