package tw.huixiao.policy.newtaipei;

import java.time.LocalDate;
import tw.huixiao.policy.national.NationalDocuments;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.SourceDocument;

/** 新北市 (New Taipei City) dropout-prevention policy, from seed document "新北市國民中小學辦理中輟學生追蹤及復學安置作業流程". */
public final class NewTaipeiPolicy implements CountyPolicy {

    static final SourceDocument DOCUMENT = new SourceDocument(
            LocalizedText.of("新北市國民中小學辦理中輟學生追蹤及復學安置作業流程", "New Taipei procedure for dropout tracking, re-enrolment and placement"),
            LocalDate.of(2005, 12, 30), "北府教特字第 0940871642 號");

    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("new-taipei", "1.0.0")
            .serves(CountyCode.NEW_TAIPEI)
            .displayName("新北市", "New Taipei City")
            .encodes(DOCUMENT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_ACT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_RULES)
            .build();

    @Override
    public PolicyIdentity identity() {
        return IDENTITY;
    }
}
