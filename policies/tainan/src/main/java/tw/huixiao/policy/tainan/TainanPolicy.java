package tw.huixiao.policy.tainan;

import java.time.LocalDate;
import tw.huixiao.policy.national.NationalDocuments;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.SourceDocument;

/** 臺南市 (Tainan City) dropout-prevention policy, from seed document "臺南市中輟、長期缺課、偏差行為或高關懷學生輔導處遇個別化支持計畫(ISP)". */
public final class TainanPolicy implements CountyPolicy {

    static final SourceDocument DOCUMENT = new SourceDocument(
            LocalizedText.of("臺南市中輟、長期缺課、偏差行為或高關懷學生輔導處遇個別化支持計畫(ISP)", "Tainan Individualized Support Plan (ISP) for dropout, long-absence, deviant-behaviour and high-care students"),
            LocalDate.of(2022, 7, 26), "南市教安(一)字第1110308851號");

    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("tainan", "1.0.0")
            .serves(CountyCode.TAINAN)
            .displayName("臺南市", "Tainan City")
            .encodes(DOCUMENT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_ACT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_RULES)
            .build();

    @Override
    public PolicyIdentity identity() {
        return IDENTITY;
    }
}
