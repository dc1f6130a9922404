package tw.huixiao.policy.yunlin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;
import tw.huixiao.policy.tck.CitesRule;

/** The Yunlin referral directory (seed 003, 六(三)): who receives which referral, how they answer. */
class YunlinAgenciesTest {

    private final Map<String, Agency> agencies = new YunlinPolicy().agencies().stream()
            .collect(Collectors.toMap(Agency::id, Function.identity()));

    @Test
    @CitesRule("YL-REF-FAMILY")
    void highRiskFamiliesGoToTheSocialAffairsDepartmentAtItsPrintedFaxAndPhone() {
        Agency social = agencies.get("YL-SOCIAL-AFFAIRS");
        assertEquals(AgencyKind.SOCIAL_AFFAIRS, social.kind());
        assertEquals("傳真 05-5348530；通報電話 05-5348585", social.contact());
        assertFalse(social.guardianConsentRequired(), "a high-risk family report does not wait for consent");
        assertEquals("YL-REF-FAMILY", social.ruleId().toString());
    }

    @Test
    @CitesRule("YL-REF-DROPOUT")
    @CitesRule("YL-REPLY")
    void theEducationDepartmentReceivesTheReferralFormAndIsAnsweredWithTheTierArrangement() {
        Agency education = agencies.get("YL-EDUCATION");
        assertEquals(AgencyKind.EDUCATION_BUREAU, education.kind());
        assertEquals(Agency.ReplyKind.TIER_DECISION, education.reply(), "輔導安排回覆表: tier 1/2 and tier-3 yes/no");
        assertEquals(AgencyKind.JUVENILE_COUNSELLING_COMMITTEE, agencies.get("YL-JUVENILE-COMMITTEE").kind(),
                "two counselling periods without effect: the 少年輔導委員會's 轉向評估小組");
        assertEquals(AgencyKind.POLICE, agencies.get("YL-POLICE").kind());
    }

    @Test
    @CitesRule("YL-REF-EMOTION")
    void counsellingAndMentalHealthServicesNeedTheGuardiansConsent() {
        for (String id : List.of("YL-PSYCHOLOGIST", "YL-DOULIU-MENTAL-HEALTH", "YL-HEALTH")) {
            assertTrue(agencies.get(id).guardianConsentRequired(), id);
            assertEquals("YL-REF-EMOTION", agencies.get(id).ruleId().toString(), id);
        }
    }

    @Test
    @CitesRule("YL-PROTECT")
    void protectiveReportsGoTo113TheCampusSafetyCentreAndTheStudentAffairsSectionWithoutWaitingForConsent() {
        assertEquals("113", agencies.get("YL-PROTECTION-113").contact());
        assertEquals(AgencyKind.CAMPUS_SAFETY_CENTRE, agencies.get("YL-CAMPUS-SAFETY").kind());
        assertEquals("傳真 5350800；聯絡電話 5351216 或 5374068", agencies.get("YL-EDUCATION-STUDENT-AFFAIRS").contact());
        for (String id : List.of("YL-PROTECTION-113", "YL-CAMPUS-SAFETY", "YL-EDUCATION-STUDENT-AFFAIRS")) {
            assertFalse(agencies.get(id).guardianConsentRequired(), id + ": a protective report never waits for consent");
        }
    }

    @Test
    @CitesRule("YL-RETURN")
    void theSocialServiceAgencyAnswersWithTheCaseReturnRuling() {
        Agency ngo = agencies.get("YL-SOCIAL-SERVICE");
        assertEquals(Agency.ReplyKind.RETURN_RULING, ngo.reply());
        assertTrue(ngo.guardianConsentRequired());
    }
}
