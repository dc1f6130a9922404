package tw.huixiao.platform.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.tainan.TainanPolicy;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;

/** The moves of a case's life and the counties' limits on them (issue 6 §1). */
class CaseLifecycleTest {

    private static final CountyPolicy TAOYUAN = new TaoyuanPolicy();
    private static final CountyPolicy TAINAN = new TainanPolicy();
    /** A county without transition or closure rules. */
    private static final CountyPolicy PLAIN = () -> PolicyIdentity.builder("kinmen", "1.0.0")
            .serves(CountyCode.of("KINMEN")).displayName("金門縣", "Kinmen").build();

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 4);

    private static Optional<CaseLifecycle.Refusal> move(CountyPolicy p, CaseState from, CaseState to, LocalDate since,
                                                        LocalDate today) {
        return CaseLifecycle.check(p, "TW-DROPOUT", from, to, since, OPENED, Optional.empty(), today);
    }

    @Test
    void thePlatformsGraph_forwardWithRelapses_closedOnlyReopens() {
        assertEquals(Set.of(CaseState.REPORTED, CaseState.RETURNED, CaseState.RE_ENROLLED, CaseState.FOLLOW_UP,
                CaseState.CLOSED), CaseLifecycle.next(CaseState.OPEN));
        assertEquals(Set.of(CaseState.OPEN), CaseLifecycle.next(CaseState.CLOSED));
        assertTrue(move(PLAIN, CaseState.FOLLOW_UP, CaseState.REPORTED, OPENED, OPENED).isEmpty(), "a relapse");
        CaseLifecycle.Refusal back = move(PLAIN, CaseState.REPORTED, CaseState.OPEN, OPENED, OPENED).orElseThrow();
        assertNull(back.ruleId(), "the platform's own graph cites no county rule");
        assertTrue(move(PLAIN, CaseState.CLOSED, CaseState.REPORTED, OPENED, OPENED).isPresent());
        assertTrue(move(PLAIN, CaseState.REPORTED, CaseState.REPORTED, OPENED, OPENED).isPresent());
        assertTrue(move(PLAIN, CaseState.CLOSED, CaseState.OPEN, OPENED, OPENED).isEmpty(), "reopening");
        assertTrue(move(PLAIN, CaseState.OPEN, CaseState.CLOSED, OPENED, OPENED).isEmpty(), "no closure rule");
        assertEquals(Optional.of(CaseEvent.PLACED), CaseLifecycle.event(CaseState.PLACEMENT));
        assertEquals(Optional.empty(), CaseLifecycle.event(CaseState.FOLLOW_UP));
    }

    @Test
    void taoyuan_followUpOnlyOnceBack_TY_D3_CASE_MEETING() {
        CaseLifecycle.Refusal refused = move(TAOYUAN, CaseState.REPORTED, CaseState.FOLLOW_UP, OPENED, OPENED)
                .orElseThrow();
        assertEquals("TY-D3-CASE-MEETING", refused.ruleId());
        assertNull(refused.earliestOn());
        assertEquals("TY-D3-CASE-MEETING", move(TAOYUAN, CaseState.OPEN, CaseState.FOLLOW_UP, OPENED, OPENED)
                .orElseThrow().ruleId());
        assertTrue(move(TAOYUAN, CaseState.RETURNED, CaseState.FOLLOW_UP, OPENED, OPENED).isEmpty());
        assertTrue(move(PLAIN, CaseState.OPEN, CaseState.FOLLOW_UP, OPENED, OPENED).isEmpty(), "a county rule");
    }

    @Test
    void taoyuan_closesAfterAMonthOfTrackingInFollowUp_TY_D3_CASE_MEETING() {
        LocalDate trackedFrom = LocalDate.of(2026, 3, 10);
        CaseLifecycle.Refusal early = move(TAOYUAN, CaseState.FOLLOW_UP, CaseState.CLOSED, trackedFrom,
                LocalDate.of(2026, 4, 9)).orElseThrow();
        assertEquals("TY-D3-CASE-MEETING", early.ruleId());
        assertEquals(LocalDate.of(2026, 4, 10), early.earliestOn());
        assertTrue(early.message().contains("2026-04-10"), early.message());
        assertTrue(move(TAOYUAN, CaseState.FOLLOW_UP, CaseState.CLOSED, trackedFrom, LocalDate.of(2026, 4, 10)).isEmpty());
        // Not in follow-up: not yet evaluated stable, so the month has not started.
        CaseLifecycle.Refusal untracked = move(TAOYUAN, CaseState.RETURNED, CaseState.CLOSED, trackedFrom,
                LocalDate.of(2026, 6, 1)).orElseThrow();
        assertEquals(LocalDate.of(2026, 7, 1), untracked.earliestOn());
    }

    @Test
    void tainan_evaluatedThreeMonthsAfterTheNeedsAssessment_andThreeMonthsWithoutRecurrence_TN_EVAL_TN_CLOSE() {
        LocalDate assessed = LocalDate.of(2026, 3, 16);
        LocalDate trackedFrom = LocalDate.of(2026, 3, 20);
        Optional<CaseLifecycle.Refusal> early = CaseLifecycle.check(TAINAN, "TN-WHO-DEVIANT", CaseState.FOLLOW_UP,
                CaseState.CLOSED, trackedFrom, OPENED, Optional.of(assessed), LocalDate.of(2026, 6, 16));
        assertEquals("TN-CLOSE", early.orElseThrow().ruleId());
        assertEquals(LocalDate.of(2026, 6, 20), early.get().earliestOn(), "3 months in follow-up is the later bound");
        assertTrue(CaseLifecycle.check(TAINAN, "TN-WHO-DEVIANT", CaseState.FOLLOW_UP, CaseState.CLOSED, trackedFrom,
                OPENED, Optional.of(assessed), LocalDate.of(2026, 6, 20)).isEmpty());
        // A late needs assessment moves the evaluation (3 months after it) past the tracking.
        assertEquals(LocalDate.of(2026, 8, 1), CaseLifecycle.check(TAINAN, "TN-WHO-DEVIANT", CaseState.FOLLOW_UP,
                CaseState.CLOSED, trackedFrom, OPENED, Optional.of(LocalDate.of(2026, 5, 1)),
                LocalDate.of(2026, 7, 1)).orElseThrow().earliestOn());
    }
}
