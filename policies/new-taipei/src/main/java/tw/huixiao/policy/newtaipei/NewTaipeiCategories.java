package tw.huixiao.policy.newtaipei;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;

/**
 * 中途輟學學生類別 (作業流程 注意事項一、三), the 行蹤不明 distinction of the detention flow chart
 * (說明一), and the category sets the ladder's conditions name.
 */
public final class NewTaipeiCategories {

    public static final String CAT1 = "NT-CAT1";
    public static final String CAT2 = "NT-CAT2";
    public static final String CAT3 = "NT-CAT3";
    public static final String NEW = "NT-NEW";
    public static final String MISSING = "NT-MISSING";

    /** NT-CAT1: 3+ days absent without leave, or long-term absence (7+ unexcused days in a semester). */
    public static final CaseCategory CATEGORY_1 = CaseCategory.category(CAT1, CaseKind.DROPOUT)
            .name("第一類：未經請假未到校上課達 3 日以上或長期缺課(全學期累計達七日以上，未經請假而無故缺課者)之學生",
                    "Category 1: absent without leave for 3 or more days, or long-term absence "
                            + "(7 or more unexcused days in the semester)")
            .detectedBy(new DetectionRule.ConsecutiveUnexcusedDays(3))
            .detectedBy(new DetectionRule.CumulativeUnexcusedDaysInSemester(7))
            .build();

    /** NT-CAT2: not registered at the start of the semester (new students included) for 3+ days. */
    public static final CaseCategory CATEGORY_2 = CaseCategory.category(CAT2, CaseKind.DROPOUT)
            .name("第二類：學期開學未到校註冊(含新生直到開學後未報到)達 3 日以上之學生",
                    "Category 2: not registered at the start of the semester (new students who have not "
                            + "reported after term started included) for 3 or more days")
            .detectedBy(new DetectionRule.RegistrationNoShow(3))
            .build();

    /** NT-CAT3: transferred out but not reported at the receiving school for 3+ days. */
    public static final CaseCategory CATEGORY_3 = CaseCategory.category(CAT3, CaseKind.DROPOUT)
            .name("第三類：轉學時未向轉入學校報到達 3 日以上之學生",
                    "Category 3: transferred but not reported at the receiving school for 3 or more days")
            .detectedBy(new DetectionRule.TransferNoShow(3))
            .build();

    /**
     * NT-NEW: a new student missed the new-student registration day (新生報到日). The SPI has no
     * detection rule for that day (it falls before term; RegistrationNoShow counts school days
     * after the semester starts and is category 2's), so the registrar opens the case from the
     * registration roster on the day after.
     */
    public static final CaseCategory NEW_STUDENT = CaseCategory.category(NEW, CaseKind.AT_RISK)
            .name("新生未報到（新生報到日隔天起聯繫，開學前完成清查）",
                    "New student no-show (contact from the day after the new-student registration day; "
                            + "check finished before term starts)")
            .detectedBy(new DetectionRule.ByStaff())
            .build();

    /**
     * NT-MISSING: a dropout whose whereabouts are unknown (行蹤不明). Case facts cannot say
     * so, so staff reclassify the case into this category when it is reported.
     */
    public static final CaseCategory MISSING_STUDENT = CaseCategory.category(MISSING, CaseKind.DROPOUT)
            .name("行蹤不明中輟生（須透過警方及強迫入學委員會等方式追蹤協尋學生）",
                    "Missing dropout: whereabouts unknown (searched for through the police and the "
                            + "compulsory-education committee)")
            .detectedBy(new DetectionRule.ByStaff())
            .build();

    /** The county's categories, then the national ones (TW-DROPOUT, TW-LONG-ABSENCE). */
    public static final List<CaseCategory> ALL = Stream.concat(
            Stream.of(CATEGORY_1, CATEGORY_2, CATEGORY_3, NEW_STUDENT, MISSING_STUDENT),
            NationalRules.CATEGORIES.stream()).toList();

    // --- category sets used by the ladder's conditions -------------------------------------

    /** Category 1 and the national categories it comprises (a case opened as TW-DROPOUT is a 第一類 case). */
    static final Set<String> FIRST = Set.of(CAT1, NationalRules.DROPOUT.id(), NationalRules.LONG_ABSENCE.id());

    /** 第一、二類個案 */
    static final Set<String> FIRST_AND_SECOND = union(FIRST, Set.of(CAT2));

    /** 第三類、新生未報到個案 */
    static final Set<String> THIRD_AND_NEW = Set.of(CAT3, NEW);

    /** 第一至三類及新生未報到個案 */
    static final Set<String> LADDER = union(FIRST_AND_SECOND, THIRD_AND_NEW);

    /** Every dropout case from day 4 on, including those reclassified as 行蹤不明. */
    static final Set<String> DROPOUTS = union(LADDER, Set.of(MISSING));

    static String[] array(Set<String> ids) {
        return ids.stream().sorted().toArray(String[]::new);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    private NewTaipeiCategories() {
    }
}
