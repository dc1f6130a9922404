package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.policy.taoyuan.Fixture.POLICY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.Ladder;

/** The definitions: 中輟, 長期缺課, 長期請假 and 中輟之虞 (補充說明 一、二), with their thresholds. */
class TaoyuanDefinitionsTest {

    /** What the platform knows about one student's attendance. */
    private record Attendance(int consecutiveUnexcusedDays, int unexcusedDaysInSemester, int leaveRequestsInMonth,
                              int personalAndSickLeaveDaysInMonth) {
    }

    /** Detection rules read as DetectionRule documents them: thresholds inclusive, any rule suffices. */
    private static boolean detects(DetectionRule rule, Attendance a) {
        if (rule instanceof DetectionRule.ConsecutiveUnexcusedDays r) {
            return a.consecutiveUnexcusedDays() >= r.days();
        }
        if (rule instanceof DetectionRule.CumulativeUnexcusedDaysInSemester r) {
            return a.unexcusedDaysInSemester() >= r.days();
        }
        if (rule instanceof DetectionRule.LeaveRequestsInMonth r) {
            return a.leaveRequestsInMonth() >= r.requests();
        }
        if (rule instanceof DetectionRule.PersonalAndSickLeaveDaysInMonth r) {
            return a.personalAndSickLeaveDaysInMonth() >= r.days();
        }
        return false;
    }

    private static Set<String> opened(Attendance a) {
        return POLICY.categories().stream()
                .filter(c -> c.detection().stream().anyMatch(r -> detects(r, a)))
                .map(CaseCategory::id).collect(Collectors.toSet());
    }

    private static CaseCategory category(String id) {
        return POLICY.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @CitesRule("TY-LONG-LEAVE")
    void sixLeaveRequestsOrSevenDaysOfPersonalAndSickLeaveInAMonth_isLongLeave() {
        CaseCategory longLeave = category("TY-LONG-LEAVE");
        assertEquals(CaseKind.LONG_LEAVE, longLeave.kind());
        assertEquals(List.of(new DetectionRule.LeaveRequestsInMonth(6),
                new DetectionRule.PersonalAndSickLeaveDaysInMonth(7)), longLeave.detection());

        assertFalse(opened(new Attendance(0, 0, 5, 6)).contains("TY-LONG-LEAVE"), "5 requests, 6 days: not yet");
        assertTrue(opened(new Attendance(0, 0, 6, 0)).contains("TY-LONG-LEAVE"), "6 leave requests in the month");
        assertTrue(opened(new Attendance(0, 0, 2, 7)).contains("TY-LONG-LEAVE"), "7 days of 事病假 in 2 requests");
    }

    @Test
    @CitesRule("TY-AT-RISK")
    void longAbsenceOrLongLeave_isAtRiskOfDroppingOut_andStartsTheDayZeroDuties() {
        CaseCategory atRisk = category("TY-AT-RISK");
        assertEquals(CaseKind.AT_RISK, atRisk.kind());
        assertTrue(opened(new Attendance(0, 7, 0, 0)).contains("TY-AT-RISK"), "long-term absence (7 days)");
        assertTrue(opened(new Attendance(0, 0, 6, 0)).contains("TY-AT-RISK"), "long-term leave (6 requests)");
        assertTrue(opened(new Attendance(0, 0, 0, 7)).contains("TY-AT-RISK"), "long-term leave (7 days)");
        assertEquals(Set.of(), opened(new Attendance(2, 6, 5, 6)), "below every threshold: no case");

        // An at-risk student on Monday 2026-11-02 is "day 0": the five day-0 duties arise, all ongoing.
        List<Ladder.Duty> day0 = Fixture.day(0, LocalDate.of(2026, 11, 2), Fixture.atRisk());
        assertEquals(Set.of("TY-D0-PRINCIPAL", "TY-D0-HOMEROOM", "TY-D0-MONTHLY", "TY-D0-ACADEMIC", "TY-D0-COUNSEL"),
                day0.stream().map(Ladder.Duty::ruleId).collect(Collectors.toSet()));
        day0.forEach(Fixture::assertOngoing);
        day0.forEach(d -> assertEquals(LocalDate.of(2026, 11, 2), d.arose().toLocalDate()));
    }

    @Test
    @CitesRule("TW-DROPOUT")
    void threeConsecutiveSchoolDays_isADropout_reportedOnTheFourthSchoolDay() {
        CaseCategory dropout = category("TW-DROPOUT");
        assertEquals(List.of(new DetectionRule.ConsecutiveUnexcusedDays(3)), dropout.detection());
        assertFalse(opened(new Attendance(2, 2, 0, 0)).contains("TW-DROPOUT"));
        assertTrue(opened(new Attendance(3, 3, 0, 0)).contains("TW-DROPOUT"));

        // Absent from Wed 2026-10-07: Thu 10-08 is day 2; Fri 10-09 (國慶日補假) and the weekend neither count
        // nor break the streak, so Mon 10-12 is day 3 and Tue 10-13 day 4, when the dropout is reported.
        LocalDate wed = LocalDate.of(2026, 10, 7);
        assertTrue(Fixture.rule(3, wed, Fixture.dropout(), "TY-D4-REPORT").isEmpty());
        List<Ladder.Duty> report = Fixture.rule(4, wed, Fixture.dropout(), "TY-D4-REPORT");
        Ladder.Duty moe = Fixture.producing(report, TaoyuanLadder.MOE_DROPOUT_REPORT);
        assertEquals(LocalDate.of(2026, 10, 13), moe.dueDate());
        assertTrue(moe.step().duty().zhTw().contains("連續達三日以上"));
    }

    @Test
    @CitesRule("TW-LONG-ABSENCE")
    void sevenUnexcusedDaysInASemester_isLongAbsence_andMakesTheStudentAtRisk() {
        CaseCategory longAbsence = category("TW-LONG-ABSENCE");
        assertEquals(List.of(new DetectionRule.CumulativeUnexcusedDaysInSemester(7)), longAbsence.detection());
        assertEquals(Set.of(), opened(new Attendance(1, 6, 0, 0)));
        assertEquals(Set.of("TW-LONG-ABSENCE", "TY-AT-RISK"), opened(new Attendance(1, 7, 0, 0)));
    }
}
