package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.Ladder;

/** Days 1 and 2 of unexcused non-attendance. */
class TaoyuanDaysOneAndTwoTest {

    /** Absent from Thursday 2026-10-08: day 1 is 10-08; Fri 10-09 is 國慶日補假, so day 2 is Monday 10-12. */
    private static final LocalDate THU_OCT_8 = LocalDate.of(2026, 10, 8);
    /** Absent from Thursday 2026-09-24: Fri 09-25 (中秋節) and Mon 09-28 (教師節) are off, so day 2 is Tue 09-29. */
    private static final LocalDate THU_SEP_24 = LocalDate.of(2026, 9, 24);

    @Test
    @CitesRule("TY-D1-CONTACT")
    void firstDay_homeroomTeacherContactsTheFamilyThatDay_andRecordsItOnFormB() {
        Ladder.Duty contact = Fixture.rule(1, THU_OCT_8, Fixture.dropout(), "TY-D1-CONTACT").get(0);
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER), contact.step().responsible());
        assertEquals(LocalDate.of(2026, 10, 8), contact.dueDate());
        assertEquals(TaoyuanForms.CONTACT_RECORD_B, contact.step().producesIfAny().orElseThrow());
        assertTrue(contact.step().sourceIfAny().orElseThrow().contains("https://star.tyc.edu.tw/"));
    }

    @Test
    @CitesRule("TY-D1-INDIGENOUS")
    void firstDay_indigenousStudent_studentAffairsContactsTheLiaison_butNotForOtherStudents() {
        List<Ladder.Duty> indigenous = Fixture.rule(1, THU_OCT_8, Fixture.dropout().withIndigenous(), "TY-D1-INDIGENOUS");
        assertEquals(1, indigenous.size());
        assertEquals(List.of(SchoolRole.STUDENT_AFFAIRS), indigenous.get(0).step().responsible());
        assertEquals(LocalDate.of(2026, 10, 8), indigenous.get(0).dueDate());
        assertTrue(indigenous.get(0).step().duty().zhTw().contains("原服員"));

        assertEquals(List.of(), Fixture.rule(1, THU_OCT_8, Fixture.dropout(), "TY-D1-INDIGENOUS"));
    }

    @Test
    @CitesRule("TY-D1-DANGER")
    void firstDay_emergency_teacherNotifiesStudentAffairs_whoVisitWithTheTeacherTheSameDay() {
        List<Ladder.Duty> danger = Fixture.rule(1, THU_OCT_8, Fixture.dropout().withEmergency(), "TY-D1-DANGER");
        assertEquals(2, danger.size());
        Ladder.Duty notify = Fixture.ledBy(danger, SchoolRole.HOMEROOM_TEACHER);
        Ladder.Duty visit = Fixture.ledBy(danger, SchoolRole.STUDENT_AFFAIRS);
        assertTrue(notify.step().duty().zhTw().contains("立即"));
        assertEquals(List.of(SchoolRole.STUDENT_AFFAIRS, SchoolRole.HOMEROOM_TEACHER), visit.step().responsible());
        danger.forEach(d -> assertEquals(LocalDate.of(2026, 10, 8), d.dueDate()));

        assertEquals(List.of(), Fixture.rule(1, THU_OCT_8, Fixture.dropout(), "TY-D1-DANGER"));
    }

    @Test
    @CitesRule("TY-D2-VISIT")
    void secondDayAfterTwoHolidays_jointHomeVisitOnTuesday_withTheLiaisonOnlyForIndigenousStudents() {
        List<Ladder.Duty> visits = Fixture.rule(2, THU_SEP_24, Fixture.dropout(), "TY-D2-VISIT");
        assertEquals(1, visits.size());
        Ladder.Duty visit = visits.get(0);
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER, SchoolRole.STUDENT_AFFAIRS), visit.step().responsible());
        assertEquals(LocalDate.of(2026, 9, 29), visit.dueDate());
        assertTrue(visit.step().duty().zhTw().contains("警政、里長"));

        List<Ladder.Duty> indigenous = Fixture.rule(2, THU_SEP_24, Fixture.dropout().withIndigenous(), "TY-D2-VISIT");
        assertEquals(2, indigenous.size());
        assertTrue(indigenous.stream().anyMatch(d -> d.step().duty().zhTw().contains("原服員")));
        indigenous.forEach(d -> assertEquals(LocalDate.of(2026, 9, 29), d.dueDate()));
    }

    @Test
    @CitesRule("TY-D2-STAFFING")
    void secondDay_manyCasesAtOnce_principalHoldsAStaffingMeeting_otherwiseNot() {
        List<Ladder.Duty> staffing = Fixture.rule(2, THU_OCT_8, Fixture.dropout().withManyCasesAtOnce(), "TY-D2-STAFFING");
        assertEquals(1, staffing.size());
        assertEquals(List.of(SchoolRole.PRINCIPAL), staffing.get(0).step().responsible());
        assertEquals(LocalDate.of(2026, 10, 12), staffing.get(0).dueDate());

        assertEquals(List.of(), Fixture.rule(2, THU_OCT_8, Fixture.dropout(), "TY-D2-STAFFING"));
    }

    @Test
    @CitesRule("TY-D2-RECORD")
    void secondDay_studentAffairsRecordsAndSendsTheListToCounselling_thatDay() {
        Ladder.Duty record = Fixture.rule(2, THU_OCT_8, Fixture.dropout(), "TY-D2-RECORD").get(0);
        assertEquals(List.of(SchoolRole.STUDENT_AFFAIRS), record.step().responsible());
        assertEquals(TaoyuanLadder.STUDENT_LIST_TO_COUNSELING, record.step().producesIfAny().orElseThrow());
        assertEquals(LocalDate.of(2026, 10, 12), record.dueDate());
    }

    @Test
    @CitesRule("TY-D2-COUNSEL")
    void secondDay_counsellingDiscussesLikelyCausesWithTheHomeroomTeacher() {
        Ladder.Duty counsel = Fixture.rule(2, THU_OCT_8, Fixture.dropout(), "TY-D2-COUNSEL").get(0);
        assertEquals(List.of(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER), counsel.step().responsible());
        assertTrue(counsel.step().duty().zhTw().contains("可能原因"));
        assertEquals(LocalDate.of(2026, 10, 12), counsel.dueDate());
    }
}
