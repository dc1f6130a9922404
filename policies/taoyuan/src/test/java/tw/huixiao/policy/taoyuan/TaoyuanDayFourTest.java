package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.Due;
import tw.huixiao.schedule.Ladder;

/** Day 4: still absent → urge, report, task force; back at school → remedial support. */
class TaoyuanDayFourTest {

    /** Day 4 of the streak from Tue 2026-10-20 is Friday 10-23; Monday 10-26 is a holiday. */
    private static final LocalDate FRI_OCT_23 = LocalDate.of(2026, 10, 23);

    @Test
    @CitesRule("TY-D4-URGE")
    void fourthDay_homeroomTeacherUrgesTheFamilyBeforeNoon_studentAffairsKeepsVisiting() {
        List<Ladder.Duty> urge = Fixture.rule(4, Fixture.TUE_OCT_20, Fixture.dropout(), "TY-D4-URGE");
        assertEquals(2, urge.size());
        Ladder.Duty morning = Fixture.ledBy(urge, SchoolRole.HOMEROOM_TEACHER);
        assertEquals(new Due.ByTime(Fixture.at(2026, 10, 23, 12)), morning.due(), "當天上午: by noon on Fri 10-23");
        assertEquals(TaoyuanForms.CONTACT_RECORD_B, morning.step().producesIfAny().orElseThrow());
        Ladder.Duty visit = Fixture.ledBy(urge, SchoolRole.STUDENT_AFFAIRS);
        assertEquals(List.of(SchoolRole.STUDENT_AFFAIRS, SchoolRole.HOMEROOM_TEACHER, SchoolRole.COUNSELING),
                visit.step().responsible());
        assertEquals(FRI_OCT_23, visit.dueDate());

        assertEquals(3, Fixture.rule(4, Fixture.TUE_OCT_20, Fixture.dropout().withIndigenous(), "TY-D4-URGE").size());
        assertEquals(List.of(), Fixture.rule(4, Fixture.TUE_OCT_20, Fixture.dropout().withReturned(), "TY-D4-URGE"));
    }

    @Test
    @CitesRule("TY-D4-REPORT")
    void fourthDayOnAFridayBeforeAHoliday_indigenousStudent_originalLetterDueThirdWorkingDayAfter() {
        List<Ladder.Duty> report = Fixture.rule(4, Fixture.TUE_OCT_20, Fixture.dropout().withIndigenous(), "TY-D4-REPORT");
        assertEquals(4, report.size());
        Ladder.Duty moe = Fixture.producing(report, TaoyuanLadder.MOE_DROPOUT_REPORT);
        assertEquals(List.of(SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.REGISTRAR), moe.step().responsible());
        assertEquals(FRI_OCT_23, moe.dueDate());
        Ladder.Duty fax = Fixture.producing(report, TaoyuanLadder.DROPOUT_REPORT_FAX);
        assertEquals(List.of(SchoolRole.REGISTRAR), fax.step().responsible());
        assertEquals(FRI_OCT_23, fax.dueDate(), "fax the 輟學通報單 the same Friday");
        // 3 working days after Fri 10-23, skipping the weekend and Mon 10-26: Tue 27, Wed 28, Thu 29.
        Ladder.Duty original = Fixture.producing(report, TaoyuanLadder.COMMITTEE_ORIGINAL_LETTER);
        assertEquals(LocalDate.of(2026, 10, 29), original.dueDate());
        assertEquals(Deadline.workingDays(3), original.step().deadline(), "3日內(不含假日): office working days");
        assertTrue(original.step().duty().zhTw().contains("副本知會教育局"));
        Ladder.Duty bureau = Fixture.producing(report, TaoyuanLadder.INDIGENOUS_BUREAU_LETTER);
        assertEquals(LocalDate.of(2026, 10, 29), bureau.dueDate());
        assertTrue(bureau.step().duty().zhTw().contains("原民局"));
    }

    @Test
    @CitesRule("TY-D4-REPORT")
    void fourthDayOnChristmasEve_nonIndigenousStudent_letterToTheCommitteeOnlyDueWednesdayAfter() {
        // Absent from Mon 2026-12-21: day 4 is Thu 12-24; Fri 12-25 (行憲紀念日) and the weekend are off.
        List<Ladder.Duty> report = Fixture.rule(4, LocalDate.of(2026, 12, 21), Fixture.dropout(), "TY-D4-REPORT");
        assertEquals(Set.of(TaoyuanLadder.MOE_DROPOUT_REPORT, TaoyuanLadder.DROPOUT_REPORT_FAX,
                        TaoyuanLadder.COMMITTEE_ORIGINAL_LETTER),
                report.stream().map(d -> d.step().producesIfAny().orElseThrow()).collect(Collectors.toSet()),
                "no letter to 原民局 for a non-indigenous student");
        assertEquals(LocalDate.of(2026, 12, 24), Fixture.producing(report, TaoyuanLadder.DROPOUT_REPORT_FAX).dueDate());
        assertEquals(LocalDate.of(2026, 12, 30),
                Fixture.producing(report, TaoyuanLadder.COMMITTEE_ORIGINAL_LETTER).dueDate());

        assertEquals(List.of(), Fixture.rule(4, Fixture.TUE_OCT_20, Fixture.dropout().withReturned(), "TY-D4-REPORT"),
                "back at school on day 4: nothing to report");
    }

    @Test
    @CitesRule("TY-D4-TASKFORCE")
    void fourthDay_counsellingAsksThePrincipalToFormTheReEnrolmentGroup_whoChairsANetworkCaseMeeting() {
        List<Ladder.Duty> taskforce = Fixture.rule(4, Fixture.TUE_OCT_20, Fixture.dropout(), "TY-D4-TASKFORCE");
        assertEquals(2, taskforce.size());
        Ladder.Duty ask = Fixture.ledBy(taskforce, SchoolRole.COUNSELING);
        assertTrue(ask.step().duty().zhTw().contains("「學生復學輔導小組」"));
        Ladder.Duty meeting = Fixture.ledBy(taskforce, SchoolRole.PRINCIPAL);
        assertEquals(TaoyuanForms.CASE_MEETING, meeting.step().producesIfAny().orElseThrow());
        taskforce.forEach(d -> assertEquals(FRI_OCT_23, d.dueDate()));
        assertTrue(TaoyuanForms.CASE_MEETING_FORM.fields().filter(f -> f.key().equals("meetingKind"))
                .flatMap(f -> f.options().stream()).anyMatch(o -> o.code().equals("TASKFORCE")));

        assertEquals(List.of(), Fixture.rule(4, Fixture.TUE_OCT_20, Fixture.dropout().withReturned(), "TY-D4-TASKFORCE"));
    }

    @Test
    @CitesRule("TY-D4-RETURNED")
    void fourthDay_studentBack_careRemedialPlanAndInterventionCounselling_ongoing_onlyWhenBack() {
        List<Ladder.Duty> back = Fixture.rule(4, Fixture.TUE_OCT_20, Fixture.dropout().withReturned(), "TY-D4-RETURNED");
        assertEquals(3, back.size());
        back.forEach(Fixture::assertOngoing);
        Ladder.Duty plan = Fixture.producing(back, TaoyuanLadder.REMEDIAL_TEACHING_PLAN);
        assertEquals(List.of(SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.HOMEROOM_TEACHER), plan.step().responsible());
        assertTrue(Fixture.ledBy(back, SchoolRole.COUNSELING).step().duty().zhTw().contains("專輔教師"));
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER, SchoolRole.STUDENT_AFFAIRS),
                Fixture.ledBy(back, SchoolRole.HOMEROOM_TEACHER).step().responsible());

        assertEquals(List.of(), Fixture.rule(4, Fixture.TUE_OCT_20, Fixture.dropout(), "TY-D4-RETURNED"));
    }
}
