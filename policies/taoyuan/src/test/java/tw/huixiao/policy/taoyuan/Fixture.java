package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.timeline.CaseFacts;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.Due;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * Shared test fixture: the Taoyuan ladder on Taiwan's official 2026 office calendar
 * (holidays Fri 09-25, Mon 09-28, Fri 10-09, Mon 10-26, Fri 12-25).
 */
final class Fixture {

    static final TaoyuanPolicy POLICY = new TaoyuanPolicy();
    static final Ladder LADDER = new Ladder(POLICY, SchoolCalendar.taiwanOfficeDays());

    /** A streak that starts on Tuesday 2026-10-20: day 3 is Thu 10-22, day 4 is Fri 10-23. */
    static final LocalDate TUE_OCT_20 = LocalDate.of(2026, 10, 20);

    static CaseSituation dropout() {
        return CaseSituation.of("TW-DROPOUT");
    }

    static CaseSituation atRisk() {
        return CaseSituation.of("TY-AT-RISK");
    }

    static List<Ladder.Duty> day(int n, LocalDate firstDay, CaseFacts facts) {
        return LADDER.onStreakDay(n, firstDay, facts);
    }

    static List<Ladder.Duty> rule(int n, LocalDate firstDay, CaseFacts facts, String ruleId) {
        return Ladder.all(day(n, firstDay, facts), ruleId);
    }

    static ZonedDateTime at(int y, int m, int d, int hour) {
        return LocalDateTime.of(y, m, d, hour, 0).atZone(Ladder.TAIPEI);
    }

    static Ladder.Duty producing(List<Ladder.Duty> duties, String formOrDocument) {
        List<Ladder.Duty> found = duties.stream()
                .filter(d -> d.step().producesIfAny().filter(formOrDocument::equals).isPresent()).toList();
        assertEquals(1, found.size(), "exactly one duty producing " + formOrDocument + " in " + duties);
        return found.get(0);
    }

    static Ladder.Duty ledBy(List<Ladder.Duty> duties, SchoolRole role) {
        List<Ladder.Duty> found = duties.stream().filter(d -> d.step().responsible().get(0) == role).toList();
        assertEquals(1, found.size(), "exactly one duty led by " + role + " in " + duties);
        return found.get(0);
    }

    static void assertOngoing(Ladder.Duty duty) {
        assertTrue(duty.due() instanceof Due.Ongoing, duty.ruleId() + " should be ongoing but is " + duty.due());
    }

    private Fixture() {
    }
}
