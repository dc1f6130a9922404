package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.funding.FundingPolicy;

/** What the module declares as a whole: its rules, documents, funding, and the document's own words. */
class TaoyuanPolicyDeclarationsTest {

    @Test
    void encodesEveryTaoyuanAndNationalRule_andNothingElse() {
        Set<String> expected = new TreeSet<>(List.of("TW-DROPOUT", "TW-LONG-ABSENCE", "TW-PENALTY", "TW-ZERO-REJECT",
                "TW-TIERS", "TY-AT-RISK", "TY-LONG-LEAVE", "TY-D0-PRINCIPAL", "TY-D0-HOMEROOM", "TY-D0-MONTHLY",
                "TY-D0-ACADEMIC", "TY-D0-COUNSEL", "TY-D1-CONTACT", "TY-D1-INDIGENOUS", "TY-D1-DANGER", "TY-D2-VISIT",
                "TY-D2-STAFFING", "TY-D2-RECORD", "TY-D2-COUNSEL", "TY-D3-VISIT", "TY-D3-SEARCH-MEETING",
                "TY-D3-REGISTERED-MAIL", "TY-D3-CASE-MEETING", "TY-D4-URGE", "TY-D4-REPORT", "TY-D4-TASKFORCE",
                "TY-D4-RETURNED"));
        assertEquals(expected, Fixture.POLICY.encodedRules().stream().map(RuleId::toString)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(Fixture.POLICY.encodedRules().containsAll(NationalRules.ENCODED));
    }

    @Test
    void documentKindsAreTheLettersAndReportsTheLadderProduces_plusTheNationalOnes() {
        assertEquals(Set.of("COMMITTEE_PENALTY_REQUEST_LETTER", "PARENT_NOTICE_REGISTERED_MAIL",
                        "STUDENT_LIST_TO_COUNSELING", "MOE_DROPOUT_REPORT", "DROPOUT_REPORT_FAX",
                        "COMMITTEE_ORIGINAL_LETTER", "INDIGENOUS_BUREAU_LETTER", "REMEDIAL_TEACHING_PLAN"),
                Fixture.POLICY.documentKinds());
    }

    @Test
    void fundingIsExplicitlyNone_becauseTheSopSetsNoPerCaseFunding() {
        FundingPolicy.NoPerCaseFunding none = (FundingPolicy.NoPerCaseFunding) Fixture.POLICY.funding();
        assertEquals("桃園市 SOP 未訂定個案經費規定", none.reason().zhTw());
        assertTrue(none.ruleIdIfAny().isEmpty());
    }
}
