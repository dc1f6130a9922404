package tw.huixiao.policy.newtaipei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.Due;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.SchoolCalendar;

/** The detention flow chart (108.12.4 修訂), in working days (工作日) of the 2026 office calendar. */
class NewTaipeiDetentionTest {

    private final Ladder ladder = new Ladder(new NewTaipeiPolicy(), SchoolCalendar.taiwanOfficeDays());
    private final CaseSituation facts = CaseSituation.of("NT-CAT1");

    @Test
    @CitesRule("NT-DET-IN")
    void detained_measuresRecordedWithinThreeWorkingDays_confidentialLetterWithinFive() {
        // admitted Thu 2026-10-08: Fri 10-09 is 國慶日補假, so 3 working days end Wed 10-14 and 5 end Fri 10-16
        List<Ladder.Duty> detained = Ladder.all(ladder.on(CaseEvent.DETAINED,
                ZonedDateTime.of(2026, 10, 8, 10, 0, 0, 0, Ladder.TAIPEI), facts), "NT-DET-IN");
        assertEquals(2, detained.size());
        Ladder.Duty record = detained.stream().filter(d -> d.step().duty().zhTw().contains("復學就讀措施"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 14), record.dueDate());
        Ladder.Duty letter = detained.stream()
                .filter(d -> d.step().producesIfAny().equals(Optional.of("CONFIDENTIAL_LETTER"))).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 16), letter.dueDate());
    }

    @Test
    @CitesRule("NT-DET-OUT")
    void released_letterAndGuardianContactWithinFiveWorkingDays_trackingRestartsWhileNotBack() {
        // released Wed 2026-12-23: Fri 12-25 is 行憲紀念日, so 5 working days end Thu 12-31
        ZonedDateTime release = ZonedDateTime.of(2026, 12, 23, 15, 0, 0, 0, Ladder.TAIPEI);
        List<Ladder.Duty> released = Ladder.all(ladder.on(CaseEvent.RELEASED, release, facts), "NT-DET-OUT");
        assertEquals(3, released.size());
        Ladder.Duty letter = released.stream()
                .filter(d -> d.step().producesIfAny().equals(Optional.of("CONFIDENTIAL_LETTER"))).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 31), letter.dueDate());
        Ladder.Duty contact = released.stream().filter(d -> d.step().duty().zhTw().contains("要求學生立即返校就學"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 31), contact.dueDate());
        Ladder.Duty restart = released.stream().filter(d -> d.step().duty().zhTw().contains("重啟中輟追蹤輔導機制"))
                .findFirst().orElseThrow();
        assertInstanceOf(Due.Ongoing.class, restart.due());

        // back at school already: only the letter is filed
        List<Ladder.Duty> whenBack = Ladder.all(ladder.on(CaseEvent.RELEASED, release, facts.withReturned()),
                "NT-DET-OUT");
        assertEquals(1, whenBack.size());
        assertTrue(whenBack.get(0).step().producesIfAny().isPresent());
    }
}
