package tw.huixiao.platform.application.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.newtaipei.NewTaipeiPlacement;

/**
 * NT-PLACEMENT from dates, as the re-enrolment API computes it: exactly one year away is "a year
 * or more" (the grade where the student left), a day less is the original class; the 15th
 * birthday itself makes 補校 possible (已滿十五歲), the day before does not.
 */
class PlacementAdviceTest {

    private static final NewTaipeiPlacement RULE = NewTaipeiPlacement.RULE;
    /** 14 on the re-enrolment days below; 15 on 2026-03-02. */
    private static final LocalDate BORN = LocalDate.of(2011, 3, 2);

    @Test
    void nt_placement_awayOneDayLessThanAYear_goesBackToTheOriginalClass() {
        PlacementAdvice.Advice advice = PlacementAdvice.advise(RULE, LocalDate.of(2025, 3, 3), BORN,
                LocalDate.of(2026, 3, 2));
        assertEquals(Period.of(0, 11, 27), advice.timeAway());
        assertEquals(NewTaipeiPlacement.ORIGINAL_CLASS, advice.code());
        assertEquals("NT-PLACEMENT", advice.ruleId());
    }

    @Test
    void nt_placement_awayExactlyOneYear_continuesAtTheGradeWhereTheStudentLeft() {
        PlacementAdvice.Advice advice = PlacementAdvice.advise(RULE, LocalDate.of(2025, 3, 2), BORN,
                LocalDate.of(2026, 3, 2));
        assertEquals(Period.ofYears(1), advice.timeAway());
        assertEquals(NewTaipeiPlacement.FORMER_GRADE, advice.code());
    }

    @Test
    void nt_placement_onTheFifteenthBirthday_theSupplementarySchoolIsAnAlternative() {
        PlacementAdvice.Advice fifteen = PlacementAdvice.advise(RULE, LocalDate.of(2025, 12, 1), BORN,
                LocalDate.of(2026, 3, 2));
        assertEquals(15, fifteen.ageYears());
        assertEquals(List.of(NewTaipeiPlacement.SUPPLEMENTARY_SCHOOL, NewTaipeiPlacement.SPECIAL_CASE),
                fifteen.alternatives());
        assertEquals(NewTaipeiPlacement.ORIGINAL_CLASS, fifteen.code(), "補校 is possible, not the recommendation");
    }

    @Test
    void nt_placement_theDayBeforeTheFifteenthBirthday_noSupplementarySchool() {
        PlacementAdvice.Advice fourteen = PlacementAdvice.advise(RULE, LocalDate.of(2025, 12, 1), BORN,
                LocalDate.of(2026, 3, 1));
        assertEquals(14, fourteen.ageYears());
        assertEquals(List.of(NewTaipeiPlacement.SPECIAL_CASE), fourteen.alternatives());
    }

    @Test
    void aLeapDayBirthdayIsCompletedOnTheFirstOfMarchInCommonYears() {
        LocalDate leapBorn = LocalDate.of(2012, 2, 29);
        assertEquals(14, PlacementAdvice.age(leapBorn, LocalDate.of(2027, 2, 28)));
        assertEquals(15, PlacementAdvice.age(leapBorn, LocalDate.of(2027, 3, 1)));
    }

    @Test
    void reEnrollingBeforeLeavingIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> PlacementAdvice.timeAway(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
    }
}
