package tw.huixiao.policy.yunlin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.tck.CitesRule;

class YunlinFundingTest {

    @Test
    @CitesRule("YL-FUNDING")
    void noPerCaseFundingTheCounsellingOfficesAnnualBudgetPays() {
        FundingPolicy.NoPerCaseFunding none = assertInstanceOf(FundingPolicy.NoPerCaseFunding.class,
                new YunlinPolicy().funding());
        assertEquals(Optional.of(RuleId.of("YL-FUNDING")), none.ruleIdIfAny());
        assertEquals("由輔導室年度預算相關經費支應，無個案經費", none.reason().zhTw());
    }
}
