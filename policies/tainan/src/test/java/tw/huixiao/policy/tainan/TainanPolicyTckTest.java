package tw.huixiao.policy.tainan;

import tw.huixiao.policy.tck.CountyPolicyCompatibilityKit;

class TainanPolicyTckTest extends CountyPolicyCompatibilityKit<TainanPolicy> {
    TainanPolicyTckTest() {
        super(TainanPolicy.class);
    }
}
