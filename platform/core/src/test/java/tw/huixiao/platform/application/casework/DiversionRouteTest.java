package tw.huixiao.platform.application.casework;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.Condition;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Timeline;

/** YL-REF-DROPOUT: the 轉向評估 proposal is for the categories the module puts on the rule's route. */
class DiversionRouteTest {

    private static final Agency COMMITTEE = Agency.agency("YL-JUVENILE-COMMITTEE").named("少年輔導委員會", "Committee")
            .kind(AgencyKind.JUVENILE_COUNSELLING_COMMITTEE).rule("YL-REF-DROPOUT").build();

    private static final CountyPolicy POLICY = new CountyPolicy() {
        @Override
        public PolicyIdentity identity() {
            return PolicyIdentity.builder("route-test", "1.0.0").serves(CountyCode.YUNLIN).displayName("測試", "Test")
                    .build();
        }

        @Override
        public Timeline timeline() {
            return Timeline.builder()
                    .add(Step.step("YL-REF-DROPOUT").on(CaseEvent.OPENED).by(SchoolRole.COUNSELING)
                            .duty("若兩個輔導期程未見成效，轉向評估", "Diversion after two periods without effect")
                            .when(Condition.categoryIn("YL-C1", "YL-C2", "YL-C3")).due(Deadline.continuous()))
                    .add(Step.step("YL-REF-EMOTION").on(CaseEvent.OPENED).by(SchoolRole.COUNSELING)
                            .duty("轉介心理師", "Refer to a psychologist")
                            .when(Condition.categoryIn("YL-C4")).due(Deadline.schoolDays(5)))
                    .build();
        }
    };

    @Test
    void dropoutHighRiskCategoriesAreOnTheRoute() {
        assertTrue(CounsellingPeriodService.onRoute(POLICY, COMMITTEE, "YL-C1"));
        assertTrue(CounsellingPeriodService.onRoute(POLICY, COMMITTEE, "YL-C3"));
    }

    @Test
    void otherCategoriesAreNot() {
        assertFalse(CounsellingPeriodService.onRoute(POLICY, COMMITTEE, "YL-C4"), "emotional: professionals, not diversion");
        assertFalse(CounsellingPeriodService.onRoute(POLICY, COMMITTEE, "YL-C8"));
    }
}
