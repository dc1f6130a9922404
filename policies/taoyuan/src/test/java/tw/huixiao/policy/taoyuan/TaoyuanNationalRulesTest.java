package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.Ladder;

/** The national rules (強迫入學條例 and 施行細則) as the Taoyuan module applies them. */
class TaoyuanNationalRulesTest {

    @Test
    @CitesRule("TW-PENALTY")
    void reportedOnFridayOctober23_whileNotBack_schoolAsksTheCommitteeToEscalate_untilTheStudentReturns() {
        List<Ladder.Duty> absent = Ladder.all(
                Fixture.LADDER.on(CaseEvent.REPORTED, Fixture.at(2026, 10, 23, 10), Fixture.dropout()), "TW-PENALTY");
        assertEquals(1, absent.size());
        assertSame(NationalRules.PENALTY_REQUEST, absent.get(0).step(), "the national step, reused");
        assertEquals(NationalRules.COMMITTEE_PENALTY_REQUEST, absent.get(0).step().producesIfAny().orElseThrow());
        assertTrue(Fixture.POLICY.documentKinds().contains(NationalRules.COMMITTEE_PENALTY_REQUEST));
        Fixture.assertOngoing(absent.get(0));

        assertEquals(List.of(), Ladder.all(Fixture.LADDER.on(CaseEvent.REPORTED, Fixture.at(2026, 10, 23, 10),
                Fixture.dropout().withReturned()), "TW-PENALTY"));
    }

    @Test
    @CitesRule("TW-ZERO-REJECT")
    void studentReturnsOnMondayOctober26Holiday_registrarAcceptsReEnrolmentThatVeryDay() {
        List<Ladder.Duty> accept = Ladder.all(Fixture.LADDER.on(CaseEvent.RETURNED, Fixture.at(2026, 10, 26, 9),
                Fixture.dropout().withReturned()), "TW-ZERO-REJECT");
        assertEquals(1, accept.size());
        assertEquals(List.of(SchoolRole.REGISTRAR), accept.get(0).step().responsible());
        assertEquals(LocalDate.of(2026, 10, 26), accept.get(0).dueDate(), "零拒絕、隨時接受申請: even on a holiday");
    }

    @Test
    @CitesRule("TW-TIERS")
    void caseOpenedOnTuesdayOctober20_threeTierCounsellingStartsAndContinues() {
        List<Ladder.Duty> tiers = Ladder.all(Fixture.LADDER.on(CaseEvent.OPENED, Fixture.at(2026, 10, 20, 8),
                Fixture.atRisk()), "TW-TIERS");
        assertEquals(1, tiers.size());
        assertEquals(List.of(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER, SchoolRole.MENTOR_TEACHER),
                tiers.get(0).step().responsible());
        Fixture.assertOngoing(tiers.get(0));
        assertTrue(Fixture.POLICY.timeline().steps().containsAll(NationalRules.STEPS));
    }
}
