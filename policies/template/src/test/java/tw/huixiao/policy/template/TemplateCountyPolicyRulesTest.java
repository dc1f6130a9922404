package tw.huixiao.policy.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.Due;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.Ladder.Duty;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * One test per rule id ({@link CitesRule}; {@link TemplateCountyPolicyRuleCoverageTest} fails when an
 * encoded rule has none), stating the rule's behaviour as the document does, with concrete dates
 * computed by the platform's own schedule ({@code huixiao-schedule}) on the official calendar.
 */
class TemplateCountyPolicyRulesTest {

    private final TemplateCountyPolicy policy = new TemplateCountyPolicy();
    private final Ladder ladder = new Ladder(policy, SchoolCalendar.taiwanOfficeDays());

    /** First day absent: Mon 2 March 2026 (no holiday that week). */
    private static final LocalDate MON_2_MAR_2026 = LocalDate.of(2026, 3, 2);
    private static final CaseSituation DROPOUT = CaseSituation.of("TW-DROPOUT");

    private static Duty only(List<Duty> duties, String ruleId) {
        List<Duty> all = Ladder.all(duties, ruleId);
        assertEquals(1, all.size(), ruleId + " duties: " + all);
        return all.get(0);
    }

    @Test
    @CitesRule("TW-DROPOUT")
    void twDropout_thirdDayMeansARegisteredLetterFromTheRegistrarTheSameDay() {
        Duty contact = only(ladder.onStreakDay(1, MON_2_MAR_2026, DROPOUT), "TW-DROPOUT");
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER), contact.step().responsible());
        assertEquals(MON_2_MAR_2026, contact.dueDate());
        // day 3 is Wed 4 March: the letter is due that day
        Duty letter = only(ladder.onStreakDay(3, MON_2_MAR_2026, DROPOUT), "TW-DROPOUT");
        assertEquals(List.of(SchoolRole.REGISTRAR), letter.step().responsible());
        assertEquals(LocalDate.of(2026, 3, 4), letter.dueDate());
        assertEquals(TemplateCountyPolicy.REGISTERED_LETTER, letter.step().producesIfAny().orElseThrow());
    }

    @Test
    @CitesRule("TW-LONG-ABSENCE")
    void twLongAbsence_isDetectedAtSevenUnexcusedDaysAndReportedWithinThreeWorkingDays() {
        assertEquals(List.of(new DetectionRule.CumulativeUnexcusedDaysInSemester(7)),
                NationalRules.LONG_ABSENCE.detection());
        // day 4 is Thu 5 March: 3 working days → Fri 6, Mon 9, Tue 10 March
        Duty report = only(ladder.onStreakDay(4, MON_2_MAR_2026, DROPOUT), "TW-LONG-ABSENCE");
        assertEquals(LocalDate.of(2026, 3, 10), report.dueDate());
    }

    @Test
    @CitesRule("TW-PENALTY")
    void twPenalty_whileTheReportedStudentStaysAwayTheCommitteeIsAskedByLetter() {
        Duty request = only(ladder.on(CaseEvent.REPORTED, at(2026, 3, 10), DROPOUT), "TW-PENALTY");
        assertEquals(new Due.Ongoing(), request.due());
        assertEquals(NationalRules.COMMITTEE_PENALTY_REQUEST, request.step().producesIfAny().orElseThrow());
    }

    @Test
    @CitesRule("TW-ZERO-REJECT")
    void twZeroReject_theRegistrarAcceptsReEnrolmentTheSameDay() {
        Duty accept = only(ladder.on(CaseEvent.RETURNED, at(2026, 3, 16), DROPOUT.withReturned()), "TW-ZERO-REJECT");
        assertEquals(List.of(SchoolRole.REGISTRAR), accept.step().responsible());
        assertEquals(LocalDate.of(2026, 3, 16), accept.dueDate());
    }

    @Test
    @CitesRule("TW-TIERS")
    void twTiers_everyCaseGetsThreeTierCounsellingFromTheStart() {
        Duty tiers = only(ladder.on(CaseEvent.OPENED, at(2026, 3, 4), DROPOUT), "TW-TIERS");
        assertEquals(new Due.Ongoing(), tiers.due());
        assertEquals(List.of(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER, SchoolRole.MENTOR_TEACHER),
                tiers.step().responsible());
    }

    private static ZonedDateTime at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 10, 0, 0, 0, Ladder.TAIPEI);
    }
}
