package tw.huixiao.platform.domain.isp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.SchoolLevel;
import tw.huixiao.policy.spi.SchoolProfile;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.tainan.TainanPolicy;

/**
 * The ISP budget computed from a plan with Tainan's real funding rules (seed 004 經費明細表).
 * Every expected amount is worked out by hand from the rules in the comments.
 */
class IspBudgetTest {

    private static final FundingPolicy.Rules TAINAN = (FundingPolicy.Rules) new TainanPolicy().funding();
    private static final SchoolProfile REMOTE_JUNIOR_HIGH =
            new SchoolProfile("114501", CountyCode.TAINAN, "南化區", SchoolLevel.JUNIOR_HIGH, true);
    private static final SchoolProfile CITY_ELEMENTARY =
            new SchoolProfile("213601", CountyCode.TAINAN, "東區", SchoolLevel.ELEMENTARY, false);
    private static final long STUDENT = 101;
    private static final long OTHER_STUDENT = 102;
    private static final long THIRD_STUDENT = 103;
    private static final Map<Long, String> NAMES = Map.of(STUDENT, "王○明", OTHER_STUDENT, "林○安", THIRD_STUDENT, "陳○宇");
    /** Monday 2026-02-23, 18 weeks: the school days run to Friday 2026-06-26 (February–June: 5 months). */
    private static final IspPlan.Term TERM = new IspPlan.Term("114學年度第二學期", LocalDate.of(2026, 2, 23), 18);

    private static IspPlan.Teacher teacher(String name, TeacherType type, BigDecimal agreed) {
        return new IspPlan.Teacher(name, type, "教師", "依個案需求", "相關證照", LocalDate.of(2026, 2, 10), agreed, false,
                false, false, null);
    }

    private static IspPlan.Cell cell(DayOfWeek day, IspPeriod period, String course, String teacher, Long... students) {
        return new IspPlan.Cell(day, period, course, teacher, List.of(students));
    }

    private static IspPlan.Extras extras(boolean materials, Integer adminMonths, IspPlan.Outdoor outdoor) {
        return new IspPlan.Extras(materials, null, false, null, adminMonths, null, outdoor, true, null);
    }

    private static IspPlan plan(List<IspPlan.Teacher> teachers, List<IspPlan.Cell> cells, List<IspPlan.Visit> visits,
                                IspPlan.Extras extras) {
        return new IspPlan(TERM, List.of(), List.of(), List.of(), null, teachers, cells, visits, extras, true);
    }

    private static IspBudget.Computed compute(IspPlan plan, SchoolProfile school) {
        return IspBudget.compute(plan, STUDENT, TAINAN, school, NAMES::get);
    }

    private static List<String> lines(IspBudget.Computed budget) {
        return budget.lines().stream().map(l -> l.ruleId() + " " + (l.payee() == null ? "-" : l.payee()) + " "
                + l.quantity().toPlainString() + " × " + l.unitAmount().toPlainString() + " = "
                + l.amount().toPlainString()).toList();
    }

    private static List<String> violations(IspBudget.Computed budget) {
        return budget.violations().stream().map(v -> v.ruleId() + " ×" + v.occurrences() + " line " + v.line() + " "
                + v.message().zhTw()).toList();
    }

    /** 陳○華, external: Monday periods 3 and 4 (烘焙) for the case's student. */
    private static final List<IspPlan.Cell> BAKING = List.of(
            cell(DayOfWeek.MONDAY, IspPeriod.P3, "烘焙", "陳○華", STUDENT),
            cell(DayOfWeek.MONDAY, IspPeriod.P4, "烘焙", "陳○華", STUDENT));

    @Test
    void remoteJuniorHigh_twoExternalPeriodsAWeekFor18WeeksAt450_premiumDerived_anOmittedMiscellanyIsNone_TN_F_MISC() {
        IspBudget.Computed budget = compute(plan(List.of(teacher("陳○華", TeacherType.EXTERNAL_TEACHER, null)), BAKING,
                List.of(), extras(true, 0, null)), REMOTE_JUNIOR_HIGH);
        assertEquals(List.of(
                // TN-F-EXTERNAL: 2 periods/week × 18 weeks = 36 × 450 (junior high; no remote-area rate)
                "TN-F-EXTERNAL 陳○華 36 × 450 = 16200",
                // TN-F-MATERIAL: 1 student × 2,000 per semester
                "TN-F-MATERIAL - 1 × 2000 = 2000",
                // TN-F-NHI: 16,200 × 2.11 % = 341.82 → 342
                "TN-F-NHI - 1 × 342 = 342"), lines(budget), "no miscellany asked for: none, not its 6 % cap of 120");
        assertEquals(18, budget.lines().get(0).dates(), "one dated line per Monday: the daily cap is checked per day");
        assertEquals("每週 2 節 × 18 週", budget.lines().get(0).basis().zhTw());
        assertEquals(0, new BigDecimal("16200").compareTo(budget.hourlyFees()));
        assertEquals(0, new BigDecimal("18542").compareTo(budget.total()), "16,200 + 2,000 + 342");
        assertEquals(List.of(), violations(budget));
        assertTrue(budget.fundable());
        assertEquals(LocalDate.of(2026, 6, 22), budget.detail().lines().get(17).date(), "the 18th Monday");

        // The miscellany the plan states is kept: 120 = 6 % of the non-personnel recurring 2,000.
        IspBudget.Computed stated = compute(plan(List.of(teacher("陳○華", TeacherType.EXTERNAL_TEACHER, null)), BAKING,
                List.of(), new IspPlan.Extras(true, null, false, null, 0, null, null, true, new BigDecimal("120"))),
                REMOTE_JUNIOR_HIGH);
        assertEquals("TN-F-MISC - 1 × 120 = 120", lines(stated).get(3));
        assertTrue(stated.fundable());
    }

    @Test
    void administrationForTheTermsFiveMonthsTakesThePlanOverTheCaseCap_TN_F_CAP() {
        IspBudget.Computed budget = compute(plan(List.of(teacher("陳○華", TeacherType.EXTERNAL_TEACHER, null)), BAKING,
                List.of(), extras(true, null, null)), REMOTE_JUNIOR_HIGH);
        assertEquals(List.of(
                "TN-F-EXTERNAL 陳○華 36 × 450 = 16200",
                // TN-F-ADMIN: February–June = 5 months × 1,000
                "TN-F-ADMIN - 5 × 1000 = 5000",
                "TN-F-MATERIAL - 1 × 2000 = 2000",
                "TN-F-NHI - 1 × 342 = 342"), lines(budget));
        // 16,200 + 5,000 + 2,000 + 342 = 23,542 > 20,000
        assertEquals(List.of("TN-F-CAP ×1 line null 本案經費 23,542 元超過每案 20,000 元上限；請改循多元教育輔導措施申請（TN-F-CAP）"),
                violations(budget));
        assertTrue(budget.breaks("TN-F-CAP"));
        assertFalse(budget.fundable());
    }

    @Test
    void anAgreedFeeAboveTheRateIsKeptAndNamedOncePerLine_TN_F_EXTERNAL() {
        IspBudget.Computed budget = compute(plan(List.of(teacher("陳○華", TeacherType.EXTERNAL_TEACHER,
                new BigDecimal("500"))), BAKING, List.of(), extras(false, 0, null)), REMOTE_JUNIOR_HIGH);
        assertEquals("TN-F-EXTERNAL 陳○華 36 × 500 = 18000", lines(budget).get(0));
        assertEquals(List.of("TN-F-EXTERNAL ×18 line 0 外聘教師 國中 鐘點費 500 > 450（陳○華）（TN-F-EXTERNAL）"),
                violations(budget));
        assertEquals("External teacher junior high fee 500 > 450 (陳○華) (TN-F-EXTERNAL)",
                budget.violations().get(0).message().en());
    }

    @Test
    void trackingVisitsAtTheirBands_threeOnOneDayRefused_aShortSessionToo_TN_F_TRACKER() {
        IspPlan.Teacher tracker = teacher("林○○", TeacherType.TRACKING_COUNSELLOR, null);
        LocalDate day = LocalDate.of(2026, 3, 4);
        List<IspPlan.Visit> visits = List.of(
                new IspPlan.Visit(day, "林○○", STUDENT, new BigDecimal("12"), 60, "家訪"),
                new IspPlan.Visit(day, "林○○", OTHER_STUDENT, new BigDecimal("35"), 50, "家訪"),
                new IspPlan.Visit(day, "林○○", THIRD_STUDENT, new BigDecimal("50"), 50, "家訪"),
                new IspPlan.Visit(day.plusDays(1), "林○○", STUDENT, new BigDecimal("12"), 45, "電訪後家訪"));
        IspBudget.Computed budget = compute(plan(List.of(tracker), List.of(), visits, extras(false, 0, null)),
                REMOTE_JUNIOR_HIGH);
        // < 30 km 675, 30–50 km 1,000, ≥ 50 km 1,450; tracking fees are not hourly fees: no premium.
        assertEquals(List.of(
                "TN-F-TRACKER 林○○ 1 × 675 = 675",
                "TN-F-TRACKER 林○○ 1 × 1000 = 1000",
                "TN-F-TRACKER 林○○ 1 × 1450 = 1450",
                "TN-F-TRACKER 林○○ 1 × 675 = 675"), lines(budget));
        assertEquals("2026-03-04 訪視 林○安（35 公里，50 分鐘）", budget.lines().get(1).basis().zhTw());
        assertEquals(List.of(
                "TN-F-TRACKER ×1 line 3 追蹤輔導員 林○○ 面談 45 分鐘，未達 50 分鐘（TN-F-TRACKER）",
                "TN-F-TRACKER ×1 line null 追蹤輔導員 林○○ 每日限訪 2 案，1 日超過：115/3/4（3 案）（TN-F-TRACKER）"),
                violations(budget));
        assertEquals("Tracking counsellor 林○○ over 2 visits a day on 1 day(s): 2026-03-04 (3) (TN-F-TRACKER)",
                budget.violations().get(1).message().en());
    }

    /**
     * Hourly professionals are paid per hour (時), not per period (節): at an elementary school a
     * period lasts 40 minutes, so 吳○君's 5 Wednesday periods are 200 minutes = 3.33 hours × 1,000
     * = 3,330 a day, over the 3,200 cap every Wednesday — one TN-F-DAILY-CAP finding for the person
     * listing the 4 Wednesdays. Counted as hours, the periods would have made 5,000 a day.
     */
    @Test
    void cityElementary_400APeriod_aLicensedProfessionalPaidByTheHour_overTheDailyCapOnEveryWednesday_TN_F_DAILY_CAP() {
        List<IspPlan.Cell> cells = new ArrayList<>(List.of(
                cell(DayOfWeek.TUESDAY, IspPeriod.P5, "舞蹈", "陳○華", STUDENT),
                cell(DayOfWeek.TUESDAY, IspPeriod.P6, "舞蹈", "陳○華", STUDENT)));
        for (IspPeriod p : List.of(IspPeriod.P1, IspPeriod.P2, IspPeriod.P3, IspPeriod.P4, IspPeriod.P5)) {
            cells.add(cell(DayOfWeek.WEDNESDAY, p, "個別諮商", "吳○君", STUDENT));
        }
        IspPlan plan = new IspPlan(new IspPlan.Term("114學年度第二學期", LocalDate.of(2026, 3, 2), 4), List.of(), List.of(),
                List.of(), null, List.of(teacher("陳○華", TeacherType.EXTERNAL_TEACHER, null),
                teacher("吳○君", TeacherType.LICENSED_PROFESSIONAL, null)), cells, List.of(),
                extras(false, 0, null), true);
        IspBudget.Computed budget = compute(plan, CITY_ELEMENTARY);
        assertEquals(List.of(
                // TN-F-EXTERNAL elementary: 2 periods × 4 weeks × 400 (per period)
                "TN-F-EXTERNAL 陳○華 8 × 400 = 3200",
                // TN-F-LICENSED non-remote: 5 × 40 min = 3.33 h a Wednesday × 4 weeks = 13.32 h × 1,000
                "TN-F-LICENSED 吳○君 13.32 × 1000 = 13320.00",
                // TN-F-NHI: 16,520 × 2.11 % = 348.572 → 349
                "TN-F-NHI - 1 × 349 = 349"), lines(budget));
        assertEquals("每週 5 節（每節 40 分鐘）× 4 週", budget.lines().get(1).basis().zhTw());
        assertEquals(new BigDecimal("3.33"), budget.detail().lines().get(4).quantity(), "a Wednesday in hours");
        // 3.33 × 1,000 = 3,330 on each Wednesday > 3,200 (non-remote): one finding, on 吳○君's line, with the days.
        assertEquals(List.of("TN-F-DAILY-CAP ×1 line 1 吳○君 每日鐘點費上限 3,200 元，4 日超過（每日 3,330 元）："
                        + "115/3/4、115/3/11、115/3/18、115/3/25（TN-F-DAILY-CAP）"),
                violations(budget));
        // The same five periods at a remote junior high: 5 × 45 min = 3.75 h × 1,100 = 4,125 ≤ 4,800.
        IspBudget.Computed remote = compute(plan, REMOTE_JUNIOR_HIGH);
        assertEquals("TN-F-LICENSED 吳○君 15.00 × 1100 = 16500.00", lines(remote).get(1));
        assertFalse(remote.breaks("TN-F-DAILY-CAP"));
    }

    @Test
    void internalTeachers_feeInSchoolHoursMustBeStated_reducedLoadUnpaid_TN_F_INTERNAL() {
        IspPlan.Teacher law = teacher("黃○玲", TeacherType.INTERNAL_TEACHER, null);
        List<IspPlan.Cell> cells = List.of(cell(DayOfWeek.THURSDAY, IspPeriod.P3, "法治教育", "黃○玲", STUDENT));
        IspBudget.Computed unknown = compute(plan(List.of(law), cells, List.of(), extras(false, 0, null)),
                REMOTE_JUNIOR_HIGH);
        assertEquals(List.of("teachers[0].agreedRate"), unknown.problems().stream().map(IspBudget.Problem::field).toList());
        assertTrue(unknown.problems().get(0).message().contains("TN-F-INTERNAL"));
        assertFalse(unknown.fundable());

        IspBudget.Computed stated = compute(plan(List.of(teacher("黃○玲", TeacherType.INTERNAL_TEACHER,
                new BigDecimal("405"))), cells, List.of(), extras(false, 0, null)), REMOTE_JUNIOR_HIGH);
        // 1 period × 18 weeks × 405; premium 7,290 × 2.11 % = 153.819 → 154
        assertEquals(List.of("TN-F-INTERNAL 黃○玲 18 × 405 = 7290", "TN-F-NHI - 1 × 154 = 154"), lines(stated));

        IspPlan.Teacher reduced = new IspPlan.Teacher("黃○玲", TeacherType.INTERNAL_TEACHER, "輔導教師", "專任輔導", "輔導證",
                null, null, true, false, false, null);
        IspBudget.Computed unpaid = compute(plan(List.of(reduced), cells, List.of(), extras(false, 0, null)),
                REMOTE_JUNIOR_HIGH);
        assertEquals(List.of("TN-F-INTERNAL 黃○玲 18 × 0 = 0"), lines(unpaid));
        assertTrue(unpaid.fundable());
    }

    @Test
    void outdoorActivityUpToItsLimit_theParticipantsPayTheRest_TN_F_OUTDOOR() {
        IspBudget.Computed budget = compute(plan(List.of(), List.of(), List.of(),
                new IspPlan.Extras(false, null, false, null, 0, null, new IspPlan.Outdoor("職場參訪體驗",
                        new BigDecimal("25000")), true, new BigDecimal("1200"))), REMOTE_JUNIOR_HIGH);
        assertEquals(List.of(
                "TN-F-OUTDOOR - 1 × 20000 = 20000",
                // TN-F-MISC as stated: 6 % × 20,000 = 1,200, its most
                "TN-F-MISC - 1 × 1200 = 1200"), lines(budget));
        assertEquals(0, new BigDecimal("5000").compareTo(budget.participantsPay()));
        assertTrue(budget.lines().get(0).basis().zhTw().contains("5,000 元由參加者自付"));
        assertEquals(List.of("TN-F-CAP"), budget.violations().stream().map(IspBudget.Finding::ruleId).toList(),
                "21,200 > 20,000");
        assertFalse(budget.breaks("TN-F-OUTDOOR"));
    }

    @Test
    void typedAmountsAboveTheScheduleAreFlagged_TN_F_ADMIN_TN_F_MATERIAL_TN_F_MISC() {
        IspPlan.Extras typed = new IspPlan.Extras(true, new BigDecimal("2500"), false, null, 2,
                new BigDecimal("1200"), null, false, new BigDecimal("500"));
        IspBudget.Computed budget = compute(plan(List.of(), List.of(), List.of(), typed), REMOTE_JUNIOR_HIGH);
        assertEquals(List.of("TN-F-ADMIN - 2 × 1200 = 2400", "TN-F-MATERIAL - 1 × 2500 = 2500", "TN-F-MISC - 1 × 500 = 500"),
                lines(budget));
        // 6 % of (2,400 + 2,500) = 294 < 500
        assertEquals(List.of("TN-F-ADMIN", "TN-F-MATERIAL", "TN-F-MISC"), budget.violations().stream()
                .map(IspBudget.Finding::ruleId).collect(Collectors.toList()));
    }

    @Test
    void counsellingCentreStaffArePaidNothing_TN_F_NO_CENTRE_FEE() {
        IspPlan.Teacher centre = new IspPlan.Teacher("蔡○婷", TeacherType.LICENSED_PROFESSIONAL, "心理師", "三級個案",
                "諮商心理師證書", LocalDate.of(2026, 2, 10), null, false, true, true, null);
        IspBudget.Computed budget = compute(plan(List.of(centre),
                List.of(cell(DayOfWeek.FRIDAY, IspPeriod.P2, "個別諮商", "蔡○婷", STUDENT)), List.of(),
                extras(false, 0, null)), REMOTE_JUNIOR_HIGH);
        // 1 period of 45 minutes a week = 0.75 h × 18 weeks, at nothing
        assertEquals(List.of("TN-F-LICENSED 蔡○婷 13.50 × 0 = 0.00"), lines(budget));
        assertTrue(budget.fundable());
    }
}
