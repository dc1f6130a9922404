package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;
import tw.huixiao.policy.tck.CitesRule;

/** The Taoyuan referral directory (seed 000, day 4). */
class TaoyuanAgenciesTest {

    private final Map<String, Agency> agencies = new TaoyuanPolicy().agencies().stream()
            .collect(Collectors.toMap(Agency::id, Function.identity()));

    @Test
    @CitesRule("TY-D4-REPORT")
    void theReportGoesToTheDistrictCommitteeAndIndigenousStudentsAlsoToTheIndigenousAffairsDepartment() {
        assertEquals("中壢區強迫入學委員會", agencies.get("TY-CEC").nameIn("中壢區").zhTw());
        assertEquals(AgencyKind.INDIGENOUS_AFFAIRS, agencies.get("TY-INDIGENOUS").kind());
        assertEquals(AgencyKind.EDUCATION_BUREAU, agencies.get("TY-EDUCATION").kind(), "副本知會教育局");
        assertFalse(agencies.get("TY-CEC").guardianConsentRequired());
    }

    @Test
    @CitesRule("TY-D4-TASKFORCE")
    void theTaskforceNetworkHasEveryResourceTheSopNamesAndVoluntaryServicesNeedConsent() {
        assertEquals(10, agencies.size());
        for (String id : new String[] {"TY-SOCIAL", "TY-POLICE", "TY-CIVIL"}) {
            assertFalse(agencies.get(id).guardianConsentRequired(), id);
        }
        for (String id : new String[] {"TY-HEALTH", "TY-MEDICAL", "TY-COUNSELLING", "TY-FAMILY-EDUCATION"}) {
            assertTrue(agencies.get(id).guardianConsentRequired(), id);
        }
        assertEquals("中壢區公所（民政、里長、里幹事）", agencies.get("TY-CIVIL").nameIn("中壢區").zhTw());
    }
}
