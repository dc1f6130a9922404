package tw.huixiao.policy.newtaipei;

import tw.huixiao.policy.tck.CountyPolicyCompatibilityKit;

class NewTaipeiPolicyTckTest extends CountyPolicyCompatibilityKit<NewTaipeiPolicy> {
    NewTaipeiPolicyTckTest() {
        super(NewTaipeiPolicy.class);
    }
}
