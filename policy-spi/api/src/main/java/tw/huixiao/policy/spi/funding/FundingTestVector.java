package tw.huixiao.policy.spi.funding;

import java.util.Objects;
import java.util.Set;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolProfile;

/**
 * A worked example the compatibility kit runs: this budget at this school breaks exactly
 * these rules (empty = valid). Vectors at and across each boundary make the rules reviewable.
 */
public record FundingTestVector(String name, SchoolProfile school, Budget budget, Set<RuleId> expectedViolations) {

    public FundingTestVector {
        Objects.requireNonNull(name, "vector name");
        Objects.requireNonNull(school, () -> name + ": school");
        Objects.requireNonNull(budget, () -> name + ": budget");
        expectedViolations = Set.copyOf(expectedViolations);
    }
}
