package tw.huixiao.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** School days inside semesters, across holidays, a make-up workday and a typhoon closure. */
class SchoolCalendarTest {

    private static final SchoolCalendar.Term SPRING_2025 = new SchoolCalendar.Term(LocalDate.of(2025, 2, 3),
            LocalDate.of(2025, 6, 30));
    private static final SchoolCalendar.Term AUTUMN_2025 = new SchoolCalendar.Term(LocalDate.of(2025, 8, 30),
            LocalDate.of(2026, 1, 20));

    private final SchoolCalendar school = new SchoolCalendar(OfficeCalendar.taiwan(), List.of(SPRING_2025, AUTUMN_2025),
            Set.of(LocalDate.of(2025, 10, 3)));

    @Test
    void summerVacationIsNotSchoolDaysAndAStreakDayCountsAcrossIt() {
        assertFalse(school.isSchoolDay(LocalDate.of(2025, 7, 15)), "summer vacation");
        // Day 2 of a streak from the last day of term is the first school day of the next term (Sat 08-30 is
        // not a working day; Mon 09-01 is).
        assertEquals(LocalDate.of(2025, 9, 1), school.streakDay(LocalDate.of(2025, 6, 30), 2));
    }

    @Test
    void aMakeUpWorkdayIsASchoolDayAndATyphoonClosureIsNot() {
        assertTrue(school.isSchoolDay(LocalDate.of(2025, 2, 8)), "補行上班 Saturday");
        assertFalse(school.isSchoolDay(LocalDate.of(2025, 10, 3)), "颱風停課");
        // Thu 10-02 + 2 school days: Fri 10-03 closed, Mon 10-06 中秋節, so Tue 10-07 and Wed 10-08.
        assertEquals(LocalDate.of(2025, 10, 8), school.plusSchoolDays(LocalDate.of(2025, 10, 2), 2));
        assertEquals(3, school.schoolDaysBetween(LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 8)));
    }

    @Test
    void daysAfterTheLastSemesterEnteredAreEstimatedAsWorkingDays() {
        assertTrue(school.isBeyondKnownTerms(LocalDate.of(2026, 3, 2)));
        assertTrue(school.isSchoolDay(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void overlappingSemestersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SchoolCalendar(OfficeCalendar.taiwan(),
                List.of(SPRING_2025, new SchoolCalendar.Term(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 1))), Set.of()));
    }
}
