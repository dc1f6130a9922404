package tw.huixiao.policy.newtaipei;

import org.junit.jupiter.api.Test;
import tw.huixiao.policy.tck.RuleCoverage;

/** Every encoded rule id has a test that cites it, and no test cites a rule that is not encoded. */
class NewTaipeiRuleCoverageTest {

    @Test
    void everyEncodedRuleIsTested() {
        RuleCoverage.assertEveryEncodedRuleIsTested(new NewTaipeiPolicy(), NewTaipeiCategoriesTest.class,
                NewTaipeiLadderTest.class, NewTaipeiReEnrolmentTest.class, NewTaipeiDetentionTest.class,
                NewTaipeiFormsTest.class, NewTaipeiPolicyTest.class, NewTaipeiAgenciesTest.class);
    }
}
