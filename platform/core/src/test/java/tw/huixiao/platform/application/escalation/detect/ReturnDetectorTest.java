package tw.huixiao.platform.application.escalation.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.clockOn;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.d;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.dayOn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.escalation.detect.ReturnDetector.Return;
import tw.huixiao.platform.domain.escalation.Episode;

/**
 * A TW-DROPOUT episode's student is back on the first school day after the last absence whose
 * roll was taken without an unexcused mark; a roll that never came returns no one.
 */
class ReturnDetectorTest {

    private static final long CLASS_701 = 701L;

    /** A TW-DROPOUT episode of student 1 from Thu 04-02 to Wed 04-08 (3 school days, day 3 reached). */
    private static Episode streak(LocalDate lastAbsentOn) {
        return new Episode(11L, 1, "TW-DROPOUT", "tw.taoyuan", "1.0.0", d(4, 2), lastAbsentOn, null, 3, false, 21L);
    }

    @Test
    void theSchoolFilesRollWithoutAMarkReturnsTheStudentThatDay() {
        SchoolDay day = dayOn(clockOn(d(4, 10))).episode(streak(d(4, 8)))
                .student(new SchoolDay.Student(1, false, CLASS_701))
                .roll(SchoolDay.SCHOOL_FILE, d(4, 9)).roll(SchoolDay.SCHOOL_FILE, d(4, 10)).build();
        assertEquals(List.of(new Return(streak(d(4, 8)), d(4, 9))), ReturnDetector.detect(day, e -> true));
    }

    @Test
    void aClassRollThatNeverCameIsNeitherAbsenceNorPresence() {
        // Class 701 took no roll on Thu 04-09 and took it on Fri 04-10: the student is back on 04-10.
        SchoolDay day = dayOn(clockOn(d(4, 10))).episode(streak(d(4, 8)))
                .student(new SchoolDay.Student(1, false, CLASS_701)).roll(CLASS_701, d(4, 10)).build();
        assertEquals(List.of(new Return(streak(d(4, 8)), d(4, 10))), ReturnDetector.detect(day, e -> true));
    }

    @Test
    void anotherClasssRollOrAnUnexcusedMarkReturnsNoOne() {
        SchoolDay day = dayOn(clockOn(d(4, 10))).episode(streak(d(4, 8)))
                .student(new SchoolDay.Student(1, false, CLASS_701)).roll(702L, d(4, 9))
                .roll(CLASS_701, d(4, 10)).unexcused(1, d(4, 10)).build();
        assertEquals(List.of(), ReturnDetector.detect(day, e -> true));
    }

    @Test
    void episodesAbsentTodayNotOfAStreakCategoryOrAlreadyBackAreNotLookedAt() {
        SchoolDay absentToday = dayOn(clockOn(d(4, 8))).episode(streak(d(4, 8)))
                .roll(SchoolDay.SCHOOL_FILE, d(4, 8)).build();
        assertEquals(List.of(), ReturnDetector.detect(absentToday, e -> true));
        SchoolDay noShow = dayOn(clockOn(d(4, 10))).episode(streak(d(4, 8))).roll(SchoolDay.SCHOOL_FILE, d(4, 9))
                .build();
        assertEquals(List.of(), ReturnDetector.detect(noShow, e -> false), "a no-show returns by enrolment events");
        SchoolDay back = dayOn(clockOn(d(4, 10))).episode(streak(d(4, 8)).withReturnedOn(d(4, 9)))
                .roll(SchoolDay.SCHOOL_FILE, d(4, 10)).build();
        assertEquals(List.of(), ReturnDetector.detect(back, e -> true));
    }
}
