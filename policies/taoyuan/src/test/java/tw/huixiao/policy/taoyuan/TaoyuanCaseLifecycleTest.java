package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.policy.taoyuan.Fixture.POLICY;

import java.time.Period;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.casework.ClosureRule;
import tw.huixiao.policy.tck.CitesRule;

/** The case's life under the SOP: follow-up only once the student is back, close after a month of it. */
class TaoyuanCaseLifecycleTest {

    @Test
    @CitesRule("TY-D3-CASE-MEETING")
    void followUpStartsOnlyOnceTheStudentIsBack_thenAMonthOfTrackingBeforeClosure() {
        for (CaseState notBack : new CaseState[] {CaseState.OPEN, CaseState.REPORTED}) {
            assertEquals("TY-D3-CASE-MEETING", POLICY.transitionRule("TW-DROPOUT", notBack, CaseState.FOLLOW_UP)
                    .orElseThrow().ruleId().toString(), notBack + " → follow-up");
            assertTrue(POLICY.transitionRule("TY-AT-RISK", notBack, CaseState.FOLLOW_UP).isPresent());
        }
        for (CaseState back : new CaseState[] {CaseState.RETURNED, CaseState.RE_ENROLLED, CaseState.PLACEMENT}) {
            assertTrue(POLICY.transitionRule("TW-DROPOUT", back, CaseState.FOLLOW_UP).isEmpty(), back + " → follow-up");
        }
        // Nothing else is forbidden: the dropout report, the return and re-enrolment (TW-ZERO-REJECT) stay open.
        assertTrue(POLICY.transitionRule("TW-DROPOUT", CaseState.OPEN, CaseState.REPORTED).isEmpty());
        assertTrue(POLICY.transitionRule("TW-DROPOUT", CaseState.REPORTED, CaseState.RE_ENROLLED).isEmpty());
        assertTrue(POLICY.forbiddenTransitions().get(0).reason().zhTw().contains("持續追蹤 1個月後結案"));

        ClosureRule closure = POLICY.closure().orElseThrow();
        assertEquals("TY-D3-CASE-MEETING", closure.ruleId().toString());
        assertEquals(Period.ofMonths(1), closure.stableFor());
    }
}
