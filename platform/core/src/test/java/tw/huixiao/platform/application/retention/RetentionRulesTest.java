package tw.huixiao.platform.application.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The periods and their legal floors (issue 22 §7). */
class RetentionRulesTest {

    private static RetentionRules rules(int counselling, int accessLog) {
        RetentionRules r = new RetentionRules();
        r.counsellingYears = counselling;
        r.accessLogYears = accessLog;
        r.securityEventYears = 5;
        r.mailDigestMonths = 12;
        r.apiTokenMonths = 12;
        r.passwordLinkDays = 30;
        r.moduleDryRunMonths = 12;
        return r;
    }

    @Test
    void theDefaults_countBackFromTheBusinessDateInTaiwan() {
        RetentionRules.Cutoffs c = rules(10, 5).cutoffs(LocalDate.of(2036, 3, 5));
        // 學生輔導法施行細則 §10: a student who left on 2026-03-04 is past 10 years on 2036-03-05.
        assertEquals(LocalDate.of(2026, 3, 5), c.leftBefore(c.counsellingYears()));
        // 個資法 §30: five years; the day starts at midnight in Taipei (16:00 UTC the day before).
        assertEquals(Instant.parse("2031-03-04T16:00:00Z"), c.accessLog());
        assertEquals(LocalDate.of(2035, 3, 5), c.mailDigest());
        assertEquals(Instant.parse("2036-02-03T16:00:00Z"), c.passwordLink());
    }

    @Test
    void aPeriodBelowTheLegalFloorIsRaisedToIt() {
        RetentionRules.Cutoffs c = rules(3, 1).cutoffs(LocalDate.of(2036, 3, 5));
        assertEquals(RetentionRules.COUNSELLING_FLOOR_YEARS, c.counsellingYears());
        assertEquals(Instant.parse("2034-03-04T16:00:00Z"), c.accessLog(), "PDPA art. 30: at least 2 years");
    }

    @Test
    void everyKindHasAPeriodAndABasisInBothLanguages() {
        for (RetentionRules.Rule r : rules(10, 5).rules()) {
            assertTrue(!r.periodZh().isBlank() && !r.periodEn().isBlank(), r.kind().name());
            assertTrue(r.basisZh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    r.kind().name());
            assertTrue(r.basisEn().codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    r.kind().name());
        }
    }
}
