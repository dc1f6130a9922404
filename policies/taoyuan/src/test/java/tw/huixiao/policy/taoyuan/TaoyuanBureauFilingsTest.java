package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.casework.BureauFiling;
import tw.huixiao.policy.tck.CitesRule;

/** What the school files with the county bureau on the platform (SPI 1.5 bureauFilings). */
class TaoyuanBureauFilingsTest {

    private final CountyPolicy policy = new TaoyuanPolicy();

    /** The document's own words for the filed step name the bureau. */
    private String sourceOf(BureauFiling filing) {
        return policy.timeline().steps().stream().filter(s -> s.ruleId().equals(filing.ruleId())
                        && s.producesIfAny().filter(filing.produces()::equals).isPresent())
                .map(s -> s.sourceIfAny().orElse("")).findFirst().orElseThrow();
    }

    @Test
    @CitesRule("TY-D4-REPORT")
    void theDropoutLettersAreFiledWithACopyToTheBureauAndTheFaxIsNot() {
        assertEquals(List.of(TaoyuanLadder.COMMITTEE_ORIGINAL_LETTER, TaoyuanLadder.INDIGENOUS_BUREAU_LETTER),
                policy.bureauFilings().stream().map(BureauFiling::produces).toList());
        policy.bureauFilings().forEach(f -> assertTrue(sourceOf(f).contains("副本知會教育局"), sourceOf(f)));
        assertTrue(policy.bureauFiling("TY-D4-REPORT", TaoyuanLadder.DROPOUT_REPORT_FAX).isEmpty(),
                "the fax goes to the district committee only");
    }
}
