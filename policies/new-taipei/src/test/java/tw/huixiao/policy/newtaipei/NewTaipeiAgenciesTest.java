package tw.huixiao.policy.newtaipei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;
import tw.huixiao.policy.tck.CitesRule;

/** The New Taipei referral directory (seed 001): the district committee and the police. */
class NewTaipeiAgenciesTest {

    private final List<Agency> agencies = new NewTaipeiPolicy().agencies();

    @Test
    @CitesRule("NT-D4-REPORT")
    void theDropoutReportGoesToTheSchoolsOwnDistrictCommitteeWithoutConsent() {
        Agency committee = agencies.stream().filter(a -> a.id().equals("NT-CEC")).findFirst().orElseThrow();
        assertEquals(AgencyKind.COMPULSORY_EDUCATION_COMMITTEE, committee.kind());
        assertEquals("板橋區強迫入學委員會", committee.nameIn("板橋區").zhTw());
        assertFalse(committee.guardianConsentRequired());
    }

    @Test
    @CitesRule("NT-MISSING")
    void aMissingStudentIsSearchedForByThePolice() {
        Agency police = agencies.stream().filter(a -> a.id().equals("NT-POLICE")).findFirst().orElseThrow();
        assertEquals(AgencyKind.POLICE, police.kind());
        assertEquals("NT-MISSING", police.ruleId().toString());
    }
}
