package tw.huixiao.policy.tainan;

import org.junit.jupiter.api.Test;
import tw.huixiao.policy.tck.RuleCoverage;

/** Every encoded rule has a test that cites it, and no test cites a rule the module lacks. */
class TainanRuleCoverageTest {

    @Test
    void everyEncodedRuleIsTested() {
        RuleCoverage.assertEveryEncodedRuleIsTested(new TainanPolicy(), TainanTimelineTest.class,
                TainanFormsTest.class, TainanFundingTest.class, TainanAgenciesTest.class);
    }
}
