package tw.huixiao.platform.application.escalation.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.clockOn;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.d;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.dayOn;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.escalation.detect.StreakDetector.Streak;
import tw.huixiao.policy.newtaipei.NewTaipeiPolicy;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.timeline.Timeline;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;

/** TW-DROPOUT (中輟, 3 consecutive unexcused school days) streaks on the official calendar; NT-DET-OUT restarts. */
class StreakDetectorTest {

    private static final CountyPolicy TAOYUAN = new TaoyuanPolicy();

    @Test
    void twDropoutStreakRunsAcrossTheSpringHolidaysAndFollowsTheNationalCategory() {
        // Thu 04-02, (Fri 04-03 兒童節補假, weekend, Mon 04-06 民族掃墓節補假), Tue 04-07, Wed 04-08:
        // three consecutive school days, the TW-DROPOUT threshold.
        SchoolDay day = dayOn(clockOn(d(4, 8))).unexcused(1, d(4, 2)).unexcused(1, d(4, 7)).unexcused(1, d(4, 8))
                .build();
        StreakDetector.Found found = StreakDetector.detect(day, TAOYUAN).orElseThrow();
        assertEquals("TW-DROPOUT", found.category().id(), "the module's lowest consecutive threshold");
        assertEquals(List.of(new Streak(1, d(4, 2), d(4, 8))), found.streaks());
        assertEquals(3, day.calendar().schoolDaysBetween(d(4, 2), d(4, 8)));
    }

    @Test
    void aSchoolDayNotRecordedUnexcusedBreaksTheStreakAndATyphoonClosureDoesNot() {
        // Mon 05-11 absent, Tue 05-12 typhoon closure (停課), Wed 05-13 absent: one streak.
        // Thu 05-14 present (no mark), Fri 05-15 absent: a second streak.
        SchoolDay day = dayOn(clockOn(d(5, 15))).unexcused(2, d(5, 11)).unexcused(2, d(5, 13))
                .unexcused(2, d(5, 15)).build();
        assertEquals(List.of(new Streak(2, d(5, 11), d(5, 13)), new Streak(2, d(5, 15), d(5, 15))),
                StreakDetector.streaks(day));
    }

    @Test
    void onlyStreaksThatEndedInTheLastTwoWeeksAreTakenUp() {
        // Student 3's streak ended 04-21, 15 days before Wed 05-06; student 4 has an old streak and a recent one.
        SchoolDay day = dayOn(clockOn(d(5, 6))).unexcused(3, d(4, 20)).unexcused(3, d(4, 21))
                .unexcused(4, d(4, 13)).unexcused(4, d(4, 14)).unexcused(4, d(5, 4)).unexcused(4, d(5, 5)).build();
        assertEquals(List.of(new Streak(4, d(5, 4), d(5, 5))), StreakDetector.streaks(day));
    }

    @Test
    void ntDetOutRestartsTheTrackingAfterReleaseFromDetention() {
        // NT-DET-OUT: released Tue 04-07; the days before the release are not part of the new streak.
        SchoolDay day = dayOn(clockOn(d(4, 10))).unexcused(5, d(4, 2)).unexcused(5, d(4, 7)).unexcused(5, d(4, 8))
                .unexcused(5, d(4, 9)).released(5, d(4, 7)).build();
        StreakDetector.Found found = StreakDetector.detect(day, new NewTaipeiPolicy()).orElseThrow();
        assertEquals("NT-CAT1", found.category().id());
        assertEquals(List.of(new Streak(5, d(4, 8), d(4, 9))), found.streaks());
    }

    @Test
    void aModuleWithoutAConsecutiveDaysRuleFindsNoStreaks() {
        CountyPolicy noStreaks = new CountyPolicy() {
            @Override
            public PolicyIdentity identity() {
                return PolicyIdentity.builder("no-streaks", "1.0.0").serves(CountyCode.YUNLIN)
                        .displayName("測試", "Test").build();
            }

            @Override
            public Timeline timeline() {
                return Timeline.builder().build();
            }
        };
        SchoolDay day = dayOn(clockOn(d(4, 8))).unexcused(1, d(4, 2)).unexcused(1, d(4, 7)).unexcused(1, d(4, 8))
                .build();
        assertTrue(StreakDetector.detect(day, noStreaks).isEmpty());
    }
}
