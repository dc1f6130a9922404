package tw.huixiao.policy.newtaipei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.casework.BureauFiling;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.tck.CitesRule;

/** What the school files with the county bureau on the platform (SPI 1.5 bureauFilings). */
class NewTaipeiBureauFilingsTest {

    private final CountyPolicy policy = new NewTaipeiPolicy();

    /** The document's own words for the filed step name the bureau. */
    private String sourceOf(BureauFiling filing) {
        return policy.timeline().steps().stream().filter(s -> s.ruleId().equals(filing.ruleId())
                        && s.producesIfAny().filter(filing.produces()::equals).isPresent())
                .map(s -> s.sourceIfAny().orElse("")).findFirst().orElseThrow();
    }

    @Test
    @CitesRule("NT-D4-REPORT")
    void theReportsGoToTheCommitteeAndTheMoeSystemNotTheBureau() {
        assertEquals(List.of(), policy.bureauFilings());
        for (Step step : policy.timeline().steps()) {
            assertTrue(step.sourceIfAny().orElse("").indexOf("教育局") < 0, step.ruleId() + " names no bureau");
        }
    }
}
