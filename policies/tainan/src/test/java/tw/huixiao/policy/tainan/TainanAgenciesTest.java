package tw.huixiao.policy.tainan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;
import tw.huixiao.policy.tck.CitesRule;

/** The Tainan referral directory: the ISP's stage-4 referral groups (seed 004). */
class TainanAgenciesTest {

    private final List<Agency> agencies = new TainanPolicy().agencies();

    private Agency agency(String id) {
        return agencies.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @CitesRule("TN-NEEDS")
    void theNeedsChecklistsReferralGroupsAreTheDirectory() {
        assertEquals("南化區公所強迫入學委員會", agency("TN-CEC").nameIn("南化區").zhTw());
        assertEquals("南化區公所社會課", agency("TN-DISTRICT-SOCIAL").nameIn("南化區").zhTw());
        assertEquals("線上轉介 http://cs.tn.edu.tw/", agency("TN-COUNSELLING").contact());
        assertEquals(7, agencies.stream().filter(a -> a.kind() == AgencyKind.NGO).count(), "the seven NGOs listed");
        for (String id : List.of("TN-CEC", "TN-SOCIAL", "TN-FAMILY-VIOLENCE", "TN-POLICE")) {
            assertFalse(agency(id).guardianConsentRequired(), id + " is a request the law requires");
        }
        assertTrue(agencies.stream().filter(a -> a.kind() == AgencyKind.NGO).allMatch(Agency::guardianConsentRequired));
    }

    @Test
    @CitesRule("TN-MEETINGS")
    void theJuvenileCounsellingCommitteeIsInvitedToTheNeedsAssessmentMeeting() {
        assertEquals(AgencyKind.JUVENILE_COUNSELLING_COMMITTEE, agency("TN-JUVENILE-COMMITTEE").kind());
    }
}
