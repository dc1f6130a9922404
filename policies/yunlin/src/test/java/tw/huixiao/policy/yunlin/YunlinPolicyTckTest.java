package tw.huixiao.policy.yunlin;

import tw.huixiao.policy.tck.CountyPolicyCompatibilityKit;

class YunlinPolicyTckTest extends CountyPolicyCompatibilityKit<YunlinPolicy> {
    YunlinPolicyTckTest() {
        super(YunlinPolicy.class);
    }
}
