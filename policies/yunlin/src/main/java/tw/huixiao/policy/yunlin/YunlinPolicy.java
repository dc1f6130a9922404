package tw.huixiao.policy.yunlin;

import java.time.LocalDate;
import tw.huixiao.policy.national.NationalDocuments;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.SourceDocument;

/** 雲林縣 (Yunlin County) dropout-prevention policy, from seed document "高關懷學生評估暨輔導處遇計畫". */
public final class YunlinPolicy implements CountyPolicy {

    static final SourceDocument DOCUMENT = new SourceDocument(
            LocalizedText.of("高關懷學生評估暨輔導處遇計畫", "High-care student assessment and counselling plan"),
            LocalDate.of(2010, 4, 27), "府教學字第 0990400008 號");

    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("yunlin", "1.0.0")
            .serves(CountyCode.YUNLIN)
            .displayName("雲林縣", "Yunlin County")
            .encodes(DOCUMENT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_ACT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_RULES)
            .build();

    @Override
    public PolicyIdentity identity() {
        return IDENTITY;
    }
}
