package tw.huixiao.policy.yunlin;

import org.junit.jupiter.api.Test;
import tw.huixiao.policy.tck.RuleCoverage;

class YunlinRuleCoverageTest {

    @Test
    void everyEncodedRuleHasATest() {
        RuleCoverage.assertEveryEncodedRuleIsTested(new YunlinPolicy(), YunlinCategoriesTest.class,
                YunlinLadderTest.class, YunlinFormsTest.class, YunlinFundingTest.class, YunlinAgenciesTest.class);
    }
}
