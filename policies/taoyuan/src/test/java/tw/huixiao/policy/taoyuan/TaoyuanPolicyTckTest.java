package tw.huixiao.policy.taoyuan;

import tw.huixiao.policy.tck.CountyPolicyCompatibilityKit;

class TaoyuanPolicyTckTest extends CountyPolicyCompatibilityKit<TaoyuanPolicy> {
    TaoyuanPolicyTckTest() {
        super(TaoyuanPolicy.class);
    }
}
