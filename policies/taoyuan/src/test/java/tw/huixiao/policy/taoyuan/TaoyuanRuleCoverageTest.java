package tw.huixiao.policy.taoyuan;

import org.junit.jupiter.api.Test;
import tw.huixiao.policy.tck.RuleCoverage;

/** Every encoded rule has a test citing it, and no test cites a rule the module does not encode. */
class TaoyuanRuleCoverageTest {

    @Test
    void everyEncodedRuleIsTested() {
        RuleCoverage.assertEveryEncodedRuleIsTested(new TaoyuanPolicy(), TaoyuanDefinitionsTest.class,
                TaoyuanDayZeroTest.class, TaoyuanDaysOneAndTwoTest.class, TaoyuanDayThreeTest.class,
                TaoyuanDayFourTest.class, TaoyuanNationalRulesTest.class, TaoyuanFormsTest.class,
                TaoyuanCaseLifecycleTest.class, TaoyuanAgenciesTest.class);
    }
}
