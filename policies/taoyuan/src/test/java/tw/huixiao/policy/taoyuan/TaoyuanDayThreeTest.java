package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.casework.ClosureRule;
import tw.huixiao.policy.spi.timeline.Recurrence;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.Occurrences;

/** Day 3: joint visits go on; the cause decides between the search meeting and the case meeting. */
class TaoyuanDayThreeTest {

    /** Absent from Wed 2026-10-07: Fri 10-09 is 國慶日補假, so day 3 is Monday 10-12. */
    private static final LocalDate WED_OCT_7 = LocalDate.of(2026, 10, 7);
    /** Day 3 of the streak from Tue 10-20 is Thursday 10-22. */
    private static final LocalDate THU_OCT_22 = LocalDate.of(2026, 10, 22);

    @Test
    @CitesRule("TY-D3-VISIT")
    void thirdDay_jointHomeVisitsContinue_withTheLiaisonForIndigenousStudents_notOnceTheStudentIsBack() {
        List<Ladder.Duty> visits = Fixture.rule(3, Fixture.TUE_OCT_20, Fixture.dropout(), "TY-D3-VISIT");
        assertEquals(1, visits.size());
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER, SchoolRole.STUDENT_AFFAIRS), visits.get(0).step().responsible());
        assertEquals(THU_OCT_22, visits.get(0).dueDate());
        assertTrue(visits.get(0).step().duty().zhTw().contains("跨網絡單位(警政、社政、里長等)"));

        assertEquals(2, Fixture.rule(3, Fixture.TUE_OCT_20, Fixture.dropout().withIndigenous(), "TY-D3-VISIT").size());
        assertEquals(List.of(), Fixture.rule(3, Fixture.TUE_OCT_20, Fixture.dropout().withReturned(), "TY-D3-VISIT"));
    }

    @Test
    @CitesRule("TY-D3-SEARCH-MEETING")
    void thirdDay_causeUnknown_principalChairsTheSearchMeeting_withCounselling_onlyWhileTheCauseIsUnknown() {
        List<Ladder.Duty> meeting = Fixture.rule(3, Fixture.TUE_OCT_20, Fixture.dropout(), "TY-D3-SEARCH-MEETING");
        assertEquals(2, meeting.size());
        Ladder.Duty convene = Fixture.producing(meeting, TaoyuanForms.SEARCH_MEETING);
        assertEquals(List.of(SchoolRole.STUDENT_AFFAIRS, SchoolRole.PRINCIPAL), convene.step().responsible());
        assertEquals(THU_OCT_22, convene.dueDate());
        assertTrue(convene.step().duty().zhTw().contains("「中輟之虞學生協尋因應作為研商會議」"));
        Ladder.Duty assess = Fixture.ledBy(meeting, SchoolRole.COUNSELING);
        assertTrue(assess.step().duty().zhTw().contains("學生狀況評估"));

        assertEquals(List.of(), Fixture.rule(3, Fixture.TUE_OCT_20, Fixture.dropout().withCauseKnown(true),
                "TY-D3-SEARCH-MEETING"), "cause known: a case meeting instead");
        assertEquals(List.of(), Fixture.rule(3, Fixture.TUE_OCT_20, Fixture.dropout().withReturned(),
                "TY-D3-SEARCH-MEETING"), "back at school: no search");
        assertEquals(2, Fixture.rule(3, Fixture.TUE_OCT_20, Fixture.dropout().withCauseKnown(false),
                "TY-D3-SEARCH-MEETING").size(), "cause established as unknown");
    }

    @Test
    @CitesRule("TY-D3-REGISTERED-MAIL")
    void thirdDayOnAMondayAfterAHoliday_stillAbsent_registrarPostsTheRegisteredLetterThatSameMonday() {
        List<Ladder.Duty> mail = Fixture.rule(3, WED_OCT_7, Fixture.dropout(), "TY-D3-REGISTERED-MAIL");
        Ladder.Duty letter = Fixture.producing(mail, TaoyuanLadder.PARENT_NOTICE_REGISTERED_MAIL);
        assertEquals(List.of(SchoolRole.REGISTRAR), letter.step().responsible());
        assertEquals(LocalDate.of(2026, 10, 12), letter.dueDate());
        assertTrue(letter.step().duty().zhTw().contains("限時掛號"));
        Ladder.Duty tellRegistrar = Fixture.producing(mail, TaoyuanLadder.STUDENT_LIST_TO_COUNSELING);
        assertEquals(List.of(SchoolRole.STUDENT_AFFAIRS), tellRegistrar.step().responsible());
        assertEquals(LocalDate.of(2026, 10, 12), tellRegistrar.dueDate());

        // Still absent with a known cause: the letter still goes; back at school: it does not.
        assertEquals(2, Fixture.rule(3, WED_OCT_7, Fixture.dropout().withCauseKnown(true), "TY-D3-REGISTERED-MAIL").size());
        assertEquals(List.of(), Fixture.rule(3, WED_OCT_7, Fixture.dropout().withReturned(), "TY-D3-REGISTERED-MAIL"));
    }

    @Test
    @CitesRule("TY-D3-CASE-MEETING")
    void thirdDay_causeKnownOrReturned_caseMeetingThatDay_monthlyEvaluation_networkMeetingEveryThreeMonths() {
        List<Ladder.Duty> known = Fixture.rule(3, Fixture.TUE_OCT_20, Fixture.dropout().withCauseKnown(true),
                "TY-D3-CASE-MEETING");
        assertEquals(3, known.size());
        Ladder.Duty start = known.stream().filter(d -> d.step().recurrenceIfAny().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of(SchoolRole.COUNSELING, SchoolRole.PRINCIPAL), start.step().responsible());
        assertEquals(THU_OCT_22, start.dueDate());
        known.forEach(d -> assertEquals(TaoyuanForms.CASE_MEETING, d.step().producesIfAny().orElseThrow()));

        Set<Recurrence> recurrences = known.stream().flatMap(d -> d.step().recurrenceIfAny().stream())
                .collect(Collectors.toSet());
        assertEquals(Set.of(Recurrence.every("P1M"), Recurrence.every("P3M")), recurrences);
        // Not yet steady: network case meetings in the quarters from 10-22, 01-22 and 04-22.
        assertEquals(List.of(
                new Occurrences.Period(THU_OCT_22, LocalDate.of(2027, 1, 22), 1),
                new Occurrences.Period(LocalDate.of(2027, 1, 22), LocalDate.of(2027, 4, 22), 1),
                new Occurrences.Period(LocalDate.of(2027, 4, 22), LocalDate.of(2027, 7, 22), 1)),
                Occurrences.of(Recurrence.every("P3M"), THU_OCT_22, LocalDate.of(2027, 7, 22)));
        Ladder.Duty network = known.stream()
                .filter(d -> d.step().recurrenceIfAny().equals(java.util.Optional.of(Recurrence.every("P3M"))))
                .findFirst().orElseThrow();
        assertEquals(SchoolRole.PRINCIPAL, network.step().responsible().get(0));
        Fixture.assertOngoing(network);

        // Steady: track 1 month, then close.
        ClosureRule closure = Fixture.POLICY.closure().orElseThrow();
        assertEquals("TY-D3-CASE-MEETING", closure.ruleId().toString());
        assertEquals(Period.ofMonths(1), closure.stableForIfAny().orElseThrow());
        assertEquals(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 11, 22).plus(closure.stableFor()),
                "found steady on 11-22, the case may close on 12-22");

        assertEquals(3, Fixture.rule(3, Fixture.TUE_OCT_20, Fixture.dropout().withReturned(), "TY-D3-CASE-MEETING").size());
        assertEquals(List.of(), Fixture.rule(3, Fixture.TUE_OCT_20, Fixture.dropout(), "TY-D3-CASE-MEETING"),
                "cause unknown and still absent: the search meeting instead");
    }
}
