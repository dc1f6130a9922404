package tw.huixiao.policy.tainan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.casework.ClosureRule;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.Recurrence;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.Due;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.Ladder.Duty;
import tw.huixiao.schedule.Occurrences;
import tw.huixiao.schedule.SchoolCalendar;

/** The ISP ladder on the official calendar, with concrete dates. */
class TainanTimelineTest {

    private final TainanPolicy policy = new TainanPolicy();
    private final Ladder ladder = new Ladder(policy, SchoolCalendar.taiwanOfficeDays());

    private static final ZonedDateTime TUE_15_SEP_2026 = at(2026, 9, 15);
    private static final CaseSituation DROPOUT = CaseSituation.of("TW-DROPOUT");
    private static final CaseSituation DEVIANT = CaseSituation.of("TN-WHO-DEVIANT");

    private static ZonedDateTime at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 10, 0, 0, 0, Ladder.TAIPEI);
    }

    private static Duty only(List<Duty> duties, String ruleId) {
        List<Duty> all = Ladder.all(duties, ruleId);
        assertEquals(1, all.size(), ruleId + " duties: " + all);
        return all.get(0);
    }

    @Test
    @CitesRule("TN-WHO")
    void everyTargetGroupGetsAnIspWithinAMonthOfOpeningAndTheApprovedPlanIsFiled() {
        for (String category : List.of("TW-DROPOUT", "TW-LONG-ABSENCE", "TN-WHO-DEVIANT", "TN-WHO-JUDICIAL",
                "TN-WHO-ADJUSTMENT", "TN-WHO-SPECIAL-EDUCATION")) {
            Duty isp = only(ladder.on(CaseEvent.OPENED, TUE_15_SEP_2026, CaseSituation.of(category)), "TN-WHO");
            assertEquals(SchoolRole.COUNSELING, isp.step().responsible().get(0));
            assertEquals(LocalDate.of(2026, 10, 15), isp.dueDate(), category);
            assertEquals(TainanForms.PLAN, isp.step().producesIfAny().orElseThrow());
        }
        Set<String> groups = policy.categories().stream().filter(c -> c.ruleId().toString().equals("TN-WHO"))
                .map(CaseCategory::id).collect(Collectors.toSet());
        assertEquals(Set.of("TN-WHO-DEVIANT", "TN-WHO-JUDICIAL", "TN-WHO-ADJUSTMENT", "TN-WHO-SPECIAL-EDUCATION"),
                groups);
        // approved Mon 5 Oct 2026: 5 working days skip the 國慶日補假 of Fri 9 Oct → Tue 13 Oct
        Duty filing = only(ladder.on(CaseEvent.PLAN_APPROVED, at(2026, 10, 5), DROPOUT), "TN-WHO");
        assertEquals(LocalDate.of(2026, 10, 13), filing.dueDate());
        assertEquals(TainanLadder.PLAN_FILING_LETTER, filing.step().producesIfAny().orElseThrow());
    }

    @Test
    @CitesRule("TN-WHEN")
    void highCareListAtSemesterStartAndTeachersMayOpenAnIspAnyTime() {
        // semester starts Mon 31 Aug 2026: 學期初 = 10 school days → Mon 14 Sep 2026
        Duty list = only(ladder.on(CaseEvent.SEMESTER_STARTED, at(2026, 8, 31), DROPOUT), "TN-WHEN");
        assertEquals(List.of(SchoolRole.COUNSELING), list.step().responsible());
        assertEquals(LocalDate.of(2026, 9, 14), list.dueDate());
        assertEquals(TainanLadder.HIGH_CARE_LIST, list.step().producesIfAny().orElseThrow());

        Duty teacher = only(ladder.on(CaseEvent.OPENED, TUE_15_SEP_2026, CaseSituation.of("TN-WHO-ADJUSTMENT")),
                "TN-WHEN");
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER), teacher.step().responsible());
        assertEquals(new Due.Ongoing(), teacher.due(), "得隨時撰寫 ISP 計畫");
    }

    @Test
    @CitesRule("TN-TEAM")
    void theExecutionTeamIsFormedWithThePlanUnderThePrincipal() {
        Duty team = only(ladder.on(CaseEvent.OPENED, TUE_15_SEP_2026, DEVIANT), "TN-TEAM");
        assertEquals(SchoolRole.PRINCIPAL, team.step().responsible().get(0));
        assertEquals(LocalDate.of(2026, 10, 15), team.dueDate());
    }

    @Test
    @CitesRule("TN-ASSESS")
    void theChecklistIsFilledByTheHomeroomTeacherAndCounsellingWithinAMonth() {
        Duty assess = only(ladder.on(CaseEvent.OPENED, TUE_15_SEP_2026, DROPOUT), "TN-ASSESS");
        assertEquals(List.of(SchoolRole.HOMEROOM_TEACHER, SchoolRole.COUNSELING), assess.step().responsible());
        assertEquals(LocalDate.of(2026, 10, 15), assess.dueDate());
    }

    @Test
    @CitesRule("TN-NEEDS")
    void afterTheNeedsMeetingTheSchoolActsAndWritesToTheCommitteeWhileADropoutStaysAway() {
        List<Duty> dropout = Ladder.all(ladder.on(CaseEvent.NEEDS_ASSESSED, TUE_15_SEP_2026, DROPOUT), "TN-NEEDS");
        assertEquals(2, dropout.size());
        assertTrue(dropout.stream().anyMatch(d -> d.step().producesIfAny()
                .equals(java.util.Optional.of(TainanLadder.COMMITTEE_REPORT_LETTER))));
        assertTrue(dropout.stream().allMatch(d -> d.due().equals(new Due.Ongoing())));
        // returned, or a deviant-behaviour case: no 強迫入學 letter
        assertEquals(1, Ladder.all(ladder.on(CaseEvent.NEEDS_ASSESSED, TUE_15_SEP_2026, DROPOUT.withReturned()),
                "TN-NEEDS").size());
        assertEquals(1, Ladder.all(ladder.on(CaseEvent.NEEDS_ASSESSED, TUE_15_SEP_2026, DEVIANT), "TN-NEEDS").size());
    }

    @Test
    @CitesRule("TN-MEETINGS")
    void theFirstNeedsMeetingWithinAMonthThenAtLeastOneEachSemester() {
        Duty meetings = only(ladder.on(CaseEvent.OPENED, TUE_15_SEP_2026, DROPOUT), "TN-MEETINGS");
        assertEquals(LocalDate.of(2026, 10, 15), meetings.dueDate());
        assertEquals(TainanForms.NEEDS_MEETING, meetings.step().producesIfAny().orElseThrow());
        Recurrence semesterly = meetings.step().recurrenceIfAny().orElseThrow();
        List<Occurrences.Period> periods = Occurrences.of(semesterly, LocalDate.of(2026, 9, 15),
                LocalDate.of(2027, 7, 31));
        assertEquals(List.of(new Occurrences.Period(LocalDate.of(2026, 9, 15), LocalDate.of(2027, 3, 15), 1),
                new Occurrences.Period(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 7, 31), 1)), periods);
    }

    @Test
    @CitesRule("TN-SERVICES")
    void supportServicesAreFilledInTheAssessmentMeetingAndCounsellingContinuesAfterReturn() {
        Duty services = only(ladder.on(CaseEvent.NEEDS_ASSESSED, TUE_15_SEP_2026, DEVIANT), "TN-SERVICES");
        assertEquals(LocalDate.of(2026, 9, 15), services.dueDate(), "於評估會議中填寫: the same day");
        Duty afterReturn = only(ladder.on(CaseEvent.RETURNED, TUE_15_SEP_2026, DROPOUT.withReturned()),
                "TN-SERVICES");
        assertEquals(new Due.Ongoing(), afterReturn.due());
        assertTrue(afterReturn.step().responsible().contains(SchoolRole.HOMEROOM_TEACHER));
    }

    @Test
    @CitesRule("TN-EVAL")
    void deviantBehaviourIsEvaluatedThreeToSixMonthsAfterTheNeedsMeeting() {
        Duty eval = only(ladder.on(CaseEvent.NEEDS_ASSESSED, TUE_15_SEP_2026, DEVIANT), "TN-EVAL");
        assertEquals(new Due.Between(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 3, 15)), eval.due());
        assertEquals(TainanForms.EVALUATION, eval.step().producesIfAny().orElseThrow());
        assertEquals(1, Ladder.all(ladder.on(CaseEvent.NEEDS_ASSESSED, TUE_15_SEP_2026,
                CaseSituation.of("TN-WHO-JUDICIAL")), "TN-EVAL").size());
        assertTrue(Ladder.all(ladder.on(CaseEvent.NEEDS_ASSESSED, TUE_15_SEP_2026, DROPOUT), "TN-EVAL").isEmpty(),
                "only deviant-behaviour cases");
        ClosureRule closure = policy.closure().orElseThrow();
        assertEquals(Period.ofMonths(3), closure.evaluateEarliest());
        assertEquals(Period.ofMonths(6), closure.evaluateLatest());
        assertEquals(Period.ofMonths(3), closure.stableForIfAny().orElseThrow(), "未再發生已達 3 個月");
    }

    @Test
    @CitesRule("TN-CLOSE")
    void theClosureMeetingFollowsCompletionAndTheSchoolTracksThreeMonthsAfterClosure() {
        Duty meeting = only(ladder.on(CaseEvent.PLAN_COMPLETED, at(2027, 1, 20), DROPOUT), "TN-CLOSE");
        assertEquals(LocalDate.of(2027, 2, 20), meeting.dueDate());
        assertEquals(TainanForms.CLOSURE, meeting.step().producesIfAny().orElseThrow());
        Duty tracking = only(ladder.on(CaseEvent.CLOSED, at(2027, 1, 20), DROPOUT.withReturned()), "TN-CLOSE");
        assertEquals(LocalDate.of(2027, 4, 20), tracking.dueDate(), "學校持續追蹤3 個月");
        assertEquals(Period.ofMonths(3), policy.closure().orElseThrow().trackAfterClosureIfAny().orElseThrow());
        assertEquals("TN-CLOSE", policy.closure().orElseThrow().ruleId().toString());
    }

    @Test
    @CitesRule("TN-MONTHLY")
    void theTeamMeetsEveryMonthOnceThePlanIsApproved() {
        Duty monthly = only(ladder.on(CaseEvent.PLAN_APPROVED, at(2026, 10, 1), DROPOUT), "TN-MONTHLY");
        assertEquals(LocalDate.of(2026, 11, 1), monthly.dueDate());
        List<Occurrences.Period> months = Occurrences.of(monthly.step().recurrenceIfAny().orElseThrow(),
                LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 20));
        assertEquals(4, months.size());
        assertEquals(new Occurrences.Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), 1), months.get(1));
        assertEquals(new Occurrences.Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 20), 1), months.get(3));
    }

    @Test
    @CitesRule("TN-TIMETABLE")
    void theTimetableComesWithThePlanAndAgainEachSemester() {
        Duty withPlan = only(ladder.on(CaseEvent.OPENED, TUE_15_SEP_2026, DROPOUT), "TN-TIMETABLE");
        assertEquals(LocalDate.of(2026, 10, 15), withPlan.dueDate());
        assertEquals(SchoolRole.ACADEMIC_AFFAIRS, withPlan.step().responsible().get(0));
        Duty semester = only(ladder.on(CaseEvent.SEMESTER_STARTED, at(2026, 8, 31), DROPOUT), "TN-TIMETABLE");
        assertEquals(LocalDate.of(2026, 9, 14), semester.dueDate());
        assertEquals(TainanForms.TIMETABLE, semester.step().producesIfAny().orElseThrow());
    }

    @Test
    @CitesRule("TN-TEACHERS")
    void teacherSourcesAndTheUnfitRegistryCheckComeWithThePlan() {
        Duty teachers = only(ladder.on(CaseEvent.OPENED, TUE_15_SEP_2026, DEVIANT), "TN-TEACHERS");
        assertEquals(LocalDate.of(2026, 10, 15), teachers.dueDate());
        assertEquals(TainanForms.TEACHERS, teachers.step().producesIfAny().orElseThrow());
        assertTrue(teachers.step().sourceIfAny().orElseThrow().contains("不適任教育人員系統"));
    }

    @Test
    @CitesRule("TN-REPORT")
    void theExpenseStatementAndResultsReachTheBureauWithinOneMonth() {
        Duty report = only(ladder.on(CaseEvent.PLAN_COMPLETED, at(2027, 1, 20), DROPOUT), "TN-REPORT");
        assertEquals(LocalDate.of(2027, 2, 20), report.dueDate());
        assertEquals(TainanLadder.EXPENSE_STATEMENT, report.step().producesIfAny().orElseThrow());
        assertTrue(policy.documentKinds().containsAll(Set.of("EXPENSE_STATEMENT", "COMMITTEE_REPORT_LETTER")));
        assertTrue(policy.documentKinds().containsAll(NationalRules.DOCUMENT_KINDS));
    }

    @Test
    @CitesRule("TN-KPI")
    void thePrincipalIsToldTheDropoutRateCountsInTheAnnualReview() {
        Duty kpi = only(ladder.on(CaseEvent.OPENED, TUE_15_SEP_2026, DROPOUT), "TN-KPI");
        assertEquals(List.of(SchoolRole.PRINCIPAL), kpi.step().responsible());
        assertEquals(new Due.Ongoing(), kpi.due());
        assertTrue(Ladder.all(ladder.on(CaseEvent.OPENED, TUE_15_SEP_2026, DEVIANT), "TN-KPI").isEmpty());
    }

    @Test
    @CitesRule("TW-DROPOUT")
    @CitesRule("TW-LONG-ABSENCE")
    void theNationalDefinitionsAreReused() {
        assertTrue(policy.categories().contains(NationalRules.DROPOUT));
        assertTrue(policy.categories().contains(NationalRules.LONG_ABSENCE));
        assertEquals(new DetectionRule.ConsecutiveUnexcusedDays(3), NationalRules.DROPOUT.detection().get(0));
        assertTrue(policy.encodedRules().containsAll(NationalRules.ENCODED));
    }

    @Test
    @CitesRule("TW-PENALTY")
    @CitesRule("TW-ZERO-REJECT")
    @CitesRule("TW-TIERS")
    void theNationalStepsArise() {
        assertTrue(policy.timeline().steps().containsAll(NationalRules.STEPS));
        assertEquals(new Due.Ongoing(), only(ladder.on(CaseEvent.REPORTED, TUE_15_SEP_2026, DROPOUT), "TW-PENALTY").due());
        assertFalse(ladder.on(CaseEvent.REPORTED, TUE_15_SEP_2026, DROPOUT.withReturned()).stream()
                .anyMatch(d -> d.ruleId().equals("TW-PENALTY")));
        assertEquals(LocalDate.of(2026, 9, 15),
                only(ladder.on(CaseEvent.RETURNED, TUE_15_SEP_2026, DROPOUT.withReturned()), "TW-ZERO-REJECT").dueDate());
        assertEquals(new Due.Ongoing(), only(ladder.on(CaseEvent.OPENED, TUE_15_SEP_2026, DROPOUT), "TW-TIERS").due());
    }
}
