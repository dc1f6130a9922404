package tw.huixiao.policy.yunlin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.SchoolCalendar;

/** The eight high-care groups of 五、輔導對象 and the two national definitions. */
class YunlinCategoriesTest {

    private final YunlinPolicy policy = new YunlinPolicy();

    private CaseCategory category(String id) {
        return policy.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private void assertStaffIdentified(String id, CaseKind kind, String verbatimName) {
        CaseCategory c = category(id);
        assertEquals(id, c.ruleId().toString());
        assertEquals(kind, c.kind());
        assertEquals(verbatimName, c.name().zhTw());
        assertEquals(List.of(new DetectionRule.ByStaff()), c.detection(), id + " is opened by staff judgement only");
    }

    @Test
    void categoriesAreTheNationalTwoThenTheEightHighCareGroupsInTheDocumentsOrder() {
        assertEquals(List.of("TW-DROPOUT", "TW-LONG-ABSENCE", "YL-C1", "YL-C2", "YL-C3", "YL-C4", "YL-C5", "YL-C6",
                "YL-C7", "YL-C8"), policy.categories().stream().map(CaseCategory::id).toList());
    }

    @Test
    @CitesRule("YL-C1")
    void c1AtRiskIsOpenedAtSevenCumulativeUnexcusedDaysOrByStaff() {
        CaseCategory c1 = category("YL-C1");
        assertEquals(CaseKind.AT_RISK, c1.kind());
        assertEquals("中輟之虞（時輟時復、出席情形不穩定、長期缺曠課累計達七天以上）", c1.name().zhTw());
        assertEquals(List.of(new DetectionRule.CumulativeUnexcusedDaysInSemester(7), new DetectionRule.ByStaff()),
                c1.detection());
    }

    @Test
    @CitesRule("YL-C2")
    void c2SeriousBehaviourIsIdentifiedByStaff() {
        assertStaffIdentified("YL-C2", CaseKind.HIGH_CARE,
                "嚴重行為問題（偷竊、霸凌、蹺家、暴力傾向、加入幫派、涉入不當廟會活動等）");
    }

    @Test
    @CitesRule("YL-C3")
    void c3AddictionIsIdentifiedByStaff() {
        assertStaffIdentified("YL-C3", CaseKind.HIGH_CARE, "成癮行為（沈迷網咖、藥物濫用等）");
    }

    @Test
    @CitesRule("YL-C4")
    void c4EmotionalDistressIsIdentifiedByStaff() {
        assertStaffIdentified("YL-C4", CaseKind.HIGH_CARE, "情緒困擾（焦慮、衝動性格、憂鬱、自殺、自我傷害、性別認同等）");
    }

    @Test
    @CitesRule("YL-C5")
    void c5LearningAdjustmentIsIdentifiedByStaff() {
        assertStaffIdentified("YL-C5", CaseKind.HIGH_CARE, "學習適應困擾（懼學、拒學、學習成就嚴重低落等）");
    }

    @Test
    @CitesRule("YL-C6")
    void c6InterpersonalDifficultiesAreIdentifiedByStaff() {
        assertStaffIdentified("YL-C6", CaseKind.HIGH_CARE, "人際關係困擾（人際孤立、社交恐懼、人際衝突、交友複雜等）");
    }

    @Test
    @CitesRule("YL-C7")
    void c7HighRiskFamilyIsIdentifiedByStaffUsingTheSixMoiCriteria() {
        assertStaffIdentified("YL-C7", CaseKind.HIGH_CARE, "高風險家庭（依內政部高風險家庭評估相關規定認定）");
        assertEquals(6, YunlinForms.HIGH_RISK_FAMILY_FORM.fields().filter(f -> f.key().equals("criteria"))
                .findFirst().orElseThrow().options().size());
    }

    @Test
    @CitesRule("YL-C8")
    void c8ProtectiveCasesAreOfTheProtectiveKind() {
        assertStaffIdentified("YL-C8", CaseKind.PROTECTIVE,
                "保護性個案（家暴、性騷擾、性侵害、安置個案等兒少保護個案或有生命危險之虞個案）");
    }

    @Test
    @CitesRule("TW-DROPOUT")
    void twDropoutIsThreeConsecutiveDaysAndBelongsToTheDropoutHighRiskRoute() {
        CaseCategory dropout = category("TW-DROPOUT");
        assertEquals(CaseKind.DROPOUT, dropout.kind());
        assertEquals(List.of(new DetectionRule.ConsecutiveUnexcusedDays(3)), dropout.detection());
        assertTrue(YunlinLadder.DROPOUT_HIGH_RISK.contains("TW-DROPOUT"), "附表三 code A: 有中輟之虞或中輟之學生");
        // The Yunlin plan leaves the day-by-day dropout reporting to the county's 中輟生通報及復學輔導要點:
        // its ladder has no streak-day duties, only case events.
        Ladder ladder = new Ladder(policy, SchoolCalendar.taiwanOfficeDays());
        for (int day = 0; day <= 4; day++) {
            assertEquals(List.of(), ladder.onStreakDay(day, LocalDate.of(2026, 10, 5), CaseSituation.of("TW-DROPOUT")));
        }
    }

    @Test
    @CitesRule("TW-LONG-ABSENCE")
    void twLongAbsenceIsSevenCumulativeDaysInASemester() {
        CaseCategory longAbsence = category("TW-LONG-ABSENCE");
        assertEquals(CaseKind.LONG_ABSENCE, longAbsence.kind());
        assertEquals(List.of(new DetectionRule.CumulativeUnexcusedDaysInSemester(7)), longAbsence.detection());
        assertTrue(YunlinLadder.DROPOUT_HIGH_RISK.contains("TW-LONG-ABSENCE"));
    }
}
