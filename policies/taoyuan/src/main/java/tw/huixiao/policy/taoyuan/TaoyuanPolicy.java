package tw.huixiao.policy.taoyuan;

import tw.huixiao.policy.national.NationalDocuments;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.SourceDocument;

/** 桃園市 (Taoyuan City) dropout-prevention policy, from seed document "桃園市國民中小學預防中途輟學學生追蹤輔導處理 SOP 流程". */
public final class TaoyuanPolicy implements CountyPolicy {

    static final SourceDocument DOCUMENT = new SourceDocument(
            LocalizedText.of("桃園市國民中小學預防中途輟學學生追蹤輔導處理 SOP 流程", "Taoyuan SOP for tracking and counselling students at risk of dropping out"),
            null, null);

    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("taoyuan", "1.0.0")
            .serves(CountyCode.TAOYUAN)
            .displayName("桃園市", "Taoyuan City")
            .encodes(DOCUMENT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_ACT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_RULES)
            .build();

    @Override
    public PolicyIdentity identity() {
        return IDENTITY;
    }
}
