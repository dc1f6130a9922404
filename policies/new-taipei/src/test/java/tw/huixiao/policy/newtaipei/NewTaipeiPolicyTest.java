package tw.huixiao.policy.newtaipei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.funding.FundingPolicy;

/** The module as a whole: the rule list, the documents, funding, document kinds. */
class NewTaipeiPolicyTest {

    private final NewTaipeiPolicy policy = new NewTaipeiPolicy();

    @Test
    void encodesExactlyTheNewTaipeiAndNationalRules() {
        Set<String> expected = new TreeSet<>(Set.of("NT-CAT1", "NT-CAT2", "NT-CAT3", "NT-NEW", "NT-TRANSFER-CHECK",
                "NT-D1-PHONE", "NT-D1-REGISTRAR", "NT-D2-VISIT", "NT-D2-REGISTRAR", "NT-D2-NEW", "NT-D3-MAIL",
                "NT-D4-MEETING", "NT-D4-REPORT", "NT-FOLLOW", "NT-REENROL", "NT-PLACEMENT", "NT-BUXIAO", "NT-ADAPT",
                "NT-GRADES", "NT-DET-IN", "NT-DET-OUT", "NT-MISSING", "TW-DROPOUT", "TW-LONG-ABSENCE", "TW-PENALTY",
                "TW-ZERO-REJECT", "TW-TIERS"));
        assertEquals(expected, policy.encodedRules().stream().map(RuleId::toString)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(policy.timeline().steps().containsAll(NationalRules.STEPS));
        assertTrue(policy.categories().containsAll(NationalRules.CATEGORIES));
        assertTrue(policy.documentKinds().containsAll(NationalRules.DOCUMENT_KINDS));
    }

    @Test
    void identityNamesTheProcedureWithItsReferenceNumber() {
        var document = policy.identity().documents().get(0);
        assertEquals("新北市國民中小學辦理中輟學生追蹤及復學安置作業流程", document.title().zhTw());
        assertEquals(LocalDate.of(2005, 12, 30), document.issuedOnIfKnown().orElseThrow());
        assertEquals("北府教特字第 0940871642 號", document.referenceNumberIfKnown().orElseThrow());
        assertEquals("new-taipei", policy.identity().id());
        assertEquals("1.0.0", policy.identity().version().toString());
    }

    @Test
    void fundingIsExplicitlyNone() {
        FundingPolicy.NoPerCaseFunding none = assertInstanceOf(FundingPolicy.NoPerCaseFunding.class, policy.funding());
        assertEquals("新北市作業流程未訂定個案經費規定", none.reason().zhTw());
        assertTrue(none.ruleIdIfAny().isEmpty());
    }
}
