package tw.huixiao.policy.newtaipei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.casework.PlacementRule;
import tw.huixiao.policy.spi.casework.PlacementRule.Recommendation;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.Due;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.Occurrences;
import tw.huixiao.schedule.SchoolCalendar;

/** 辦理方式 六–九 and the 實施要點: re-enrolment, placement, 補校, adaptation, grades. */
class NewTaipeiReEnrolmentTest {

    private final NewTaipeiPolicy policy = new NewTaipeiPolicy();
    private final Ladder ladder = new Ladder(policy, SchoolCalendar.taiwanOfficeDays());
    private final CaseSituation back = CaseSituation.of("NT-CAT1").withReturned();

    /** Re-enrolled Mon 2026-10-19, 09:00. */
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 10, 19, 9, 0, 0, 0, Ladder.TAIPEI);

    private List<Ladder.Duty> reEnrolled() {
        return ladder.on(CaseEvent.RE_ENROLLED, MONDAY, back);
    }

    private PlacementRule placement() {
        return policy.placement().orElseThrow();
    }

    @Test
    @CitesRule("TW-ZERO-REJECT")
    void returned_applicationAcceptedTheSameDayAndTheApplicationFormCannotRefuse() {
        List<Ladder.Duty> returned = ladder.on(CaseEvent.RETURNED, MONDAY, back);
        assertEquals(LocalDate.of(2026, 10, 19), Ladder.find(returned, "TW-ZERO-REJECT").orElseThrow().dueDate());
        Ladder.Duty application = Ladder.find(returned, "NT-REENROL").orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 19), application.dueDate());
        // the registrar's part of 復學申請書 only records when the application was accepted: no refusal field
        assertTrue(NewTaipeiForms.APPLICATION.fields().noneMatch(f -> f.label().zhTw().contains("拒")
                || f.options().stream().anyMatch(o -> o.label().zhTw().contains("拒"))));
        assertTrue(NewTaipeiForms.APPLICATION.sections().stream()
                .anyMatch(s -> s.title().zhTw().contains("零拒絕、隨時接受申請")));
    }

    @Test
    @CitesRule("NT-REENROL")
    void reEnrolment_registrarTakesTheApplicationAndEachOfficeDoesItsPart() {
        Ladder.Duty application = Ladder.find(ladder.on(CaseEvent.RETURNED, MONDAY, back), "NT-REENROL").orElseThrow();
        assertEquals(List.of(SchoolRole.REGISTRAR), application.step().responsible());
        assertEquals(Optional.of(NewTaipeiForms.RE_ENROLMENT_APPLICATION), application.step().producesIfAny());

        List<Ladder.Duty> offices = Ladder.all(reEnrolled(), "NT-REENROL");
        assertEquals(Set.of(SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.STUDENT_AFFAIRS, SchoolRole.COUNSELING,
                SchoolRole.GENERAL_AFFAIRS), offices.stream().map(d -> d.step().responsible().get(0))
                .collect(Collectors.toSet()));
        Ladder.Duty report = offices.stream()
                .filter(d -> d.step().producesIfAny().equals(Optional.of("RE_ENROLMENT_REPORT"))).findFirst()
                .orElseThrow();
        assertEquals(SchoolRole.ACADEMIC_AFFAIRS, report.step().responsible().get(0));
        assertEquals(LocalDate.of(2026, 10, 19), report.dueDate());
        Ladder.Duty counselling = offices.stream()
                .filter(d -> d.step().responsible().get(0) == SchoolRole.COUNSELING).findFirst().orElseThrow();
        assertEquals(Optional.of(NewTaipeiForms.CASE_CARE_CARD), counselling.step().producesIfAny());
        assertTrue(counselling.step().duty().zhTw().contains("安排認輔老師"));
        assertTrue(policy.documentKinds().contains("RE_ENROLMENT_REPORT"));
    }

    @Test
    @CitesRule("NT-PLACEMENT")
    void placementMeeting_chairedByThePrincipalWithinTheAdaptationWeek() {
        Ladder.Duty meeting = Ladder.find(reEnrolled(), "NT-PLACEMENT").orElseThrow();
        assertEquals(SchoolRole.PRINCIPAL, meeting.step().responsible().get(0));
        assertEquals(Optional.of(NewTaipeiForms.PLACEMENT_MEETING_RECORD), meeting.step().producesIfAny());
        assertEquals(LocalDate.of(2026, 10, 26), meeting.dueDate());
        assertEquals("NT-PLACEMENT", placement().ruleId().toString());
    }

    @Test
    @CitesRule("NT-PLACEMENT")
    void placementFollowsReEnrolment_aCaseNotYetReEnrolledCannotBePlaced() {
        for (CaseState notReEnrolled : new CaseState[] {CaseState.OPEN, CaseState.REPORTED, CaseState.RETURNED}) {
            assertEquals("NT-PLACEMENT", policy.transitionRule(NewTaipeiCategories.CAT1, notReEnrolled,
                    CaseState.PLACEMENT).orElseThrow().ruleId().toString(), notReEnrolled + " → placement");
        }
        assertTrue(policy.transitionRule(NewTaipeiCategories.CAT1, CaseState.RE_ENROLLED, CaseState.PLACEMENT).isEmpty());
        // TW-ZERO-REJECT: re-enrolment itself is never forbidden.
        for (CaseState from : CaseState.values()) {
            assertTrue(policy.transitionRule(NewTaipeiCategories.CAT1, from, CaseState.RE_ENROLLED).isEmpty());
        }
    }

    @Test
    @CitesRule("NT-PLACEMENT")
    void placement_elevenMonthsAwayGoesBackToTheOriginalClass_twelveMonthsContinuesTheFormerGrade() {
        // left 2025-10-20; back 2026-10-19 is 11 months 29 days, back 2026-10-20 is exactly a year
        Period almostAYear = Period.between(LocalDate.of(2025, 10, 20), LocalDate.of(2026, 10, 19));
        Period aYear = Period.between(LocalDate.of(2025, 10, 20), LocalDate.of(2026, 10, 20));
        assertEquals(NewTaipeiPlacement.ORIGINAL_CLASS, placement().recommend(Period.ofMonths(11), 13).code());
        assertEquals(NewTaipeiPlacement.ORIGINAL_CLASS, placement().recommend(almostAYear, 13).code());
        assertEquals(NewTaipeiPlacement.FORMER_GRADE, placement().recommend(Period.ofMonths(12), 13).code());
        assertEquals(NewTaipeiPlacement.FORMER_GRADE, placement().recommend(aYear, 13).code());
        assertEquals(NewTaipeiPlacement.FORMER_GRADE, placement().recommend(Period.ofDays(400), 13).code());
        assertTrue(placement().recommend(Period.ofMonths(3), 13).text().zhTw().contains("返回原班"));
    }

    @Test
    @CitesRule("NT-PLACEMENT")
    void placement_fifteenYearOldsMayGoToTheSupplementarySchool_fourteenYearOldsMayNot() {
        Recommendation fourteen = placement().recommend(Period.ofMonths(5), 14);
        Recommendation fifteen = placement().recommend(Period.ofMonths(5), 15);
        assertEquals(List.of(NewTaipeiPlacement.SPECIAL_CASE), fourteen.alternatives());
        assertEquals(List.of(NewTaipeiPlacement.SUPPLEMENTARY_SCHOOL, NewTaipeiPlacement.SPECIAL_CASE),
                fifteen.alternatives());
        assertEquals(NewTaipeiPlacement.ORIGINAL_CLASS, fifteen.code(), "補校 is an option, not the default");
        assertThrows(IllegalArgumentException.class, () -> placement().recommend(Period.ofMonths(-1), 15));
    }

    @Test
    @CitesRule("NT-BUXIAO")
    void supplementarySchool_referralFiledAndReviewMeetingTwoMonthsLater() {
        // placed Thu 2026-10-08: the review meeting is due two months later, Tue 12-08
        List<Ladder.Duty> placed = ladder.on(CaseEvent.PLACED_SUPPLEMENTARY_SCHOOL,
                ZonedDateTime.of(2026, 10, 8, 10, 0, 0, 0, Ladder.TAIPEI), back);
        List<Ladder.Duty> buxiao = Ladder.all(placed, "NT-BUXIAO");
        assertEquals(3, buxiao.size());
        Ladder.Duty review = buxiao.stream().filter(d -> d.step().duty().zhTw().contains("就讀滿兩個月")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 8), review.dueDate());
        Ladder.Duty referral = buxiao.stream()
                .filter(d -> d.step().producesIfAny().equals(Optional.of(NewTaipeiForms.SUPPLEMENTARY_SCHOOL_REFERRAL)))
                .findFirst().orElseThrow();
        assertTrue(referral.step().duty().zhTw().contains("學籍仍設原校日間部原班"));
        assertTrue(buxiao.stream().anyMatch(d -> d.due() instanceof Due.Ongoing
                && d.step().duty().zhTw().contains("補校主任")));
    }

    @Test
    @CitesRule("NT-BUXIAO")
    void supplementarySchool_isThePlacementCodeThatNeedsTheApplicationAndItsOwnDuties() {
        assertTrue(placement().isSupplementarySchool(NewTaipeiPlacement.SUPPLEMENTARY_SCHOOL));
        assertFalse(placement().isSupplementarySchool(NewTaipeiPlacement.ORIGINAL_CLASS));
        assertFalse(placement().isSupplementarySchool(NewTaipeiPlacement.FORMER_GRADE));
        assertFalse(placement().isSupplementarySchool(NewTaipeiPlacement.SPECIAL_CASE));
    }

    @Test
    @CitesRule("NT-ADAPT")
    void adaptation_oneDayToOneWeekInTheCounsellingOffice_homeroomDaily_mentorThreeTimesAWeekForTwoWeeks() {
        List<Ladder.Duty> adapt = Ladder.all(reEnrolled(), "NT-ADAPT");
        assertEquals(3, adapt.size());
        Ladder.Duty courses = adapt.stream().filter(d -> d.step().responsible().get(0) == SchoolRole.COUNSELING)
                .findFirst().orElseThrow();
        assertEquals(new Due.Between(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 26)), courses.due());

        Ladder.Duty homeroom = adapt.stream().filter(d -> d.step().responsible().get(0) == SchoolRole.HOMEROOM_TEACHER)
                .findFirst().orElseThrow();
        List<Occurrences.Period> daily = Occurrences.of(homeroom.step().recurrenceIfAny().orElseThrow(),
                LocalDate.of(2026, 10, 19), LocalDate.of(2026, 12, 31));
        assertEquals(7, daily.size(), "a talk every day of the (at most) one-week period");
        assertEquals(LocalDate.of(2026, 10, 25), daily.get(6).start());

        Ladder.Duty mentor = adapt.stream().filter(d -> d.step().responsible().get(0) == SchoolRole.MENTOR_TEACHER)
                .findFirst().orElseThrow();
        List<Occurrences.Period> weekly = Occurrences.of(mentor.step().recurrenceIfAny().orElseThrow(),
                LocalDate.of(2026, 10, 19), LocalDate.of(2026, 12, 31));
        assertEquals(List.of(new Occurrences.Period(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 26), 3),
                new Occurrences.Period(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2), 3)), weekly);
        assertEquals(LocalDate.of(2026, 11, 2), mentor.dueDate());
    }

    @Test
    @CitesRule("NT-GRADES")
    void grades_missedByMakeUpOrAlternativeAssessment_supplementarySchoolStudentsSitExamsInTheOriginalClass() {
        Ladder.Duty grades = Ladder.find(reEnrolled(), "NT-GRADES").orElseThrow();
        assertEquals(List.of(SchoolRole.ACADEMIC_AFFAIRS), grades.step().responsible());
        assertTrue(grades.step().duty().zhTw().contains("補考或甄試等多元評量方式"));
        assertInstanceOf(Due.Ongoing.class, grades.due());
        Ladder.Duty buxiao = Ladder.find(ladder.on(CaseEvent.PLACED_SUPPLEMENTARY_SCHOOL, MONDAY, back), "NT-GRADES")
                .orElseThrow();
        assertTrue(buxiao.step().duty().zhTw().contains("回原班參加定期考試"));
        // the placement meeting record has the four 入班原則 verbatim
        assertEquals(FieldType.SINGLE_CHOICE, NewTaipeiForms.PLACEMENT_RECORD.fields()
                .filter(f -> f.key().equals("placement")).findFirst().orElseThrow().type());
    }
}
