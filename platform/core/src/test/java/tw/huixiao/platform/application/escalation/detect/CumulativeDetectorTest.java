package tw.huixiao.platform.application.escalation.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.clockOn;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.d;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.dayOn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;

/** TW-LONG-ABSENCE (長期缺課): 7 or more cumulative unexcused days in one semester (施行細則 §8). */
class CumulativeDetectorTest {

    private static final CountyPolicy TAOYUAN = new TaoyuanPolicy();

    private static final List<LocalDate> SEVEN_MONDAYS = List.of(d(3, 2), d(3, 9), d(3, 16), d(3, 23), d(3, 30),
            d(4, 7), d(4, 13)); // 04-06 is a holiday: that week's absence is on Tue 04-07

    @Test
    void twLongAbsenceIsMetOnTheSeventhUnexcusedDayOfTheSemesterNotConsecutive() {
        SchoolDay.Builder b = dayOn(clockOn(d(4, 15)));
        SEVEN_MONDAYS.forEach(day -> b.unexcused(1, day));
        List<CountMet> met = CumulativeDetector.detect(b.build(), TAOYUAN);
        // TW-LONG-ABSENCE and TY-AT-RISK (中輟之虞 includes long-term absence) count the same 7 days.
        assertEquals(List.of("TW-LONG-ABSENCE", "TY-AT-RISK"), met.stream().map(m -> m.category().id()).toList());
        for (CountMet m : met) {
            assertEquals(1, m.studentId());
            assertEquals(7, m.count(), "recorded as on the day it was met");
            assertEquals(d(4, 13), m.metOn());
            assertEquals(SpringTerm2026.SPRING.firstDay(), m.periodStart());
        }
        assertEquals("本學期累計曠課達 7 日 (unexcused days this semester)：7", met.get(0).note());
    }

    @Test
    void daysOfTheLastSemesterDoNotCount() {
        // Six days this semester and three in January (the autumn semester of 114 學年度): not 7 this semester.
        SchoolDay.Builder b = dayOn(clockOn(d(4, 15))).unexcused(2, d(1, 5)).unexcused(2, d(1, 6))
                .unexcused(2, d(1, 7));
        SEVEN_MONDAYS.subList(0, 6).forEach(day -> b.unexcused(2, day));
        assertEquals(List.of(), CumulativeDetector.detect(b.build(), TAOYUAN));
    }

    @Test
    void aDayAfterTheBusinessDateDoesNotCount() {
        SchoolDay.Builder b = dayOn(clockOn(d(4, 10)));
        SEVEN_MONDAYS.forEach(day -> b.unexcused(3, day));
        assertEquals(List.of(), CumulativeDetector.detect(b.build(), TAOYUAN), "04-13 is after 04-10");
    }
}
