package tw.huixiao.policy.tainan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.policy.tainan.TainanFunding.ADMINISTRATION;
import static tw.huixiao.policy.tainan.TainanFunding.COUNSELLOR;
import static tw.huixiao.policy.tainan.TainanFunding.EXTERNAL_TEACHER;
import static tw.huixiao.policy.tainan.TainanFunding.INTERNAL_TEACHER;
import static tw.huixiao.policy.tainan.TainanFunding.LICENSED;
import static tw.huixiao.policy.tainan.TainanFunding.MATERIALS;
import static tw.huixiao.policy.tainan.TainanFunding.MISCELLANEOUS;
import static tw.huixiao.policy.tainan.TainanFunding.NHI;
import static tw.huixiao.policy.tainan.TainanFunding.OUTDOOR;
import static tw.huixiao.policy.tainan.TainanFunding.PRINTING;
import static tw.huixiao.policy.tainan.TainanFunding.PSYCHIATRIST;
import static tw.huixiao.policy.tainan.TainanFunding.TRACKER;
import static tw.huixiao.policy.tainan.TainanFunding.TRAVEL;
import static tw.huixiao.policy.tainan.TainanFunding.line;
import static tw.huixiao.policy.tainan.TainanFundingVectors.CITY_ELEMENTARY;
import static tw.huixiao.policy.tainan.TainanFundingVectors.CITY_JUNIOR_HIGH;
import static tw.huixiao.policy.tainan.TainanFundingVectors.COMPLETE_SCHOOL;
import static tw.huixiao.policy.tainan.TainanFundingVectors.DAY;
import static tw.huixiao.policy.tainan.TainanFundingVectors.NONE;
import static tw.huixiao.policy.tainan.TainanFundingVectors.REMOTE_JUNIOR_HIGH;
import static tw.huixiao.policy.tainan.TainanFundingVectors.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolProfile;
import tw.huixiao.policy.spi.funding.Budget;
import tw.huixiao.policy.spi.funding.BudgetLine;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.funding.FundingRule;
import tw.huixiao.policy.spi.funding.Violation;
import tw.huixiao.policy.tck.CitesRule;

/** Each TN-F rule's own check, with budgets at and just across its boundary. */
class TainanFundingTest {

    private static final FundingPolicy.Rules RULES = (FundingPolicy.Rules) new TainanPolicy().funding();

    private static List<Violation> check(String ruleId, SchoolProfile school, Budget budget) {
        FundingRule rule = RULES.rules().stream().filter(r -> r.ruleId().toString().equals(ruleId)).findFirst()
                .orElseThrow();
        return rule.check(budget, school);
    }

    private static void keeps(String ruleId, SchoolProfile school, Budget budget) {
        assertEquals(List.of(), check(ruleId, school, budget), ruleId + " should hold");
    }

    private static void breaks(String ruleId, SchoolProfile school, Budget budget, String messagePart) {
        List<Violation> violations = check(ruleId, school, budget);
        assertTrue(!violations.isEmpty(), ruleId + " should be broken");
        violations.forEach(v -> assertEquals(ruleId, v.ruleId().toString()));
        assertTrue(violations.stream().anyMatch(v -> v.message().zhTw().contains(messagePart)
                        || v.message().en().contains(messagePart)),
                () -> "no message with '" + messagePart + "' in " + violations);
    }

    private static Budget one(String kind, String unit) {
        return Budget.of(line(kind, "王○明", DAY, "1", unit, NONE));
    }

    @Test
    @CitesRule("TN-F-CAP")
    void twentyThousandPerCase() {
        keeps("TN-F-CAP", CITY_JUNIOR_HIGH, Budget.of(line(MATERIALS, null, null, "10", "2000", NONE)));
        breaks("TN-F-CAP", CITY_JUNIOR_HIGH, Budget.of(line(MATERIALS, null, null, "10", "2000", NONE),
                line(ADMINISTRATION, null, null, "1", "1", NONE)), "20,001");
        FundingRule cap = RULES.rules().stream().filter(r -> r.ruleId().toString().equals("TN-F-CAP")).findFirst()
                .orElseThrow();
        assertTrue(cap.description().zhTw().contains("2 萬元"), "PolicyIT reads this wording");
    }

    @Test
    @CitesRule("TN-F-INTERNAL")
    void internalTeachersAfterSchoolAtTheExternalRateAndReducedLoadUnpaidInSchoolHours() {
        Map<String, String> afterSchool = Map.of("inSchoolHours", "false");
        keeps("TN-F-INTERNAL", CITY_ELEMENTARY, Budget.of(line(INTERNAL_TEACHER, "林○文", DAY, "2", "400", afterSchool)));
        breaks("TN-F-INTERNAL", CITY_ELEMENTARY, Budget.of(line(INTERNAL_TEACHER, "林○文", DAY, "2", "401", afterSchool)),
                "401 > 400");
        keeps("TN-F-INTERNAL", CITY_JUNIOR_HIGH, Budget.of(line(INTERNAL_TEACHER, "林○文", DAY, "2", "450", afterSchool)));
        breaks("TN-F-INTERNAL", CITY_JUNIOR_HIGH, Budget.of(line(INTERNAL_TEACHER, "林○文", DAY, "2", "451", afterSchool)),
                "451 > 450");
        Map<String, String> reducedInSchool = Map.of("inSchoolHours", "true", "reducedLoad", "true");
        keeps("TN-F-INTERNAL", CITY_JUNIOR_HIGH, Budget.of(line(INTERNAL_TEACHER, "黃○玲", DAY, "1", "0", reducedInSchool)));
        breaks("TN-F-INTERNAL", CITY_JUNIOR_HIGH, Budget.of(line(INTERNAL_TEACHER, "黃○玲", DAY, "1", "1", reducedInSchool)),
                "已減授課");
        keeps("TN-F-INTERNAL", CITY_JUNIOR_HIGH, Budget.of(line(INTERNAL_TEACHER, "黃○玲", DAY, "1", "450",
                Map.of("inSchoolHours", "false", "reducedLoad", "true"))));
    }

    @Test
    @CitesRule("TN-F-EXTERNAL")
    void externalTeachersFourHundredFourHundredFiftyFiveHundredFifty() {
        keeps("TN-F-EXTERNAL", CITY_ELEMENTARY, one(EXTERNAL_TEACHER, "400"));
        breaks("TN-F-EXTERNAL", CITY_ELEMENTARY, one(EXTERNAL_TEACHER, "401"), "國小 鐘點費 401 > 400");
        keeps("TN-F-EXTERNAL", CITY_JUNIOR_HIGH, one(EXTERNAL_TEACHER, "450"));
        breaks("TN-F-EXTERNAL", CITY_JUNIOR_HIGH, one(EXTERNAL_TEACHER, "451"), "國中 鐘點費 451 > 450");
        Map<String, String> senior = Map.of("level", "SENIOR_HIGH");
        keeps("TN-F-EXTERNAL", COMPLETE_SCHOOL, Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "1", "550", senior)));
        breaks("TN-F-EXTERNAL", COMPLETE_SCHOOL, Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "1", "551", senior)),
                "高中 鐘點費 551 > 550");
        breaks("TN-F-EXTERNAL", COMPLETE_SCHOOL, one(EXTERNAL_TEACHER, "451"), "451 > 450");
    }

    @Test
    @CitesRule("TN-F-COUNSELLOR")
    void unlicensedCounsellorsSixHundredAnHour() {
        keeps("TN-F-COUNSELLOR", REMOTE_JUNIOR_HIGH, one(COUNSELLOR, "600"));
        breaks("TN-F-COUNSELLOR", REMOTE_JUNIOR_HIGH, one(COUNSELLOR, "601"), "601 > 600");
    }

    @Test
    @CitesRule("TN-F-LICENSED")
    void licensedProfessionalsOneThousandOrElevenHundredAtRemoteSchools() {
        keeps("TN-F-LICENSED", CITY_JUNIOR_HIGH, one(LICENSED, "1000"));
        breaks("TN-F-LICENSED", CITY_JUNIOR_HIGH, one(LICENSED, "1001"), "1,001 > 1,000");
        breaks("TN-F-LICENSED", CITY_JUNIOR_HIGH, one(LICENSED, "1100"), "1,100 > 1,000");
        keeps("TN-F-LICENSED", REMOTE_JUNIOR_HIGH, one(LICENSED, "1100"));
        breaks("TN-F-LICENSED", REMOTE_JUNIOR_HIGH, one(LICENSED, "1101"), "1,101 > 1,100");
    }

    @Test
    @CitesRule("TN-F-PSYCHIATRIST")
    void psychiatristsOneThousandAnHourEvenAtRemoteSchools() {
        keeps("TN-F-PSYCHIATRIST", CITY_JUNIOR_HIGH, one(PSYCHIATRIST, "1000"));
        breaks("TN-F-PSYCHIATRIST", REMOTE_JUNIOR_HIGH, one(PSYCHIATRIST, "1001"), "1,001 > 1,000");
    }

    @Test
    @CitesRule("TN-F-DAILY-CAP")
    void onePersonThirtyTwoHundredADayOrFortyEightHundredAtRemoteSchools() {
        Budget b3200 = Budget.of(line(LICENSED, "吳○君", DAY, "3", "1000", NONE), line(COUNSELLOR, "吳○君", DAY, "1", "200", NONE));
        Budget b3201 = Budget.of(line(LICENSED, "吳○君", DAY, "3", "1000", NONE), line(COUNSELLOR, "吳○君", DAY, "1", "201", NONE));
        keeps("TN-F-DAILY-CAP", CITY_JUNIOR_HIGH, b3200);
        breaks("TN-F-DAILY-CAP", CITY_JUNIOR_HIGH, b3201, "每日鐘點費上限 3,200 元，1 日超過（每日 3,201 元）");
        keeps("TN-F-DAILY-CAP", REMOTE_JUNIOR_HIGH, b3201);
        Budget b4800 = Budget.of(line(LICENSED, "吳○君", DAY, "4", "1100", NONE), line(COUNSELLOR, "吳○君", DAY, "1", "400", NONE));
        Budget b4801 = Budget.of(line(LICENSED, "吳○君", DAY, "4", "1100", NONE), line(COUNSELLOR, "吳○君", DAY, "1", "401", NONE));
        keeps("TN-F-DAILY-CAP", REMOTE_JUNIOR_HIGH, b4800);
        breaks("TN-F-DAILY-CAP", REMOTE_JUNIOR_HIGH, b4801, "上限 4,800 元，1 日超過（每日 4,801 元）");
        breaks("TN-F-DAILY-CAP", CITY_JUNIOR_HIGH, b4800, "上限 3,200 元，1 日超過（每日 4,800 元）");
        // the same 3,201 spread over two days, or over two people, keeps the cap
        keeps("TN-F-DAILY-CAP", CITY_JUNIOR_HIGH, Budget.of(line(LICENSED, "吳○君", DAY, "3", "1000", NONE),
                line(COUNSELLOR, "吳○君", DAY.plusDays(1), "1", "201", NONE)));
        keeps("TN-F-DAILY-CAP", CITY_JUNIOR_HIGH, Budget.of(line(LICENSED, "吳○君", DAY, "3", "1000", NONE),
                line(COUNSELLOR, "鄭○安", DAY, "1", "201", NONE)));
        breaks("TN-F-DAILY-CAP", CITY_JUNIOR_HIGH, Budget.of(line(EXTERNAL_TEACHER, null, DAY, "1", "450", NONE)),
                "支領人及日期");
    }

    /**
     * TN-F-DAILY-CAP over a term: a licensed psychologist 5 periods of 45 minutes every Wednesday
     * for 14 weeks at a city junior high is 3.75 hours × 1,000 = 3,750 a day > 3,200 — one finding
     * for the person listing the 14 Wednesdays, not 14 findings; 4 periods (3 hours, 3,000) keep the
     * cap. Hours, not periods: 5 periods counted as hours would be 5,000.
     */
    @Test
    @CitesRule("TN-F-DAILY-CAP")
    @CitesRule("TN-F-LICENSED")
    void aWeeklyPatternOverTheDailyCapIsOneFindingListingItsDays() {
        List<BudgetLine> fiveTimes = new ArrayList<>();
        List<BudgetLine> fourTimes = new ArrayList<>();
        for (int week = 0; week < 14; week++) {
            LocalDate wednesday = LocalDate.of(2026, 3, 4).plusWeeks(week);
            fiveTimes.add(line(LICENSED, "吳○君", wednesday, "3.75", "1000", NONE));
            fourTimes.add(line(LICENSED, "吳○君", wednesday, "3.00", "1000", NONE));
        }
        keeps("TN-F-DAILY-CAP", CITY_JUNIOR_HIGH, new Budget(fourTimes));
        List<Violation> over = check("TN-F-DAILY-CAP", CITY_JUNIOR_HIGH, new Budget(fiveTimes));
        assertEquals(1, over.size(), over.toString());
        assertEquals("吳○君 每日鐘點費上限 3,200 元，14 日超過（每日 3,750 元）：115/3/4、115/3/11、115/3/18、115/3/25、"
                + "115/4/1、115/4/8、115/4/15、115/4/22、115/4/29、115/5/6、115/5/13、115/5/20、115/5/27、115/6/3"
                + "（TN-F-DAILY-CAP）", over.get(0).message().zhTw());
        assertEquals(0, over.get(0).line(), "points at the person's first line");
        // Different amounts on different days are listed with each day's amount.
        List<Violation> uneven = check("TN-F-DAILY-CAP", REMOTE_JUNIOR_HIGH, Budget.of(
                line(LICENSED, "吳○君", LocalDate.of(2026, 3, 4), "4.5", "1100", NONE),
                line(LICENSED, "吳○君", LocalDate.of(2026, 3, 11), "5", "1100", NONE),
                line(LICENSED, "吳○君", LocalDate.of(2026, 3, 18), "4", "1100", NONE)));
        assertEquals(List.of("吳○君 每日鐘點費上限 4,800 元，2 日超過：115/3/4（4,950 元）、115/3/11（5,500 元）（TN-F-DAILY-CAP）"),
                uneven.stream().map(v -> v.message().zhTw()).toList());
    }

    @Test
    @CitesRule("TN-F-TRACKER")
    void trackerBandsTwoCasesADayAndFiftyMinutes() {
        assertEquals(new BigDecimal("675"), TainanFunding.trackerRate(new BigDecimal("29.9")));
        assertEquals(new BigDecimal("1000"), TainanFunding.trackerRate(new BigDecimal("30")));
        assertEquals(new BigDecimal("1000"), TainanFunding.trackerRate(new BigDecimal("49.9")));
        assertEquals(new BigDecimal("1450"), TainanFunding.trackerRate(new BigDecimal("50")));
        keeps("TN-F-TRACKER", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "29.9", "675")));
        breaks("TN-F-TRACKER", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "29.9", "676")), "676 > 675");
        keeps("TN-F-TRACKER", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "30", "1000")));
        breaks("TN-F-TRACKER", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "30", "1001")), "1,001 > 1,000");
        breaks("TN-F-TRACKER", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "49.9", "1450")), "1,450 > 1,000");
        keeps("TN-F-TRACKER", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "50", "1450")));
        breaks("TN-F-TRACKER", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "50", "1451")), "1,451 > 1,450");
        keeps("TN-F-TRACKER", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "10", "675"), visit("劉○宏", DAY, "12", "675")));
        breaks("TN-F-TRACKER", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "10", "675"),
                visit("劉○宏", DAY, "12", "675"), visit("劉○宏", DAY, "14", "675")), "每日限訪 2 案，1 日超過");
        breaks("TN-F-TRACKER", CITY_JUNIOR_HIGH, Budget.of(line(TRACKER, "劉○宏", DAY, "1", "675",
                Map.of("distanceKm", "10", "minutes", "49"))), "49 分鐘");
    }

    @Test
    @CitesRule("TN-F-ADMIN")
    void administrationOneThousandAMonth() {
        keeps("TN-F-ADMIN", CITY_JUNIOR_HIGH, Budget.of(line(ADMINISTRATION, null, null, "5", "1000", NONE)));
        breaks("TN-F-ADMIN", CITY_JUNIOR_HIGH, Budget.of(line(ADMINISTRATION, null, null, "1", "1001", NONE)), "1,001 > 1,000");
    }

    @Test
    @CitesRule("TN-F-PRINT")
    void printingOneThousandPerStudentPerSemester() {
        keeps("TN-F-PRINT", CITY_JUNIOR_HIGH, Budget.of(line(PRINTING, null, null, "3", "1000", NONE)));
        breaks("TN-F-PRINT", CITY_JUNIOR_HIGH, Budget.of(line(PRINTING, null, null, "1", "1001", NONE)), "1,001 > 1,000");
    }

    @Test
    @CitesRule("TN-F-MATERIAL")
    void materialsTwoThousandPerStudentPerSemester() {
        keeps("TN-F-MATERIAL", CITY_JUNIOR_HIGH, Budget.of(line(MATERIALS, null, null, "3", "2000", NONE)));
        breaks("TN-F-MATERIAL", CITY_JUNIOR_HIGH, Budget.of(line(MATERIALS, null, null, "1", "2001", NONE)), "2,001 > 2,000");
    }

    @Test
    @CitesRule("TN-F-NHI")
    void premiumAtMostTwoPointOneOnePercentOfHourlyFees() {
        keeps("TN-F-NHI", CITY_JUNIOR_HIGH, TainanFundingVectors.premium("253"));
        breaks("TN-F-NHI", CITY_JUNIOR_HIGH, TainanFundingVectors.premium("254"), "254 > 鐘點費 × 2.11% = 253");
        // tracking visits are not hourly fees: 675 × 2.11 % does not raise the limit
        breaks("TN-F-NHI", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "10", "675"),
                line(NHI, null, null, "1", "14", NONE)), "14 > 鐘點費 × 2.11% = 0");
    }

    @Test
    @CitesRule("TN-F-OUTDOOR")
    void outdoorExperienceAtMostTwentyThousand() {
        keeps("TN-F-OUTDOOR", CITY_JUNIOR_HIGH, Budget.of(line(OUTDOOR, null, null, "1", "20000", NONE)));
        breaks("TN-F-OUTDOOR", CITY_JUNIOR_HIGH, Budget.of(line(OUTDOOR, null, null, "1", "12000", NONE),
                line(OUTDOOR, null, null, "1", "8001", NONE)), "20,001 > 20,000");
    }

    @Test
    @CitesRule("TN-F-TRAVEL")
    void travelNeverWithATrackingFeeForTheSameTrip() {
        keeps("TN-F-TRAVEL", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "10", "675"),
                line(TRAVEL, "劉○宏", DAY.plusDays(1), "1", "120", NONE)));
        keeps("TN-F-TRAVEL", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "10", "675"),
                line(TRAVEL, "林○文", DAY, "1", "120", NONE)));
        breaks("TN-F-TRAVEL", CITY_JUNIOR_HIGH, Budget.of(visit("劉○宏", DAY, "10", "675"),
                line(TRAVEL, "劉○宏", DAY, "1", "120", NONE)), "不得與追蹤輔導費重複支領");
    }

    @Test
    @CitesRule("TN-F-MISC")
    void miscellanyAtMostSixPercentOfNonPersonnelRecurringExpenses() {
        Budget base = Budget.of(line(ADMINISTRATION, null, null, "1", "1000", NONE),
                line(MISCELLANEOUS, null, null, "1", "60", NONE));
        keeps("TN-F-MISC", CITY_JUNIOR_HIGH, base);
        breaks("TN-F-MISC", CITY_JUNIOR_HIGH, Budget.of(line(ADMINISTRATION, null, null, "1", "1000", NONE),
                line(MISCELLANEOUS, null, null, "1", "61", NONE)), "61 > 用人費用以外之經常支出 × 6% = 60");
        // hourly fees are personnel costs: they do not enlarge the base
        breaks("TN-F-MISC", CITY_JUNIOR_HIGH, Budget.of(line(ADMINISTRATION, null, null, "1", "1000", NONE),
                line(EXTERNAL_TEACHER, "陳○華", DAY, "4", "450", NONE),
                line(MISCELLANEOUS, null, null, "1", "61", NONE)), "= 60");
    }

    @Test
    @CitesRule("TN-F-NO-CENTRE-FEE")
    void counsellingCentreStaffAreNeverPaidFromTheIsp() {
        Map<String, String> centre = Map.of("centreStaff", "true");
        keeps("TN-F-NO-CENTRE-FEE", CITY_JUNIOR_HIGH, Budget.of(line(COUNSELLOR, "蔡○婷", DAY, "1", "0", centre)));
        keeps("TN-F-NO-CENTRE-FEE", CITY_JUNIOR_HIGH, one(COUNSELLOR, "600"));
        breaks("TN-F-NO-CENTRE-FEE", CITY_JUNIOR_HIGH, Budget.of(line(LICENSED, "蔡○婷", DAY, "1", "1", centre)),
                "輔諮中心人員 蔡○婷");
        breaks("TN-F-NO-CENTRE-FEE", CITY_JUNIOR_HIGH, Budget.of(line(TRACKER, "蔡○婷", DAY, "1", "675",
                Map.of("distanceKm", "10", "minutes", "50", "centreStaff", "true"))), "蔡○婷");
    }

    @Test
    @CitesRule("TN-F-CAP")
    void theTypicalPlanKeepsEveryRule() {
        assertEquals(List.of(), RULES.validate(TainanFundingVectors.validPlan(), REMOTE_JUNIOR_HIGH));
    }
}
