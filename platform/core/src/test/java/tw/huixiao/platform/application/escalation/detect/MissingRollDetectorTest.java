package tw.huixiao.platform.application.escalation.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.clockOn;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.d;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.dayOn;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.escalation.detect.MissingRollDetector.MissingRolls;
import tw.huixiao.schedule.OfficeCalendar;
import tw.huixiao.schedule.SchoolCalendar;

/** The last school day before the run whose roll never came, for the classes that take rolls. */
class MissingRollDetectorTest {

    @Test
    void aClassThatTookRollsRecentlyButNotOnTheLastSchoolDayIsFlagged() {
        // Run Wed 04-08: the last school day before it is Tue 04-07. Class 701 took rolls until 04-02;
        // class 702 took 04-07; class 703 last took a roll on 03-20, more than two weeks before.
        SchoolDay day = dayOn(clockOn(d(4, 8))).roll(701, d(4, 1)).roll(701, d(4, 2)).roll(702, d(4, 7))
                .roll(703, d(3, 20)).roll(SchoolDay.SCHOOL_FILE, d(4, 1)).build();
        assertEquals(new MissingRolls(d(4, 7), Set.of(701L)), MissingRollDetector.detect(day).orElseThrow(),
                "the school's file is not missing when classes took their rolls");
    }

    @Test
    void aMondayRunAfterTheSpringHolidaysLooksBackToThursday() {
        // Run Tue 04-07: Mon 04-06 and Fri 04-03 are holidays, so the day looked at is Thu 04-02.
        SchoolDay day = dayOn(clockOn(d(4, 7))).roll(SchoolDay.SCHOOL_FILE, d(4, 1)).build();
        assertEquals(new MissingRolls(d(4, 2), Set.of(SchoolDay.SCHOOL_FILE)), MissingRollDetector.detect(day)
                .orElseThrow());
    }

    @Test
    void theSchoolsFileTakenOrADayOutsideTheSemesterFlagsNothing() {
        SchoolDay taken = dayOn(clockOn(d(4, 8))).roll(SchoolDay.SCHOOL_FILE, d(4, 7)).roll(701, d(4, 2)).build();
        assertTrue(MissingRollDetector.detect(taken).isEmpty());
        // A school that entered no semester: no day is in a semester, no roll is missing.
        SchoolDay noTerms = SchoolDay.builder(SpringTerm2026.SCHOOL, d(4, 8),
                new SchoolCalendar(OfficeCalendar.taiwan(), Set.of())).roll(701, d(4, 2)).build();
        assertTrue(MissingRollDetector.detect(noTerms).isEmpty());
    }
}
