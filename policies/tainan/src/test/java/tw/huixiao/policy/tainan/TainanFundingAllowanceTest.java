package tw.huixiao.policy.tainan;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolProfile;
import tw.huixiao.policy.spi.funding.Budget;
import tw.huixiao.policy.spi.funding.BudgetLine;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.tck.CitesRule;

/**
 * What each TN-F rule allows a line (SPI 1.2 allowances), the amounts hosts compute ISP budgets
 * with: the rates of the funding schedule (seed 004, ISP 經費明細表) by school level and remote
 * area, the tracking bands, and the premium and miscellany derived from the rest of the budget.
 */
class TainanFundingAllowanceTest {

    private static final FundingPolicy.Rules RULES = (FundingPolicy.Rules) new TainanPolicy().funding();

    private static Optional<BigDecimal> allowed(BudgetLine line, Budget budget, SchoolProfile school) {
        return RULES.allowedUnitAmount(line, budget, school);
    }

    private static Optional<BigDecimal> allowed(String kind, Map<String, String> attributes, SchoolProfile school) {
        BudgetLine line = line(kind, "王○明", DAY, "1", "0", attributes);
        return allowed(line, Budget.of(), school);
    }

    private static Optional<BigDecimal> amount(String value) {
        return Optional.of(new BigDecimal(value));
    }

    @Test
    @CitesRule("TN-F-EXTERNAL")
    void externalTeachers_400_450_550ByLevel() {
        assertEquals(amount("400"), allowed(EXTERNAL_TEACHER, NONE, CITY_ELEMENTARY));
        assertEquals(amount("450"), allowed(EXTERNAL_TEACHER, NONE, CITY_JUNIOR_HIGH));
        assertEquals(amount("450"), allowed(EXTERNAL_TEACHER, NONE, REMOTE_JUNIOR_HIGH), "no remote-area rate");
        assertEquals(amount("550"), allowed(EXTERNAL_TEACHER, Map.of("level", "SENIOR_HIGH"), COMPLETE_SCHOOL));
    }

    @Test
    @CitesRule("TN-F-INTERNAL")
    void internalTeachers_externalRateAfterSchool_nothingForReducedLoad_noneFromThisDocumentInSchoolHours() {
        assertEquals(amount("450"), allowed(INTERNAL_TEACHER, Map.of("inSchoolHours", "false"), CITY_JUNIOR_HIGH));
        assertEquals(amount("400"), allowed(INTERNAL_TEACHER, Map.of("inSchoolHours", "false"), CITY_ELEMENTARY));
        assertEquals(amount("0"), allowed(INTERNAL_TEACHER, Map.of("inSchoolHours", "true", "reducedLoad", "true"),
                CITY_JUNIOR_HIGH));
        assertEquals(Optional.empty(), allowed(INTERNAL_TEACHER, Map.of("inSchoolHours", "true"), CITY_JUNIOR_HIGH),
                "the public-school part-time rate table is not part of the ISP document");
    }

    @Test
    @CitesRule("TN-F-COUNSELLOR")
    @CitesRule("TN-F-LICENSED")
    @CitesRule("TN-F-PSYCHIATRIST")
    void professionals_600_1000Or1100Remote_1000() {
        assertEquals(amount("600"), allowed(COUNSELLOR, NONE, REMOTE_JUNIOR_HIGH));
        assertEquals(amount("1000"), allowed(LICENSED, NONE, CITY_JUNIOR_HIGH));
        assertEquals(amount("1100"), allowed(LICENSED, NONE, REMOTE_JUNIOR_HIGH));
        assertEquals(amount("1000"), allowed(PSYCHIATRIST, NONE, REMOTE_JUNIOR_HIGH));
    }

    @Test
    @CitesRule("TN-F-NO-CENTRE-FEE")
    void counsellingCentreStaffAreAllowedNothing() {
        assertEquals(amount("0"), allowed(LICENSED, Map.of("centreStaff", "true"), REMOTE_JUNIOR_HIGH));
        assertEquals(amount("0"), allowed(TRACKER, Map.of("centreStaff", "true", "distanceKm", "10"), CITY_JUNIOR_HIGH));
    }

    @Test
    @CitesRule("TN-F-TRACKER")
    void trackingVisitsByDistanceBand_675_1000_1450() {
        assertEquals(amount("675"), allowed(TRACKER, Map.of("distanceKm", "29.9"), CITY_JUNIOR_HIGH));
        assertEquals(amount("1000"), allowed(TRACKER, Map.of("distanceKm", "30"), CITY_JUNIOR_HIGH));
        assertEquals(amount("1000"), allowed(TRACKER, Map.of("distanceKm", "49.9"), CITY_JUNIOR_HIGH));
        assertEquals(amount("1450"), allowed(TRACKER, Map.of("distanceKm", "50"), CITY_JUNIOR_HIGH));
        assertEquals(Optional.empty(), allowed(TRACKER, NONE, CITY_JUNIOR_HIGH), "no distance, no band");
    }

    @Test
    @CitesRule("TN-F-ADMIN")
    @CitesRule("TN-F-PRINT")
    @CitesRule("TN-F-MATERIAL")
    void administrationPrintingAndMaterials_1000_1000_2000() {
        assertEquals(amount("1000"), allowed(ADMINISTRATION, NONE, CITY_JUNIOR_HIGH));
        assertEquals(amount("1000"), allowed(PRINTING, NONE, CITY_JUNIOR_HIGH));
        assertEquals(amount("2000"), allowed(MATERIALS, NONE, CITY_ELEMENTARY));
    }

    @Test
    @CitesRule("TN-F-NHI")
    void thePremiumIs2_11PercentOfTheHourlyFeesRounded() {
        // 2 periods × 18 weeks × 450 = 16,200 in fees; 16,200 × 2.11 % = 341.82 → 342.
        Budget fees = Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "36", "450", NONE),
                line(TRACKER, "林○○", DAY, "1", "675", Map.of("distanceKm", "10", "minutes", "50")));
        BudgetLine premium = line(NHI, null, null, "1", "0", NONE);
        assertEquals(amount("342"), allowed(premium, fees, REMOTE_JUNIOR_HIGH), "tracking visits are not hourly fees");
        assertEquals(amount("0"), allowed(premium, Budget.of(), CITY_JUNIOR_HIGH));
    }

    @Test
    @CitesRule("TN-F-MISC")
    void miscellanyIs6PercentOfNonPersonnelRecurringRoundedDown() {
        // (3 × 1,000 administration + 2,000 materials + 1,000 printing + 55 travel) × 6 % = 363.3 → 363.
        Budget recurring = Budget.of(line(ADMINISTRATION, null, null, "3", "1000", NONE),
                line(MATERIALS, null, null, "1", "2000", NONE), line(PRINTING, null, null, "1", "1000", NONE),
                line(TRAVEL, "林○○", DAY, "1", "55", NONE),
                line(EXTERNAL_TEACHER, "陳○華", DAY, "2", "450", NONE));
        BudgetLine misc = line(MISCELLANEOUS, null, null, "1", "0", NONE);
        assertEquals(amount("363"), allowed(misc, recurring, CITY_JUNIOR_HIGH));
        // A miscellany line already in the budget is not counted against itself; another one is.
        Budget withMisc = new Budget(java.util.stream.Stream.concat(recurring.lines().stream(),
                java.util.stream.Stream.of(misc, line(MISCELLANEOUS, null, null, "1", "100", NONE))).toList());
        assertEquals(amount("263"), allowed(misc, withMisc, CITY_JUNIOR_HIGH));
    }

    @Test
    @CitesRule("TN-F-OUTDOOR")
    void outdoorExperienceUpTo20000() {
        assertEquals(amount("20000"), allowed(line(OUTDOOR, null, null, "1", "0", NONE), Budget.of(), CITY_JUNIOR_HIGH));
        Budget oneTrip = Budget.of(line(OUTDOOR, null, null, "1", "12000", NONE));
        assertEquals(amount("8000"), allowed(line(OUTDOOR, null, null, "1", "0", NONE), oneTrip, CITY_JUNIOR_HIGH));
    }

    @Test
    @CitesRule("TN-F-DAILY-CAP")
    @CitesRule("TN-F-CAP")
    @CitesRule("TN-F-TRAVEL")
    void aggregateLimitsSetNoPerLineAmount() {
        // The daily cap and the case cap limit sums; travel is paid at actual cost: no allowance.
        assertEquals(Optional.empty(), allowed(TRAVEL, NONE, CITY_JUNIOR_HIGH));
        assertEquals(amount("1100"), allowed(LICENSED, NONE, REMOTE_JUNIOR_HIGH),
                "the daily cap (4,800) does not lower a single hour's rate");
    }
}
