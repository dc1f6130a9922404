package tw.huixiao.policy.template;

import tw.huixiao.policy.tck.CountyPolicyCompatibilityKit;

/** The whole compatibility kit, in one line. */
class TemplateCountyPolicyTckTest extends CountyPolicyCompatibilityKit<TemplateCountyPolicy> {
    TemplateCountyPolicyTckTest() {
        super(TemplateCountyPolicy.class);
    }
}
