package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tw.huixiao.it.Escalations.caseOf;
import static tw.huixiao.it.Escalations.caseView;
import static tw.huixiao.it.Escalations.day;
import static tw.huixiao.it.Escalations.openCases;
import static tw.huixiao.it.Escalations.semester;
import static tw.huixiao.it.Escalations.sorted;
import static tw.huixiao.it.Escalations.tasks;
import static tw.huixiao.it.Escalations.times;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Yunlin end to end over HTTP (policy-reference §3, seed 003). The Yunlin plan has no
 * day-by-day ladder: the national TW-DROPOUT (3 consecutive school days) opens the case, which
 * the plan treats as 中輟高危險群 (附表三 code A). Expected lines are "rule role due", worked out
 * by hand: where the plan sets no deadline the module's documented choice is one school week
 * (5 school days, YunlinLadder.ONE_SCHOOL_WEEK), counted on the 2026 calendar across 端午節
 * (Fri 2026-06-19).
 * <ul>
 *   <li>Days 1–2 (Mon 06-15, Tue 06-16): no duty yet.</li>
 *   <li>Day 3 (Wed 06-17): the TW-DROPOUT case and, per student, YL-SCREEN (附表一, 導師 first;
 *       due Thu 06-25: 06-18, 06-22, 06-23, 06-24, 06-25), YL-ROSTER (附表二, ongoing), YL-TIERS
 *       (tier 1 all staff and 認輔, tier 2, tier 3: ongoing), YL-REPLY (回覆表, 06-25),
 *       YL-REF-DROPOUT (學生復學輔導小組 meeting and 附表三 referral to 教育處, 06-25; diversion after
 *       two counselling periods, ongoing) and TW-TIERS.</li>
 *   <li>Day 4 (Thu 06-18): one student back — YL-RETURN (附表四 ruling within a school week: Fri
 *       06-19 is 端午節, so 06-22, 06-23, 06-24, 06-25, 06-26; in-school return counselling
 *       ongoing) and TW-ZERO-REJECT the same day; nothing of Yunlin's is conditional on absence,
 *       so nothing is set aside. The other stays away: nothing new.</li>
 *   <li>Day 5 (Mon 06-22, after the holiday and the weekend): nothing new.</li>
 * </ul>
 */
class EscalationYunlinIT {

    @AfterAll
    static void systemClock() {
        Escalations.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aWeekOfAbsenceAcrossDragonBoatFestivalFollowsTheYunlinPlan() {
        Api school = Onboarding.schoolWithStaff("YUNLIN", "yl-escalation");
        semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long back = Fixtures.student(school, false);
        long away = Fixtures.student(school, false);

        assertEquals("cases 0, tasks 0", day(school, "2026-06-15", Map.of(back, "曠課", away, "曠課")));
        assertEquals("cases 0, tasks 0", day(school, "2026-06-16", Map.of(back, "曠課", away, "曠課")));
        assertEquals(List.of(), openCases(school, back));

        assertEquals("cases 2, tasks 24", day(school, "2026-06-17", Map.of(back, "曠課", away, "曠課")));
        assertEquals(List.of("TW-DROPOUT 2026-06-17"), openCases(school, back));
        assertEquals(List.of("TW-DROPOUT 2026-06-17"), openCases(school, away));
        long backCase = caseOf(school, back, "TW-DROPOUT");
        long awayCase = caseOf(school, away, "TW-DROPOUT");
        List<String> opened = sorted(List.of(
                "TW-TIERS COUNSELING ongoing",
                "YL-REF-DROPOUT COUNSELING ongoing",
                "YL-REPLY COUNSELING 2026-06-25",
                "YL-ROSTER COUNSELING ongoing",
                "YL-SCREEN HOMEROOM_TEACHER 2026-06-25",
                "YL-SCREEN COUNSELING_DIRECTOR 2026-06-25",
                "YL-TIERS HOMEROOM_TEACHER ongoing"),
                times(2, "YL-REF-DROPOUT COUNSELING 2026-06-25"),
                times(3, "YL-TIERS COUNSELING ongoing"));
        assertEquals(opened, tasks(school, backCase, "OPEN"));
        assertEquals(opened, tasks(school, awayCase, "OPEN"));

        // Day 4: one back (the returned branch), one away.
        assertEquals("cases 0, tasks 3", day(school, "2026-06-18", Map.of(back, "出席", away, "曠課")));
        assertEquals(sorted(opened, List.of(
                "TW-ZERO-REJECT REGISTRAR 2026-06-18",
                "YL-RETURN COUNSELING 2026-06-26",
                "YL-RETURN COUNSELING ongoing")), tasks(school, backCase, "OPEN"));
        assertEquals(List.of(), tasks(school, backCase, "NOT_APPLICABLE"));
        assertEquals("2026-06-18", caseView(school, backCase).getString("returnedOn", ""));
        assertEquals(opened, tasks(school, awayCase, "OPEN"));

        // Day 5 (Mon 06-22): the streak goes on across the holiday; nothing new.
        assertEquals("cases 0, tasks 0", day(school, "2026-06-22", Map.of(back, "出席", away, "曠課")));
        assertEquals(opened, tasks(school, awayCase, "OPEN"));
        assertEquals(List.of("TW-DROPOUT 2026-06-17"), openCases(school, away));
    }
}
