package tw.huixiao.platform.application.escalation.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.clockOn;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.d;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.dayOn;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.domain.escalation.OpenCase;
import tw.huixiao.schedule.OfficeCalendar;
import tw.huixiao.schedule.SchoolCalendar;

/** The read snapshot of a school's day: immutable, filled row by row, and what it answers. */
class SchoolDayTest {

    @Test
    void theSnapshotDoesNotChangeWithTheRowsItWasFilledFromAndCannotBeChanged() {
        Map<Long, TreeSet<LocalDate>> rows = new HashMap<>();
        rows.put(1L, new TreeSet<>(Set.of(d(4, 7))));
        SchoolDay day = dayOn(clockOn(d(4, 8))).unexcused(rows).build();
        rows.get(1L).add(d(4, 8));
        assertEquals(Set.of(d(4, 7)), day.unexcusedOf(1));
        assertThrows(UnsupportedOperationException.class, () -> day.unexcusedOf(1).add(d(4, 8)));
        assertThrows(UnsupportedOperationException.class, () -> day.episodes().add(null));
    }

    @Test
    void withKeepsTheAttendanceReadAndReplacesEpisodesCasesAndStudents() {
        SchoolDay read = dayOn(clockOn(d(4, 8))).unexcused(1, d(4, 7)).roll(SchoolDay.SCHOOL_FILE, d(4, 7)).build();
        OpenCase opened = new OpenCase(21L, 1, "TW-DROPOUT", "m", "1.0.0", d(4, 8), null, false, null);
        SchoolDay now = read.with(List.of(), List.of(opened), Map.of(1L, new SchoolDay.Student(1, true, 701L)));
        assertEquals(read.unexcused(), now.unexcused());
        assertEquals(read.rolls(), now.rolls());
        assertEquals(List.of(opened), now.openCases());
        assertTrue(now.openCase(1, "TW-DROPOUT").isPresent());
        assertTrue(now.caseFacts(opened).indigenous());
        assertTrue(read.openCases().isEmpty(), "the snapshot read is not changed");
    }

    @Test
    void aClassesRollCoversOnlyItsStudentsTheSchoolsFileCoversAll() {
        SchoolDay day = dayOn(clockOn(d(4, 10))).student(new SchoolDay.Student(1, false, 701L))
                .student(new SchoolDay.Student(2, false, 702L)).roll(701, d(4, 9))
                .roll(SchoolDay.SCHOOL_FILE, d(4, 10)).build();
        assertTrue(day.rollTaken(1, d(4, 9)));
        assertFalse(day.rollTaken(2, d(4, 9)));
        assertTrue(day.rollTaken(2, d(4, 10)));
        assertFalse(day.rollTaken(3, d(4, 9)), "a student whose class is not known: only the school's file");
    }

    @Test
    void theSemesterStartsOnItsFirstDayOrOutsideTheSemestersEnteredOnTheUsualDate() {
        assertEquals(d(2, 23), dayOn(clockOn(d(4, 8))).build().termStart());
        SchoolCalendar noTerms = new SchoolCalendar(OfficeCalendar.taiwan(), Set.of());
        assertEquals(d(2, 1), SchoolDay.builder(1, d(7, 15), noTerms).build().termStart());
        assertEquals(d(8, 1), SchoolDay.builder(1, d(10, 5), noTerms).build().termStart());
        assertEquals(LocalDate.of(2025, 8, 1), SchoolDay.builder(1, d(1, 12), noTerms).build().termStart());
    }

    @Test
    void aCaseIsReturnedFromTheReturnDayOn() {
        OpenCase back = new OpenCase(21L, 1, "TW-DROPOUT", "m", "1.0.0", d(4, 8), true, false, d(4, 13));
        assertFalse(SchoolDay.caseFacts(back, false, d(4, 10)).returned());
        assertTrue(SchoolDay.caseFacts(back, false, d(4, 13)).returned());
    }
}
