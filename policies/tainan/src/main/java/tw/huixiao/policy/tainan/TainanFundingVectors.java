package tw.huixiao.policy.tainan;

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

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolLevel;
import tw.huixiao.policy.spi.SchoolProfile;
import tw.huixiao.policy.spi.funding.Budget;
import tw.huixiao.policy.spi.funding.BudgetLine;
import tw.huixiao.policy.spi.funding.FundingTestVector;

/** Worked examples at and across every TN-F boundary; the compatibility kit runs them. */
final class TainanFundingVectors {

    static final SchoolProfile REMOTE_JUNIOR_HIGH =
            new SchoolProfile("990401", CountyCode.TAINAN, "南化區", SchoolLevel.JUNIOR_HIGH, true);
    static final SchoolProfile CITY_JUNIOR_HIGH =
            new SchoolProfile("990403", CountyCode.TAINAN, "東區", SchoolLevel.JUNIOR_HIGH, false);
    static final SchoolProfile CITY_ELEMENTARY =
            new SchoolProfile("990402", CountyCode.TAINAN, "東區", SchoolLevel.ELEMENTARY, false);
    /** A 完全中學 (junior and senior high in one school). */
    static final SchoolProfile COMPLETE_SCHOOL =
            new SchoolProfile("990404", CountyCode.TAINAN, "安平區", SchoolLevel.COMPLETE, false);
    static final LocalDate DAY = LocalDate.of(2026, 3, 4);
    static final Map<String, String> NONE = Map.of();

    private TainanFundingVectors() {
    }

    /** The vectors, built once. */
    static final List<FundingTestVector> VECTORS = List.of(
            vector("a typical remote junior-high plan keeps every rule", REMOTE_JUNIOR_HIGH, validPlan()),
            // TN-F-CAP: 20,000 per case per application
            vector("a plan of exactly 20,000", CITY_JUNIOR_HIGH,
                    Budget.of(line(MATERIALS, null, null, "10", "2000", NONE))),
            vector("a plan of 20,001 in total", CITY_JUNIOR_HIGH,
                    Budget.of(line(MATERIALS, null, null, "10", "2000", NONE),
                            line(ADMINISTRATION, null, null, "1", "1", NONE)), "TN-F-CAP"),
            // TN-F-EXTERNAL: 400 / 450 / 550
            vector("external teacher, elementary, 400 per period", CITY_ELEMENTARY,
                    Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "2", "400", NONE))),
            vector("external teacher, elementary, 401 per period", CITY_ELEMENTARY,
                    Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "2", "401", NONE)), "TN-F-EXTERNAL"),
            vector("external teacher, junior high, 450 per period", CITY_JUNIOR_HIGH,
                    Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "2", "450", NONE))),
            vector("external teacher, junior high, 451 per period", CITY_JUNIOR_HIGH,
                    Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "2", "451", NONE)), "TN-F-EXTERNAL"),
            vector("external teacher, senior-high classes of a complete school, 550 per period", COMPLETE_SCHOOL,
                    Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "2", "550", Map.of("level", "SENIOR_HIGH")))),
            vector("external teacher, senior-high classes of a complete school, 551 per period", COMPLETE_SCHOOL,
                    Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "2", "551", Map.of("level", "SENIOR_HIGH"))),
                    "TN-F-EXTERNAL"),
            vector("external teacher of a complete school naming no level, 451 per period", COMPLETE_SCHOOL,
                    Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "2", "451", NONE)), "TN-F-EXTERNAL"),
            // TN-F-INTERNAL
            vector("internal teacher after school at the external rate", CITY_JUNIOR_HIGH,
                    Budget.of(line(INTERNAL_TEACHER, "林○文", DAY, "2", "450", Map.of("inSchoolHours", "false")))),
            vector("internal teacher after school above the external rate", CITY_JUNIOR_HIGH,
                    Budget.of(line(INTERNAL_TEACHER, "林○文", DAY, "2", "451", Map.of("inSchoolHours", "false"))),
                    "TN-F-INTERNAL"),
            vector("reduced-load counselling teacher unpaid in school hours, paid after school", CITY_JUNIOR_HIGH,
                    Budget.of(line(INTERNAL_TEACHER, "黃○玲", DAY, "1", "0",
                                    Map.of("inSchoolHours", "true", "reducedLoad", "true")),
                            line(INTERNAL_TEACHER, "黃○玲", DAY, "1", "450",
                                    Map.of("inSchoolHours", "false", "reducedLoad", "true")))),
            vector("reduced-load counselling teacher paid in school hours", CITY_JUNIOR_HIGH,
                    Budget.of(line(INTERNAL_TEACHER, "黃○玲", DAY, "1", "378",
                            Map.of("inSchoolHours", "true", "reducedLoad", "true"))), "TN-F-INTERNAL"),
            // TN-F-COUNSELLOR, TN-F-LICENSED, TN-F-PSYCHIATRIST
            vector("unlicensed counsellor 600 per hour", CITY_JUNIOR_HIGH,
                    Budget.of(line(COUNSELLOR, "張○恩", DAY, "1", "600", NONE))),
            vector("unlicensed counsellor 601 per hour", CITY_JUNIOR_HIGH,
                    Budget.of(line(COUNSELLOR, "張○恩", DAY, "1", "601", NONE)), "TN-F-COUNSELLOR"),
            vector("licensed psychologist 1,000 at a non-remote school", CITY_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "2", "1000", NONE))),
            vector("licensed psychologist 1,001 at a non-remote school", CITY_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "2", "1001", NONE)), "TN-F-LICENSED"),
            vector("licensed psychologist 1,100 at a non-remote school", CITY_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "2", "1100", NONE)), "TN-F-LICENSED"),
            vector("licensed psychologist 1,100 at a remote school", REMOTE_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "2", "1100", NONE))),
            vector("licensed psychologist 1,101 at a remote school", REMOTE_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "2", "1101", NONE)), "TN-F-LICENSED"),
            vector("psychiatrist 1,000 per hour", CITY_JUNIOR_HIGH,
                    Budget.of(line(PSYCHIATRIST, "周○宇", DAY, "1", "1000", NONE))),
            vector("psychiatrist 1,001 per hour", CITY_JUNIOR_HIGH,
                    Budget.of(line(PSYCHIATRIST, "周○宇", DAY, "1", "1001", NONE)), "TN-F-PSYCHIATRIST"),
            // TN-F-DAILY-CAP: 3,200 / 4,800 per person per day
            vector("one person 3,200 in a day", CITY_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "3", "1000", NONE),
                            line(COUNSELLOR, "吳○君", DAY, "1", "200", NONE))),
            vector("one person 3,201 in a day", CITY_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "3", "1000", NONE),
                            line(COUNSELLOR, "吳○君", DAY, "1", "201", NONE)), "TN-F-DAILY-CAP"),
            vector("one person 3,201 in a day at a remote school", REMOTE_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "3", "1067", NONE))),
            vector("one person 4,800 in a day at a non-remote school", CITY_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "4", "1000", NONE),
                            line(COUNSELLOR, "吳○君", DAY, "1", "600", NONE),
                            line(PSYCHIATRIST, "吳○君", DAY, "1", "200", NONE)), "TN-F-DAILY-CAP"),
            vector("one person 4,800 in a day at a remote school", REMOTE_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "4", "1100", NONE),
                            line(COUNSELLOR, "吳○君", DAY, "1", "400", NONE))),
            vector("one person 4,801 in a day at a remote school", REMOTE_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "4", "1100", NONE),
                            line(COUNSELLOR, "吳○君", DAY, "1", "401", NONE)), "TN-F-DAILY-CAP"),
            vector("3,000 in the same day for two different people", CITY_JUNIOR_HIGH,
                    Budget.of(line(LICENSED, "吳○君", DAY, "3", "1000", NONE),
                            line(LICENSED, "鄭○安", DAY, "3", "1000", NONE))),
            vector("an hourly fee without the day it is paid for", CITY_JUNIOR_HIGH,
                    Budget.of(line(EXTERNAL_TEACHER, "陳○華", null, "2", "450", NONE)), "TN-F-DAILY-CAP"),
            // TN-F-TRACKER: 675 < 30 km ≤ 1,000 < 50 km ≤ 1,450; 2 cases a day; 50 minutes
            vector("tracking visits at 29.9, 30, 49.9 and 50 km at their band rates, 2 a day each", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "29.9", "675"), visit("劉○宏", DAY, "30", "1000"),
                            visit("郭○晴", DAY, "49.9", "1000"), visit("郭○晴", DAY, "50", "1450"))),
            vector("tracking visit at 29.9 km paid 676", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "29.9", "676")), "TN-F-TRACKER"),
            vector("tracking visit at 29.9 km paid the 30 km rate", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "29.9", "1000")), "TN-F-TRACKER"),
            vector("tracking visit at 30 km paid 1,001", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "30", "1001")), "TN-F-TRACKER"),
            vector("tracking visit at 49.9 km paid the 50 km rate", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "49.9", "1450")), "TN-F-TRACKER"),
            vector("tracking visit at 50 km paid 1,451", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "50", "1451")), "TN-F-TRACKER"),
            vector("three tracking visits by one counsellor in a day", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "10", "675"), visit("劉○宏", DAY, "12", "675"),
                            visit("劉○宏", DAY, "14", "675")), "TN-F-TRACKER"),
            vector("three tracking visits by one counsellor over two days", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "10", "675"), visit("劉○宏", DAY, "12", "675"),
                            visit("劉○宏", DAY.plusDays(1), "14", "675"))),
            vector("a 45-minute tracking session", CITY_JUNIOR_HIGH,
                    Budget.of(line(TRACKER, "劉○宏", DAY, "1", "675", Map.of("distanceKm", "10", "minutes", "45"))),
                    "TN-F-TRACKER"),
            vector("a 49-minute tracking session", CITY_JUNIOR_HIGH,
                    Budget.of(line(TRACKER, "劉○宏", DAY, "1", "675", Map.of("distanceKm", "10", "minutes", "49"))),
                    "TN-F-TRACKER"),
            vector("a tracking visit without a date", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", null, "10", "675")), "TN-F-TRACKER"),
            // TN-F-ADMIN, TN-F-PRINT, TN-F-MATERIAL
            vector("administration 1,000 a month, printing 1,000 and materials 2,000 a student", CITY_JUNIOR_HIGH,
                    Budget.of(line(ADMINISTRATION, null, null, "3", "1000", NONE),
                            line(PRINTING, null, null, "2", "1000", NONE),
                            line(MATERIALS, null, null, "2", "2000", NONE))),
            vector("administration 1,001 in a month", CITY_JUNIOR_HIGH,
                    Budget.of(line(ADMINISTRATION, null, null, "1", "1001", NONE)), "TN-F-ADMIN"),
            vector("printing 1,001 per student", CITY_JUNIOR_HIGH,
                    Budget.of(line(PRINTING, null, null, "1", "1001", NONE)), "TN-F-PRINT"),
            vector("materials 2,001 per student", CITY_JUNIOR_HIGH,
                    Budget.of(line(MATERIALS, null, null, "1", "2001", NONE)), "TN-F-MATERIAL"),
            // TN-F-NHI: 2.11 % of hourly fees
            vector("premium 253 on 12,000 in hourly fees (2.11 % = 253.2)", CITY_JUNIOR_HIGH, premium("253")),
            vector("premium 254 on 12,000 in hourly fees", CITY_JUNIOR_HIGH, premium("254"), "TN-F-NHI"),
            vector("premium above 2.11 % of 1,800 in hourly fees", CITY_JUNIOR_HIGH,
                    Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "4", "450", NONE),
                            line(NHI, null, null, "1", "39", NONE)), "TN-F-NHI"),
            vector("a premium without hourly fees", CITY_JUNIOR_HIGH,
                    Budget.of(line(NHI, null, null, "1", "1", NONE)), "TN-F-NHI"),
            // TN-F-OUTDOOR
            vector("outdoor experience 20,000", CITY_JUNIOR_HIGH,
                    Budget.of(line(OUTDOOR, null, null, "1", "20000", NONE))),
            vector("outdoor experience 20,001", CITY_JUNIOR_HIGH,
                    Budget.of(line(OUTDOOR, null, null, "1", "20001", NONE)), "TN-F-OUTDOOR", "TN-F-CAP"),
            // TN-F-TRAVEL
            vector("travel on another day than the tracking visit", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "10", "675"),
                            line(TRAVEL, "劉○宏", DAY.plusDays(1), "1", "120", NONE))),
            vector("travel paid with a tracking fee for the same trip", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "10", "675"), line(TRAVEL, "劉○宏", DAY, "1", "120", NONE)),
                    "TN-F-TRAVEL"),
            vector("undated travel of a person also paid tracking fees", CITY_JUNIOR_HIGH,
                    Budget.of(visit("劉○宏", DAY, "10", "675"), line(TRAVEL, "劉○宏", null, "1", "120", NONE)),
                    "TN-F-TRAVEL"),
            // TN-F-MISC: 6 % of non-personnel recurring expenses
            vector("miscellaneous 60 on 1,000 of non-personnel expenses", CITY_JUNIOR_HIGH,
                    Budget.of(line(ADMINISTRATION, null, null, "1", "1000", NONE),
                            line(MISCELLANEOUS, null, null, "1", "60", NONE))),
            vector("miscellaneous 61 on 1,000 of non-personnel expenses", CITY_JUNIOR_HIGH,
                    Budget.of(line(ADMINISTRATION, null, null, "1", "1000", NONE),
                            line(MISCELLANEOUS, null, null, "1", "61", NONE)), "TN-F-MISC"),
            vector("miscellaneous on hourly fees only", CITY_JUNIOR_HIGH,
                    Budget.of(line(EXTERNAL_TEACHER, "陳○華", DAY, "4", "450", NONE),
                            line(MISCELLANEOUS, null, null, "1", "1", NONE)), "TN-F-MISC"),
            // TN-F-NO-CENTRE-FEE
            vector("counselling-centre staff taking part unpaid", CITY_JUNIOR_HIGH,
                    Budget.of(line(COUNSELLOR, "蔡○婷", DAY, "1", "0", Map.of("centreStaff", "true")))),
            vector("counselling-centre staff paid an hourly fee", CITY_JUNIOR_HIGH,
                    Budget.of(line(COUNSELLOR, "蔡○婷", DAY, "1", "600", Map.of("centreStaff", "true"))),
                    "TN-F-NO-CENTRE-FEE"),
            vector("counselling-centre staff paid as a tracking counsellor", CITY_JUNIOR_HIGH,
                    Budget.of(line(TRACKER, "蔡○婷", DAY, "1", "675",
                            Map.of("distanceKm", "10", "minutes", "50", "centreStaff", "true"))),
                    "TN-F-NO-CENTRE-FEE"));

    /** Kept for callers of the first version; the same list as {@link #VECTORS}. */
    static List<FundingTestVector> all() {
        return VECTORS;
    }

    /** 12,000 in licensed hours over four days (3,000 a day) and a supplementary premium. */
    static Budget premium(String amount) {
        return Budget.of(line(LICENSED, "吳○君", DAY, "3", "1000", NONE),
                line(LICENSED, "吳○君", DAY.plusDays(1), "3", "1000", NONE),
                line(LICENSED, "吳○君", DAY.plusDays(2), "3", "1000", NONE),
                line(LICENSED, "吳○君", DAY.plusDays(3), "3", "1000", NONE),
                line(NHI, null, null, "1", amount, NONE));
    }

    /** 4 external periods, a tracking visit, 2 months of administration, printing, materials, premium, 6 % miscellany. */
    static Budget validPlan() {
        return Budget.of(
                line(EXTERNAL_TEACHER, "陳○華", DAY, "4", "450", NONE),
                visit("劉○宏", DAY, "29.9", "675"),
                line(ADMINISTRATION, null, null, "2", "1000", NONE),
                line(PRINTING, null, null, "1", "1000", NONE),
                line(MATERIALS, null, null, "1", "2000", NONE),
                line(NHI, null, null, "1", "38", NONE),
                line(MISCELLANEOUS, null, null, "1", "300", NONE));
    }

    static BudgetLine visit(String counsellor, LocalDate date, String km, String fee) {
        return line(TRACKER, counsellor, date, "1", fee, Map.of("distanceKm", km, "minutes", "50"));
    }

    private static FundingTestVector vector(String name, SchoolProfile school, Budget budget, String... expected) {
        Set<RuleId> rules = Arrays.stream(expected).map(RuleId::of).collect(Collectors.toSet());
        return new FundingTestVector(name, school, budget, rules);
    }
}
