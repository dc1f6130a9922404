package tw.huixiao.policy.template;

import org.junit.jupiter.api.Test;
import tw.huixiao.policy.tck.RuleCoverage;

/** Every encoded rule id has a {@code @CitesRule} test, and no test cites a rule the module does not encode. */
class TemplateCountyPolicyRuleCoverageTest {

    @Test
    void everyEncodedRuleHasATest() {
        RuleCoverage.assertEveryEncodedRuleIsTested(new TemplateCountyPolicy(), TemplateCountyPolicyRulesTest.class);
    }
}
