package tw.huixiao.platform.application.escalation.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.clockOn;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.d;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.dayOn;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.newtaipei.NewTaipeiPolicy;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;

/** TY-LONG-LEAVE (長期請假): 6 or more leave requests, or 7 or more days of personal and sick leave, in a month. */
class LeaveDetectorTest {

    private static final CountyPolicy TAOYUAN = new TaoyuanPolicy();

    private static String hit(CountMet m) {
        return m.category().id() + " " + m.studentId() + " " + m.count();
    }

    @Test
    void tyLongLeaveSixRequestsOrSevenDaysOfPersonalAndSickLeaveInTheMonth() {
        SchoolDay day = dayOn(clockOn(d(4, 20))).leave(1, new SchoolDay.Leave(6, 2))
                .leave(2, new SchoolDay.Leave(2, 7)).leave(3, new SchoolDay.Leave(5, 6)).build();
        List<CountMet> met = LeaveDetector.detect(day, TAOYUAN);
        // TY-AT-RISK (中輟之虞 includes long-term leave) and TY-LONG-LEAVE, each by requests then by days.
        assertEquals(List.of("TY-AT-RISK 1 6", "TY-AT-RISK 2 7", "TY-LONG-LEAVE 1 6", "TY-LONG-LEAVE 2 7"),
                met.stream().map(LeaveDetectorTest::hit).toList());
        for (CountMet m : met) {
            assertEquals(d(4, 20), m.metOn(), "met on the business date");
            assertEquals(d(4, 1), m.periodStart(), "counted over the calendar month");
        }
        assertEquals("本月請假達 6 次 (leave requests this month)：6", met.get(0).note());
    }

    @Test
    void aModuleWithoutLeaveRulesCountsNone() {
        SchoolDay day = dayOn(clockOn(d(4, 20))).leave(1, new SchoolDay.Leave(9, 9)).build();
        assertEquals(List.of(), LeaveDetector.detect(day, new NewTaipeiPolicy()));
    }
}
