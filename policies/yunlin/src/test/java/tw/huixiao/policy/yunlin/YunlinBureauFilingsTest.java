package tw.huixiao.policy.yunlin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.casework.BureauFiling;
import tw.huixiao.policy.tck.CitesRule;

/** What the school files with the county bureau on the platform (SPI 1.5 bureauFilings). */
class YunlinBureauFilingsTest {

    private final CountyPolicy policy = new YunlinPolicy();

    /** The document's own words for the filed step name the bureau. */
    private String sourceOf(BureauFiling filing) {
        return policy.timeline().steps().stream().filter(s -> s.ruleId().equals(filing.ruleId())
                        && s.producesIfAny().filter(filing.produces()::equals).isPresent())
                .map(s -> s.sourceIfAny().orElse("")).findFirst().orElseThrow();
    }

    @Test
    @CitesRule("YL-PROTECT")
    void theSignedCampusSafetyReportIsFiledWithTheEducationDepartment() {
        BureauFiling safety = policy.bureauFiling("YL-PROTECT", YunlinLadder.CAMPUS_SAFETY_REPORT_FAX).orElseThrow();
        assertTrue(sourceOf(safety).contains("教育處學管科"), sourceOf(safety));
        assertTrue(policy.bureauFiling("YL-PROTECT", YunlinLadder.PROTECTION_REPORT).isEmpty(),
                "the protective report goes to the 社會處 or 113, not the education bureau");
        assertEquals(1, policy.bureauFilings().size());
    }
}
