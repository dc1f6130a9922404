package tw.huixiao.policy.tainan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolLevel;
import tw.huixiao.policy.spi.SchoolProfile;
import tw.huixiao.policy.spi.funding.Budget;
import tw.huixiao.policy.spi.funding.BudgetItemKind;
import tw.huixiao.policy.spi.funding.BudgetLine;
import tw.huixiao.policy.spi.funding.DecisionRow;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.funding.FundingRule;
import tw.huixiao.policy.spi.funding.Violation;

/**
 * Tainan's ISP funding schedule (seed 004, 九、經費編列 and the ISP 經費明細表), rules TN-F-*.
 * Amounts in NTD. Line attributes the rules read: {@code inSchoolHours}, {@code reducedLoad}
 * (輔導教師已減授課), {@code centreStaff} (輔諮中心專業輔導人員), {@code distanceKm} and
 * {@code minutes} (tracking visits), {@code level} (the level a line of a {@code COMPLETE} school
 * teaches in: ELEMENTARY, JUNIOR_HIGH or SENIOR_HIGH).
 */
final class TainanFunding {

    static final String INTERNAL_TEACHER = "INTERNAL_TEACHER";
    static final String EXTERNAL_TEACHER = "EXTERNAL_TEACHER";
    static final String COUNSELLOR = "UNLICENSED_COUNSELLOR";
    static final String LICENSED = "LICENSED_PROFESSIONAL";
    static final String PSYCHIATRIST = "PSYCHIATRIST";
    static final String TRACKER = "TRACKING_COUNSELLOR";
    static final String ADMINISTRATION = "ADMINISTRATION";
    static final String PRINTING = "PRINTING";
    static final String MATERIALS = "MATERIALS";
    static final String NHI = "NHI_SUPPLEMENTARY_PREMIUM";
    static final String OUTDOOR = "OUTDOOR_EXPERIENCE";
    static final String TRAVEL = "TRAVEL";
    static final String MISCELLANEOUS = "MISCELLANEOUS";

    /** 鐘點費: the fees the daily cap, the premium and the 輔諮中心 ban read. */
    static final Set<String> HOURLY = Set.of(INTERNAL_TEACHER, EXTERNAL_TEACHER, COUNSELLOR, LICENSED, PSYCHIATRIST);
    /** Fees paid to a person for case work: hourly fees and tracking visits. */
    static final Set<String> FEES = Set.of(INTERNAL_TEACHER, EXTERNAL_TEACHER, COUNSELLOR, LICENSED, PSYCHIATRIST,
            TRACKER);
    /** 用人費用: fees paid to people, and the premium levied on them. */
    static final Set<String> PERSONNEL = Set.of(INTERNAL_TEACHER, EXTERNAL_TEACHER, COUNSELLOR, LICENSED,
            PSYCHIATRIST, TRACKER, NHI);
    /** 用人費用以外之經常支出: the base of the 6 % miscellany. */
    static final Set<String> NON_PERSONNEL_RECURRING = Set.of(ADMINISTRATION, PRINTING, MATERIALS, OUTDOOR, TRAVEL);

    static final BigDecimal CASE_CAP = new BigDecimal("20000");
    static final BigDecimal NHI_RATE = new BigDecimal("0.0211");
    static final BigDecimal MISC_RATE = new BigDecimal("0.06");

    private TainanFunding() {
    }

    static final BigDecimal ELEMENTARY_RATE = new BigDecimal("400");
    static final BigDecimal JUNIOR_HIGH_RATE = new BigDecimal("450");
    static final BigDecimal SENIOR_HIGH_RATE = new BigDecimal("550");
    static final BigDecimal DAILY_CAP = new BigDecimal("3200");
    static final BigDecimal DAILY_CAP_REMOTE = new BigDecimal("4800");
    static final BigDecimal TRACKER_NEAR = new BigDecimal("675");
    static final BigDecimal TRACKER_MIDDLE = new BigDecimal("1000");
    static final BigDecimal TRACKER_FAR = new BigDecimal("1450");
    static final BigDecimal BAND_30_KM = new BigDecimal("30");
    static final BigDecimal BAND_50_KM = new BigDecimal("50");
    static final BigDecimal COUNSELLOR_RATE = new BigDecimal("600");
    static final BigDecimal LICENSED_RATE = new BigDecimal("1000");
    static final BigDecimal LICENSED_RATE_REMOTE = new BigDecimal("1100");
    static final BigDecimal PSYCHIATRIST_RATE = new BigDecimal("1000");
    static final BigDecimal ADMIN_CAP = new BigDecimal("1000");
    static final BigDecimal PRINT_CAP = new BigDecimal("1000");
    static final BigDecimal MATERIAL_CAP = new BigDecimal("2000");
    static final BigDecimal OUTDOOR_CAP = new BigDecimal("20000");
    static final int TRACKER_CASES_PER_DAY = 2;
    static final int TRACKER_MINUTES = 50;

    /** Built once: the host calls the module concurrently, and ServiceLoader makes many instances. */
    static final FundingPolicy POLICY = new FundingPolicy.Rules(items(), rules(), TainanFundingVectors.VECTORS);

    static FundingPolicy policy() {
        return POLICY;
    }

    /**
     * The external-teacher rate (外聘教師國民小學400元/節、國民中學450元/節、高級中等學校550元/節) by
     * the school's level. {@link SchoolLevel#COMPLETE} covers both 國民中小學 and 完全中學, so a
     * line of such a school names the level it teaches in attribute {@code level}
     * (ELEMENTARY, JUNIOR_HIGH, SENIOR_HIGH); without it the junior-high rate applies.
     */
    static BigDecimal externalRate(SchoolLevel level, BudgetLine line) {
        return switch (level) {
            case ELEMENTARY -> ELEMENTARY_RATE;
            case JUNIOR_HIGH -> JUNIOR_HIGH_RATE;
            case COMPLETE -> switch (line.attribute("level").orElse("JUNIOR_HIGH")) {
                case "ELEMENTARY" -> ELEMENTARY_RATE;
                case "SENIOR_HIGH" -> SENIOR_HIGH_RATE;
                default -> JUNIOR_HIGH_RATE;
            };
        };
    }

    static BigDecimal trackerRate(BigDecimal distanceKm) {
        if (distanceKm.compareTo(BAND_30_KM) < 0) {
            return TRACKER_NEAR;
        }
        return distanceKm.compareTo(BAND_50_KM) < 0 ? TRACKER_MIDDLE : TRACKER_FAR;
    }

    private static List<BudgetItemKind> items() {
        return List.of(
                item(INTERNAL_TEACHER, "內聘教師鐘點費", "Internal teacher fee", "節", "period", "TN-F-INTERNAL"),
                item(EXTERNAL_TEACHER, "外聘教師鐘點費", "External teacher fee", "節", "period", "TN-F-EXTERNAL"),
                item(COUNSELLOR, "專業輔導人員（未具證照）鐘點費", "Unlicensed professional counsellor fee", "時", "hour",
                        "TN-F-COUNSELLOR"),
                item(LICENSED, "諮商心理師、臨床心理師或社會工作師鐘點費", "Licensed psychologist or social worker fee", "時",
                        "hour", "TN-F-LICENSED"),
                item(PSYCHIATRIST, "精神科醫師鐘點費", "Psychiatrist fee", "時", "hour", "TN-F-PSYCHIATRIST"),
                item(TRACKER, "追蹤輔導員", "Tracking counsellor visit", "人次", "visit", "TN-F-TRACKER"),
                item(ADMINISTRATION, "業務行政費", "Administration", "月", "month", "TN-F-ADMIN"),
                item(PRINTING, "教材印製費", "Teaching-material printing", "人", "student per semester", "TN-F-PRINT"),
                item(MATERIALS, "材料費", "Materials", "人", "student per semester", "TN-F-MATERIAL"),
                item(NHI, "二代健保補充保費", "Supplementary health-insurance premium", "式", "lump sum", "TN-F-NHI"),
                item(OUTDOOR, "戶外活動體驗費", "Outdoor experience", "式", "lump sum", "TN-F-OUTDOOR"),
                item(TRAVEL, "交通費", "Staff travel for searches", "式", "actual cost", "TN-F-TRAVEL"),
                item(MISCELLANEOUS, "雜支", "Miscellaneous", "式", "lump sum", "TN-F-MISC"));
    }

    private static BudgetItemKind item(String code, String zh, String en, String unitZh, String unitEn, String rule) {
        return new BudgetItemKind(code, LocalizedText.of(zh, en), LocalizedText.of(unitZh, unitEn), RuleId.of(rule));
    }

    private static List<FundingRule> rules() {
        return List.of(
                rule("TN-F-CAP", "每案每次申請經費以 2 萬元為原則；逾此請於每年 1–2 月申辦多元教育輔導措施計畫",
                        "At most 20,000 per case per application; more support through the January–February "
                                + "multiple educational counselling measures application",
                        List.of(row(Map.of(), "20000", "case")), (budget, school) -> {
                            BigDecimal total = budget.total();
                            return total.compareTo(CASE_CAP) <= 0 ? List.of()
                                    : List.of(violation("TN-F-CAP", -1,
                                    "本案經費 " + money(total) + " 元超過每案 20,000 元上限；請改循多元教育輔導措施申請",
                                    "Budget " + money(total) + " exceeds the 20,000 per-case cap; apply through the "
                                            + "multiple educational counselling measures instead"));
                        }),
                rule("TN-F-INTERNAL", "內聘教師：課後或假期授課比照外聘教師鐘點費；已減授課之輔導教師於正常上課時間不得支領鐘點費；"
                                + "課間授課比照公立中小學兼任及代課教師鐘點費支給基準表",
                        "Internal teachers: after school or in holidays at the external rate; counselling teachers "
                                + "with a reduced load get no fee in school hours; in school hours the public-school "
                                + "part-time/substitute rate table applies",
                        List.of(row(Map.of("inSchoolHours", "false", "level", "ELEMENTARY"), "400", "period"),
                                row(Map.of("inSchoolHours", "false", "level", "JUNIOR_HIGH"), "450", "period"),
                                row(Map.of("inSchoolHours", "true", "reducedLoad", "true"), "0", "period")),
                        (budget, school) -> eachLine(budget, INTERNAL_TEACHER, (line, i) -> {
                            boolean inSchool = flag(line, "inSchoolHours");
                            if (inSchool && flag(line, "reducedLoad") && line.amount().signum() > 0) {
                                return violation("TN-F-INTERNAL", i, "已減授課之輔導教師 " + payee(line) + " 於上課時間不得支領鐘點費",
                                        "Counselling teacher " + payee(line) + " has a reduced load: no fee in school hours");
                            }
                            BigDecimal rate = externalRate(school.level(), line);
                            if (!inSchool && line.unitAmount().compareTo(rate) > 0) {
                                return violation("TN-F-INTERNAL", i, "內聘教師 " + payee(line) + " 課後鐘點費 "
                                                + money(line.unitAmount()) + " > " + money(rate),
                                        "Internal teacher " + payee(line) + " after-school fee " + money(line.unitAmount())
                                                + " > " + money(rate));
                            }
                            return null;
                        }),
                        TainanFunding::internalAllowance),
                rule("TN-F-EXTERNAL", "外聘教師鐘點費：國民小學 400 元/節、國民中學 450 元/節、高級中等學校 550 元/節",
                        "External teachers: elementary 400, junior high 450, senior high 550 per period",
                        List.of(row(Map.of("level", "ELEMENTARY"), "400", "period"),
                                row(Map.of("level", "JUNIOR_HIGH"), "450", "period"),
                                row(Map.of("level", "SENIOR_HIGH"), "550", "period")),
                        (budget, school) -> eachLine(budget, EXTERNAL_TEACHER, (line, i) -> {
                            BigDecimal rate = externalRate(school.level(), line);
                            return line.unitAmount().compareTo(rate) <= 0 ? null
                                    : violation("TN-F-EXTERNAL", i, "外聘教師 " + levelZh(rate) + " 鐘點費 "
                                                    + money(line.unitAmount()) + " > " + money(rate) + "（" + payee(line) + "）",
                                            "External teacher " + levelEn(rate) + " fee " + money(line.unitAmount())
                                                    + " > " + money(rate) + " (" + payee(line) + ")");
                        }),
                        (line, budget, school) -> kind(line, EXTERNAL_TEACHER, externalRate(school.level(), line))),
                rule("TN-F-COUNSELLOR", "未具證照之專業輔導人員（臨床或諮商心理碩士，實習一年以上）鐘點費 600 元/時",
                        "Unlicensed professional counsellors (master's in clinical/counselling psychology, "
                                + "≥ 1 year internship): 600 per hour",
                        List.of(row(Map.of(), "600", "hour")),
                        (budget, school) -> capEach(budget, COUNSELLOR, "TN-F-COUNSELLOR", COUNSELLOR_RATE,
                                "專業輔導人員鐘點費", "Counsellor fee"),
                        (line, budget, school) -> kind(line, COUNSELLOR, COUNSELLOR_RATE)),
                rule("TN-F-LICENSED", "諮商心理師、臨床心理師或社會工作師鐘點費 1,000 元/時；偏遠地區學校 1,100 元/時",
                        "Licensed psychologists or social workers: 1,000 per hour; remote-area schools 1,100",
                        List.of(row(Map.of("remoteArea", "false"), "1000", "hour"),
                                row(Map.of("remoteArea", "true"), "1100", "hour")),
                        (budget, school) -> capEach(budget, LICENSED, "TN-F-LICENSED",
                                school.remoteArea() ? LICENSED_RATE_REMOTE : LICENSED_RATE, "專業證照人員鐘點費",
                                "Licensed professional fee"),
                        (line, budget, school) -> kind(line, LICENSED, school.remoteArea() ? LICENSED_RATE_REMOTE : LICENSED_RATE)),
                rule("TN-F-PSYCHIATRIST", "精神科醫師鐘點費 1,000 元/時", "Psychiatrists: 1,000 per hour",
                        List.of(row(Map.of(), "1000", "hour")),
                        (budget, school) -> capEach(budget, PSYCHIATRIST, "TN-F-PSYCHIATRIST", PSYCHIATRIST_RATE,
                                "精神科醫師鐘點費", "Psychiatrist fee"),
                        (line, budget, school) -> kind(line, PSYCHIATRIST, PSYCHIATRIST_RATE)),
                rule("TN-F-DAILY-CAP", "每人每日支領鐘點費上限 3,200 元；偏遠地區學校 4,800 元",
                        "Any one person at most 3,200 per day; remote-area schools 4,800",
                        List.of(row(Map.of("remoteArea", "false"), "3200", "person per day"),
                                row(Map.of("remoteArea", "true"), "4800", "person per day")),
                        TainanFunding::dailyCap),
                rule("TN-F-TRACKER", "追蹤輔導員：距離未達 30 公里 675 元、30 至未達 50 公里 1,000 元、50 公里以上 1,450 元；"
                                + "每名輔導員每日限訪 2 名個案；每次面談 50 分鐘以上並撰寫紀錄",
                        "Tracking counsellors: 675 under 30 km, 1,000 for 30–50 km, 1,450 from 50 km; at most 2 "
                                + "cases per counsellor per day; each session at least 50 minutes with a record",
                        List.of(row(Map.of("distanceKm", "<30"), "675", "visit"),
                                row(Map.of("distanceKm", "30–<50"), "1000", "visit"),
                                row(Map.of("distanceKm", ">=50"), "1450", "visit")),
                        TainanFunding::tracker,
                        (line, budget, school) -> TRACKER.equals(line.itemKind())
                                ? line.attribute("distanceKm").map(km -> trackerRate(new BigDecimal(km)))
                                : Optional.empty()),
                rule("TN-F-ADMIN", "業務行政費每月最高 1,000 元", "Administration at most 1,000 per month",
                        List.of(row(Map.of(), "1000", "month")),
                        (budget, school) -> capEach(budget, ADMINISTRATION, "TN-F-ADMIN", ADMIN_CAP,
                                "業務行政費（每月）", "Administration per month"),
                        (line, budget, school) -> kind(line, ADMINISTRATION, ADMIN_CAP)),
                rule("TN-F-PRINT", "教材印製費每名學生每學期 1,000 元", "Printing 1,000 per student per semester",
                        List.of(row(Map.of(), "1000", "student per semester")),
                        (budget, school) -> capEach(budget, PRINTING, "TN-F-PRINT", PRINT_CAP,
                                "教材印製費（每生每學期）", "Printing per student per semester"),
                        (line, budget, school) -> kind(line, PRINTING, PRINT_CAP)),
                rule("TN-F-MATERIAL", "材料費每名學生每學期 2,000 元", "Materials 2,000 per student per semester",
                        List.of(row(Map.of(), "2000", "student per semester")),
                        (budget, school) -> capEach(budget, MATERIALS, "TN-F-MATERIAL", MATERIAL_CAP,
                                "材料費（每生每學期）", "Materials per student per semester"),
                        (line, budget, school) -> kind(line, MATERIALS, MATERIAL_CAP)),
                rule("TN-F-NHI", "二代健保補充保費以鐘點費乘以補充保費費率（2.11%）為上限",
                        "Supplementary premium at most the hourly fees × the premium rate (2.11 %)",
                        List.of(row(Map.of(), "0.0211", "× hourly fees")), TainanFunding::nhi,
                        (line, budget, school) -> NHI.equals(line.itemKind())
                                ? Optional.of(share(nhiLimit(budget), budget, line)) : Optional.empty()),
                rule("TN-F-OUTDOOR", "戶外活動體驗費補助上限 20,000 元，不足部分由使用者付費",
                        "Outdoor experience at most 20,000; participants pay the rest",
                        List.of(row(Map.of(), "20000", "lump sum")),
                        (budget, school) -> capTotal(budget, OUTDOOR, "TN-F-OUTDOOR", OUTDOOR_CAP,
                                "戶外活動體驗費", "Outdoor experience"),
                        (line, budget, school) -> OUTDOOR.equals(line.itemKind())
                                ? Optional.of(share(OUTDOOR_CAP, budget, line)) : Optional.empty()),
                rule("TN-F-TRAVEL", "協尋交通費依國內出差旅費報支要點核實列支，不得與追蹤輔導費重複支領",
                        "Search travel at actual cost under the national travel rules, never with a tracking "
                                + "counsellor fee for the same trip",
                        List.of(), TainanFunding::travel),
                rule("TN-F-MISC", "雜支以用人費用以外之經常支出 6% 為上限",
                        "Miscellaneous at most 6 % of recurring expenses other than personnel costs",
                        List.of(row(Map.of(), "0.06", "× non-personnel recurring")), TainanFunding::miscellany,
                        (line, budget, school) -> MISCELLANEOUS.equals(line.itemKind())
                                ? Optional.of(share(miscLimit(budget), budget, line)) : Optional.empty()),
                rule("TN-F-NO-CENTRE-FEE", "輔諮中心專業輔導人員不得支領本案鐘點費（亦不得以追蹤輔導員支領）",
                        "Staff of the student counselling centre may not be paid hourly fees (nor tracking "
                                + "fees) from the ISP",
                        List.of(), (budget, school) -> eachLine(budget, FEES::contains, (line, i) ->
                                flag(line, "centreStaff") && line.amount().signum() > 0
                                        ? violation("TN-F-NO-CENTRE-FEE", i, "輔諮中心人員 " + payee(line) + " 不得支領鐘點費",
                                        "Counselling-centre staff " + payee(line) + " may not be paid hourly fees")
                                        : null),
                        (line, budget, school) -> FEES.contains(line.itemKind()) && flag(line, "centreStaff")
                                ? Optional.of(BigDecimal.ZERO) : Optional.empty()));
    }

    /**
     * TN-F-DAILY-CAP: what one person is paid in hourly fees (鐘點費) on one day — periods (節) at
     * the period rate, professionals' time in hours (時) at the hourly rate — at most 3,200
     * (remote 4,800). One finding per person, listing every day over the cap: a weekly pattern
     * that breaks it breaks it on every week's day, and that is one problem to fix.
     */
    private static List<Violation> dailyCap(Budget budget, SchoolProfile school) {
        BigDecimal cap = school.remoteArea() ? DAILY_CAP_REMOTE : DAILY_CAP;
        Map<String, Map<LocalDate, BigDecimal>> perPersonDay = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < budget.lines().size(); i++) {
            BudgetLine line = budget.lines().get(i);
            if (!HOURLY.contains(line.itemKind()) || line.amount().signum() == 0) {
                continue;
            }
            if (line.payee() == null || line.date() == null) {
                // 每人每日: without the person and the day the cap cannot be checked.
                violations.add(violation("TN-F-DAILY-CAP", i, "鐘點費須載明支領人及日期，方能核對每人每日上限",
                        "Hourly fees must name the person and the day so the daily cap can be checked"));
                continue;
            }
            perPersonDay.computeIfAbsent(line.payee(), p -> new TreeMap<>()).merge(line.date(), line.amount(),
                    BigDecimal::add);
            firstLine.putIfAbsent(line.payee(), i);
        }
        perPersonDay.forEach((who, days) -> {
            Map<LocalDate, BigDecimal> over = new TreeMap<>();
            days.forEach((day, sum) -> {
                if (sum.compareTo(cap) > 0) {
                    over.put(day, sum);
                }
            });
            if (over.isEmpty()) {
                return;
            }
            boolean same = over.values().stream().distinct().count() == 1;
            String each = same ? money(over.values().iterator().next()) : null;
            String datesZh = over.entrySet().stream().map(e -> rocDate(e.getKey())
                    + (same ? "" : "（" + money(e.getValue()) + " 元）")).collect(Collectors.joining("、"));
            String datesEn = over.entrySet().stream().map(e -> e.getKey()
                    + (same ? "" : " (" + money(e.getValue()) + ")")).collect(Collectors.joining(", "));
            violations.add(violation("TN-F-DAILY-CAP", firstLine.get(who),
                    who + " 每日鐘點費上限 " + money(cap) + " 元，" + over.size() + " 日超過"
                            + (same ? "（每日 " + each + " 元）" : "") + "：" + datesZh,
                    who + " over the daily cap of " + money(cap) + " on " + over.size() + " day(s)"
                            + (same ? " (" + each + " a day)" : "") + ": " + datesEn));
        });
        return violations;
    }

    /** 115/3/4: the ROC date as staff write it in budget notes. */
    static String rocDate(LocalDate day) {
        return (day.getYear() - 1911) + "/" + day.getMonthValue() + "/" + day.getDayOfMonth();
    }

    private static List<Violation> tracker(Budget budget, SchoolProfile school) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Map<LocalDate, BigDecimal>> visitsPerDay = new LinkedHashMap<>();
        for (int i = 0; i < budget.lines().size(); i++) {
            BudgetLine line = budget.lines().get(i);
            if (!TRACKER.equals(line.itemKind())) {
                continue;
            }
            BigDecimal distance = line.attribute("distanceKm").map(BigDecimal::new).orElse(null);
            if (distance == null) {
                violations.add(violation("TN-F-TRACKER", i, "追蹤輔導員 " + payee(line) + " 未填個案居住地距離",
                        "Tracking counsellor " + payee(line) + ": distance to the student's home missing"));
            } else if (line.unitAmount().compareTo(trackerRate(distance)) > 0) {
                violations.add(violation("TN-F-TRACKER", i, "追蹤輔導員 " + payee(line) + " 距離 " + distance.toPlainString()
                                + " 公里 每次 " + money(line.unitAmount()) + " > " + money(trackerRate(distance)),
                        "Tracking counsellor " + payee(line) + " at " + distance.toPlainString() + " km "
                                + money(line.unitAmount()) + " per visit > " + money(trackerRate(distance))));
            }
            int minutes = line.attribute("minutes").map(Integer::parseInt).orElse(0);
            if (minutes < TRACKER_MINUTES) {
                violations.add(violation("TN-F-TRACKER", i, "追蹤輔導員 " + payee(line) + " 面談 " + minutes + " 分鐘，未達 50 分鐘",
                        "Tracking counsellor " + payee(line) + " session " + minutes + " min, under 50 minutes"));
            }
            if (line.date() == null) {
                violations.add(violation("TN-F-TRACKER", i, "追蹤輔導員 " + payee(line) + " 未填訪視日期，無法核對每日 2 案",
                        "Tracking counsellor " + payee(line) + ": visit date missing, so 2 cases a day cannot be checked"));
            } else {
                visitsPerDay.computeIfAbsent(payee(line), p -> new TreeMap<>()).merge(line.date(), line.quantity(),
                        BigDecimal::add);
            }
        }
        // One finding per counsellor, listing the days with more than 2 visits.
        visitsPerDay.forEach((who, days) -> {
            Map<LocalDate, BigDecimal> over = new TreeMap<>();
            days.forEach((day, visits) -> {
                if (visits.compareTo(BigDecimal.valueOf(TRACKER_CASES_PER_DAY)) > 0) {
                    over.put(day, visits);
                }
            });
            if (!over.isEmpty()) {
                violations.add(violation("TN-F-TRACKER", -1, "追蹤輔導員 " + who + " 每日限訪 2 案，" + over.size() + " 日超過："
                                + over.entrySet().stream().map(e -> rocDate(e.getKey()) + "（" + e.getValue().toPlainString()
                                + " 案）").collect(Collectors.joining("、")),
                        "Tracking counsellor " + who + " over 2 visits a day on " + over.size() + " day(s): "
                                + over.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue().toPlainString()
                                + ")").collect(Collectors.joining(", "))));
            }
        });
        return violations;
    }

    private static List<Violation> nhi(Budget budget, SchoolProfile school) {
        BigDecimal limit = nhiLimit(budget);
        BigDecimal premium = sum(budget, NHI::equals);
        return premium.compareTo(limit) <= 0 ? List.of()
                : List.of(violation("TN-F-NHI", -1, "二代健保補充保費 " + money(premium) + " > 鐘點費 × 2.11% = " + money(limit),
                "Supplementary premium " + money(premium) + " > hourly fees × 2.11 % = " + money(limit)));
    }

    private static List<Violation> travel(Budget budget, SchoolProfile school) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < budget.lines().size(); i++) {
            BudgetLine line = budget.lines().get(i);
            // The same trip: the same person on the same day (a line without a date may be any day).
            if (TRAVEL.equals(line.itemKind()) && line.amount().signum() > 0 && budget.lines().stream().anyMatch(other ->
                    TRACKER.equals(other.itemKind()) && payee(other).equals(payee(line))
                            && (line.date() == null || other.date() == null || other.date().equals(line.date())))) {
                violations.add(violation("TN-F-TRAVEL", i, payee(line) + " " + line.date() + " 交通費不得與追蹤輔導費重複支領",
                        payee(line) + " " + line.date() + ": travel may not be paid with a tracking fee for the same trip"));
            }
        }
        return violations;
    }

    private static List<Violation> miscellany(Budget budget, SchoolProfile school) {
        BigDecimal limit = miscLimit(budget);
        BigDecimal misc = sum(budget, MISCELLANEOUS::equals);
        return misc.compareTo(limit) <= 0 ? List.of()
                : List.of(violation("TN-F-MISC", -1, "雜支 " + money(misc) + " > 用人費用以外之經常支出 × 6% = " + money(limit),
                "Miscellaneous " + money(misc) + " > 6 % of non-personnel recurring expenses = " + money(limit)));
    }

    private static List<Violation> capEach(Budget budget, String kind, String ruleId, BigDecimal cap, String zh,
                                           String en) {
        return eachLine(budget, kind, (line, i) -> line.unitAmount().compareTo(cap) <= 0 ? null
                : violation(ruleId, i, zh + " " + money(line.unitAmount()) + " > " + money(cap) + "（" + payee(line) + "）",
                en + " " + money(line.unitAmount()) + " > " + money(cap) + " (" + payee(line) + ")"));
    }

    private static List<Violation> capTotal(Budget budget, String kind, String ruleId, BigDecimal cap, String zh,
                                            String en) {
        BigDecimal total = sum(budget, kind::equals);
        return total.compareTo(cap) <= 0 ? List.of()
                : List.of(violation(ruleId, -1, zh + " " + money(total) + " > " + money(cap),
                en + " " + money(total) + " > " + money(cap)));
    }

    private interface LineCheck {
        Violation check(BudgetLine line, int index);
    }

    private static List<Violation> eachLine(Budget budget, String kind, LineCheck check) {
        return eachLine(budget, kind::equals, check);
    }

    private static List<Violation> eachLine(Budget budget, Predicate<String> kinds, LineCheck check) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < budget.lines().size(); i++) {
            BudgetLine line = budget.lines().get(i);
            if (kinds.test(line.itemKind())) {
                Violation v = check.check(line, i);
                if (v != null) {
                    violations.add(v);
                }
            }
        }
        return violations;
    }

    private static BigDecimal sum(Budget budget, Predicate<String> kinds) {
        return budget.lines().stream().filter(l -> kinds.test(l.itemKind())).map(BudgetLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean flag(BudgetLine line, String name) {
        return line.attribute(name).map(Boolean::parseBoolean).orElse(false);
    }

    private static String payee(BudgetLine line) {
        return line.payee() == null ? "（未具名）" : line.payee();
    }

    private static String levelZh(BigDecimal rate) {
        return rate.equals(ELEMENTARY_RATE) ? "國小" : rate.equals(SENIOR_HIGH_RATE) ? "高中" : "國中";
    }

    private static String levelEn(BigDecimal rate) {
        return rate.equals(ELEMENTARY_RATE) ? "elementary" : rate.equals(SENIOR_HIGH_RATE) ? "senior high" : "junior high";
    }

    static String money(BigDecimal amount) {
        return String.format("%,d", amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static Violation violation(String ruleId, int line, String zh, String en) {
        return new Violation(RuleId.of(ruleId), LocalizedText.of(zh + "（" + ruleId + "）", en + " (" + ruleId + ")"),
                line);
    }

    private static FundingRule rule(String id, String zh, String en, List<DecisionRow> table, FundingRule.Check check) {
        return FundingRule.of(RuleId.of(id), LocalizedText.of(zh, en), table, check);
    }

    private static FundingRule rule(String id, String zh, String en, List<DecisionRow> table, FundingRule.Check check,
                                    FundingRule.Allowance allowance) {
        return FundingRule.of(RuleId.of(id), LocalizedText.of(zh, en), table, check, allowance);
    }

    /** The rule's rate for lines of its item kind. */
    private static Optional<BigDecimal> kind(BudgetLine line, String kind, BigDecimal rate) {
        return kind.equals(line.itemKind()) ? Optional.of(rate) : Optional.empty();
    }

    /**
     * TN-F-INTERNAL: after school or in holidays the external rate; a reduced-load counselling
     * teacher nothing in school hours; otherwise (in school hours) the public-school part-time
     * and substitute rate table applies, which the document does not reproduce: no allowance.
     */
    private static Optional<BigDecimal> internalAllowance(BudgetLine line, Budget budget, SchoolProfile school) {
        if (!INTERNAL_TEACHER.equals(line.itemKind())) {
            return Optional.empty();
        }
        boolean inSchool = flag(line, "inSchoolHours");
        if (inSchool && flag(line, "reducedLoad")) {
            return Optional.of(BigDecimal.ZERO);
        }
        return inSchool ? Optional.empty() : Optional.of(externalRate(school.level(), line));
    }

    /** 鐘點費 × 2.11 %, rounded to the dollar (TN-F-NHI). */
    static BigDecimal nhiLimit(Budget budget) {
        return sum(budget, HOURLY::contains).multiply(NHI_RATE).setScale(0, RoundingMode.HALF_UP);
    }

    /** 用人費用以外之經常支出 × 6 %, rounded down (TN-F-MISC). */
    static BigDecimal miscLimit(Budget budget) {
        return sum(budget, NON_PERSONNEL_RECURRING::contains).multiply(MISC_RATE).setScale(0, RoundingMode.DOWN);
    }

    /**
     * What is left of a lump-sum limit for this line after the budget's other lines of the same
     * kind (the line itself, if already in the budget, is not counted twice), per unit of the
     * line's quantity, rounded down; never below zero.
     */
    private static BigDecimal share(BigDecimal limit, Budget budget, BudgetLine line) {
        BigDecimal others = BigDecimal.ZERO;
        boolean skipped = false;
        for (BudgetLine other : budget.lines()) {
            if (!other.itemKind().equals(line.itemKind())) {
                continue;
            }
            if (!skipped && other.equals(line)) {
                skipped = true;
                continue;
            }
            others = others.add(other.amount());
        }
        BigDecimal left = limit.subtract(others).max(BigDecimal.ZERO);
        return line.quantity().signum() <= 0 ? left : left.divide(line.quantity(), 0, RoundingMode.DOWN);
    }

    private static DecisionRow row(Map<String, String> when, String limit, String per) {
        return DecisionRow.of(when, limit, per);
    }

    /** A budget line for vectors and tests. */
    static BudgetLine line(String kind, String payee, LocalDate date, String quantity, String unit,
                           Map<String, String> attributes) {
        return BudgetLine.of(kind, payee, date, quantity, unit, attributes);
    }
}
