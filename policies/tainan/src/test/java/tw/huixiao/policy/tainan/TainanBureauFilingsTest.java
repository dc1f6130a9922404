package tw.huixiao.policy.tainan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.casework.BureauFiling;
import tw.huixiao.policy.tck.CitesRule;

/** What the school files with the county bureau on the platform (SPI 1.5 bureauFilings). */
class TainanBureauFilingsTest {

    private final CountyPolicy policy = new TainanPolicy();

    /** The document's own words for the filed step name the bureau. */
    private String sourceOf(BureauFiling filing) {
        return policy.timeline().steps().stream().filter(s -> s.ruleId().equals(filing.ruleId())
                        && s.producesIfAny().filter(filing.produces()::equals).isPresent())
                .map(s -> s.sourceIfAny().orElse("")).findFirst().orElseThrow();
    }

    @Test
    @CitesRule("TN-WHO")
    void theApprovedPlanIsFiledForTheBureausRecord() {
        BureauFiling plan = policy.bureauFiling("TN-WHO", TainanLadder.PLAN_FILING_LETTER).orElseThrow();
        assertTrue(sourceOf(plan).contains("送本局備查"), sourceOf(plan));
    }

    @Test
    @CitesRule("TN-REPORT")
    void theExpenseStatementAndResultsGoToTheBureau() {
        BureauFiling report = policy.bureauFiling("TN-REPORT", TainanLadder.EXPENSE_STATEMENT).orElseThrow();
        assertTrue(sourceOf(report).contains("教育局"), sourceOf(report));
        assertEquals(2, policy.bureauFilings().size());
    }
}
