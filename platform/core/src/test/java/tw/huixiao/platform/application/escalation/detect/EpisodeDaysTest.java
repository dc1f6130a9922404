package tw.huixiao.platform.application.escalation.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.CALENDAR;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.clockOn;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.d;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.dayOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.policy.newtaipei.NewTaipeiPolicy;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;

/**
 * Ladder days: a TW-DROPOUT streak counts the days recorded absent, an NT-CAT3 no-show the
 * calendar's school days; the threshold (3) is met on its ladder day. TY-D2-STAFFING's "many at once".
 */
class EpisodeDaysTest {

    private static final CountyPolicy NEW_TAIPEI = new NewTaipeiPolicy();
    private static final CaseCategory DROPOUT = ModuleRules.category(new TaoyuanPolicy(), "TW-DROPOUT").orElseThrow();
    private static final CaseCategory CAT3 = ModuleRules.category(NEW_TAIPEI, "NT-CAT3").orElseThrow();

    private static Episode episode(String category, LocalDate start, LocalDate lastAbsent, LocalDate returned) {
        return new Episode(1L, 1, category, "m", "1.0.0", start, lastAbsent, returned, 0, false, null);
    }

    @Test
    void twDropoutIsMetOnTheThirdDayRecordedAbsentNotOnDaysElapsed() {
        LocalDate today = LocalDate.now(clockOn(d(4, 10)));
        Episode twoRecorded = episode("TW-DROPOUT", d(4, 2), d(4, 7), null); // 04-08 and later not recorded yet
        assertEquals(2, EpisodeDays.absentDays(CALENDAR, today, twoRecorded, true));
        assertEquals(Optional.empty(), EpisodeDays.thresholdMet(CALENDAR, DROPOUT, twoRecorded, 2));
        Episode threeRecorded = episode("TW-DROPOUT", d(4, 2), d(4, 8), null);
        assertEquals(3, EpisodeDays.absentDays(CALENDAR, today, threeRecorded, true));
        assertEquals(Optional.of(d(4, 8)), EpisodeDays.thresholdMet(CALENDAR, DROPOUT, threeRecorded, 3),
                "day 3 across 兒童節 and 民族掃墓節");
    }

    @Test
    void ntCat3CountsTheCalendarsSchoolDaysUntilTheDayBeforeTheArrival() {
        // Day 1 is Tue 04-07 (the school day after a transfer on Thu 04-02).
        Episode missing = episode("NT-CAT3", d(4, 7), d(4, 7), null);
        assertEquals(4, EpisodeDays.absentDays(CALENDAR, LocalDate.now(clockOn(d(4, 10))), missing, false));
        assertEquals(Optional.of(d(4, 9)), EpisodeDays.thresholdMet(CALENDAR, CAT3, missing, 4));
        Episode arrived = episode("NT-CAT3", d(4, 7), d(4, 7), d(4, 9));
        assertEquals(2, EpisodeDays.absentDays(CALENDAR, LocalDate.now(clockOn(d(4, 13))), arrived, false));
        assertEquals(Optional.empty(), EpisodeDays.thresholdMet(CALENDAR, CAT3, arrived, 2));
    }

    @Test
    void tyD2StaffingThreeStudentsAwayTheSameDayAreManyAtOnce() {
        SchoolDay day = dayOn(clockOn(d(4, 10))).unexcused(1, d(4, 8)).unexcused(2, d(4, 8)).unexcused(2, d(4, 9))
                .build();
        Episode noShow = new Episode(5L, 3, "NT-CAT3", "m", "1.0.0", d(4, 7), d(4, 10), null, 3, false, null);
        assertFalse(EpisodeDays.manyAwayOn(day.unexcused(), List.of(), d(4, 8)), "two students");
        assertTrue(EpisodeDays.manyAwayOn(day.unexcused(), List.of(noShow), d(4, 8)), "a no-show is away too");
        assertFalse(EpisodeDays.manyAwayOn(day.unexcused(), List.of(noShow), d(4, 9)));
    }
}
