package tw.huixiao.policy.newtaipei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.SchoolCalendar;

/** 中途輟學學生類別 (注意事項一–三) and the national definitions they rest on. */
class NewTaipeiCategoriesTest {

    private final NewTaipeiPolicy policy = new NewTaipeiPolicy();
    private final Ladder ladder = new Ladder(policy, SchoolCalendar.taiwanOfficeDays());

    private CaseCategory category(String id) {
        return policy.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @CitesRule("NT-CAT1")
    void category1_isThreeDaysWithoutLeaveOrSevenUnexcusedDaysInTheSemester() {
        CaseCategory cat1 = category("NT-CAT1");
        assertEquals("NT-CAT1", cat1.ruleId().toString());
        assertEquals(CaseKind.DROPOUT, cat1.kind());
        assertEquals(List.of(new DetectionRule.ConsecutiveUnexcusedDays(3),
                new DetectionRule.CumulativeUnexcusedDaysInSemester(7)), cat1.detection());
        assertTrue(cat1.name().zhTw().startsWith("第一類：未經請假未到校上課達 3 日以上或長期缺課"));
        // a category-1 streak from Tue 2026-10-20 reaches the day-4 report on Fri 10-23
        List<Ladder.Duty> day4 = ladder.onStreakDay(4, LocalDate.of(2026, 10, 20), CaseSituation.of("NT-CAT1"));
        assertEquals(LocalDate.of(2026, 10, 23), Ladder.all(day4, "NT-D4-REPORT").get(0).dueDate());
    }

    @Test
    @CitesRule("NT-CAT2")
    void category2_isNotRegisteredThreeSchoolDaysAfterTermStarts() {
        CaseCategory cat2 = category("NT-CAT2");
        assertEquals(CaseKind.DROPOUT, cat2.kind());
        assertEquals(List.of(new DetectionRule.RegistrationNoShow(3)), cat2.detection());
        assertTrue(cat2.name().zhTw().contains("含新生直到開學後未報到"));
        // category 2 follows the homeroom ladder (第一、二類), not the registrar's
        List<Ladder.Duty> day1 = ladder.onStreakDay(1, LocalDate.of(2026, 9, 1), CaseSituation.of("NT-CAT2"));
        assertEquals(1, Ladder.all(day1, "NT-D1-PHONE").size());
        assertEquals(0, Ladder.all(day1, "NT-D1-REGISTRAR").size());
    }

    @Test
    @CitesRule("NT-CAT3")
    void category3_isNotReportedAtTheReceivingSchoolForThreeDays() {
        CaseCategory cat3 = category("NT-CAT3");
        assertEquals(CaseKind.DROPOUT, cat3.kind());
        assertEquals(List.of(new DetectionRule.TransferNoShow(3)), cat3.detection());
        List<Ladder.Duty> day1 = ladder.onStreakDay(1, LocalDate.of(2026, 10, 13), CaseSituation.of("NT-CAT3"));
        assertEquals(List.of(SchoolRole.REGISTRAR), Ladder.find(day1, "NT-D1-REGISTRAR").orElseThrow().step().responsible());
    }

    @Test
    @CitesRule("NT-NEW")
    void newStudentNoShow_isOpenedByTheRegistrarTheDayAfterRegistrationDayAndCheckedTheSameDay() {
        CaseCategory newStudent = category("NT-NEW");
        assertEquals(List.of(new DetectionRule.ByStaff()), newStudent.detection());
        assertEquals(CaseKind.AT_RISK, newStudent.kind());
        // registration day Mon 2026-08-17; the registrar opens the case on Tue 08-18 and starts contacting that day
        Ladder.Duty check = Ladder.find(ladder.on(CaseEvent.OPENED,
                LocalDate.of(2026, 8, 18).atTime(9, 0).atZone(Ladder.TAIPEI), CaseSituation.of("NT-NEW")), "NT-NEW")
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 8, 18), check.dueDate());
        assertEquals(List.of(SchoolRole.REGISTRAR), check.step().responsible());
        assertTrue(check.step().sourceIfAny().orElseThrow().contains("並於開學前完成清查工作"));
        // other categories get no new-student check when opened
        assertTrue(Ladder.find(ladder.on(CaseEvent.OPENED, LocalDate.of(2026, 8, 18).atTime(9, 0)
                .atZone(Ladder.TAIPEI), CaseSituation.of("NT-CAT1")), "NT-NEW").isEmpty());
    }

    @Test
    @CitesRule("TW-DROPOUT")
    void nationalDropout_isThreeConsecutiveSchoolDaysAndFollowsTheCategory1Ladder() {
        CaseCategory dropout = category("TW-DROPOUT");
        assertEquals(List.of(new DetectionRule.ConsecutiveUnexcusedDays(3)), dropout.detection());
        // a case opened under the national category is a 第一類 case: the homeroom phones on day 1
        List<Ladder.Duty> day1 = ladder.onStreakDay(1, LocalDate.of(2026, 10, 20), CaseSituation.of("TW-DROPOUT"));
        assertEquals(LocalDate.of(2026, 10, 20), Ladder.find(day1, "NT-D1-PHONE").orElseThrow().dueDate());
        // and the same-day registered letter on day 3 (Thu 10-22)
        List<Ladder.Duty> day3 = ladder.onStreakDay(3, LocalDate.of(2026, 10, 20), CaseSituation.of("TW-DROPOUT"));
        assertTrue(Ladder.all(day3, "NT-D3-MAIL").stream()
                .anyMatch(d -> d.step().producesIfAny().isPresent() && d.dueDate().equals(LocalDate.of(2026, 10, 22))));
    }

    @Test
    @CitesRule("TW-LONG-ABSENCE")
    void nationalLongAbsence_isSevenUnexcusedDaysInASemesterAndPartOfCategory1() {
        CaseCategory longAbsence = category("TW-LONG-ABSENCE");
        assertEquals(CaseKind.LONG_ABSENCE, longAbsence.kind());
        assertEquals(List.of(new DetectionRule.CumulativeUnexcusedDaysInSemester(7)), longAbsence.detection());
        assertTrue(category("NT-CAT1").detection().contains(new DetectionRule.CumulativeUnexcusedDaysInSemester(7)));
        List<Ladder.Duty> day4 = ladder.onStreakDay(4, LocalDate.of(2026, 10, 20),
                CaseSituation.of("TW-LONG-ABSENCE"));
        assertEquals(1, Ladder.all(day4, "NT-D4-MEETING").stream()
                .filter(d -> d.step().producesIfAny().equals(java.util.Optional.of(NewTaipeiForms.CASE_CARE_CARD)))
                .count());
    }
}
