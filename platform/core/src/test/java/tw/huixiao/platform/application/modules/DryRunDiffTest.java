package tw.huixiao.platform.application.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.escalation.DryRunReplay;
import tw.huixiao.platform.application.escalation.EscalationStore.StudentFacts;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Timeline;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;
import tw.huixiao.schedule.OfficeCalendar;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * The dry-run's replay and difference in memory, on the official office calendar (2026 spring
 * semester of a school), with Taoyuan's module as the active version and variants of it as the
 * uploaded one. Student 1 is away Mon 03-09 to Wed 03-11 (3 school days) and back on Thu 03-12;
 * student 2 is away Mon 03-16 to Thu 03-19 (4 days) and back on Fri 03-20.
 */
class DryRunDiffTest {

    private static final SchoolCalendar CALENDAR = new SchoolCalendar(OfficeCalendar.taiwan(),
            List.of(new SchoolCalendar.Term(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 6, 30))), Set.of());
    private static final LocalDate FROM = LocalDate.of(2026, 2, 23);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private static final CountyPolicy ACTIVE = new TaoyuanPolicy();

    private static DryRunReplay.History history() {
        Map<Long, NavigableSet<LocalDate>> unexcused = new HashMap<>();
        unexcused.put(1L, new TreeSet<>(List.of(d(3, 9), d(3, 10), d(3, 11))));
        unexcused.put(2L, new TreeSet<>(List.of(d(3, 16), d(3, 17), d(3, 18), d(3, 19))));
        Set<LocalDate> rolls = new TreeSet<>();
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            if (CALENDAR.isSchoolDay(day)) {
                rolls.add(day);
            }
        }
        Map<Long, StudentFacts> students = Map.of(1L, new StudentFacts(1L, false, 11L, 91L, null, true),
                2L, new StudentFacts(2L, false, 11L, 91L, null, true));
        return new DryRunReplay.History(7001L, CALENDAR, unexcused, Map.of(0L, rolls), students);
    }

    private static DryRunDiff.SchoolDiff diff(CountyPolicy candidate) {
        DryRunReplay.History h = history();
        return DryRunDiff.diff(7001L, "測試國中", DryRunReplay.replay(h, ACTIVE, FROM, TO),
                DryRunReplay.replay(h, candidate, FROM, TO), Map.of(1L, "王○明", 2L, "林○華"));
    }

    @Test
    void theSameVersionDiffersInNothing() {
        DryRunDiff.SchoolDiff same = diff(ACTIVE);
        assertFalse(same.totals().differs(), same.changes().toString());
        // TW-DROPOUT: both students reached 3 consecutive school days, each opens one case.
        assertEquals(2, same.totals().casesActive());
        assertTrue(same.totals().dutiesActive() > 0);
    }

    @Test
    void theActiveVersionOpensDropoutCasesOnTheThirdDay() {
        DryRunReplay.Outcome outcome = DryRunReplay.replay(history(), ACTIVE, FROM, TO);
        // TW-DROPOUT: opened on the day the third consecutive school day was recorded.
        assertEquals(List.of(new DryRunReplay.Case(1L, "TW-DROPOUT", d(3, 11)),
                new DryRunReplay.Case(2L, "TW-DROPOUT", d(3, 18))), outcome.cases());
        // TY-D4-REPORT arises only for the student still away on day 4 (Thu 03-19).
        assertTrue(outcome.duties().stream().anyMatch(x -> x.studentId() == 2L && x.ruleId().equals("TY-D4-REPORT")
                && x.arose().equals(d(3, 19))));
        assertFalse(outcome.duties().stream().anyMatch(x -> x.studentId() == 1L && x.ruleId().equals("TY-D4-REPORT")));
    }

    @Test
    void aShorterDeadlineChangesTheDueDateOfTheSameDuty() {
        // TY-D4-REPORT: the original letter "within 3 working days" (Thu 03-19 → Tue 03-24) becomes 1 working day (Fri 03-20).
        DryRunDiff.SchoolDiff d = diff(variant(p -> p, steps -> steps.stream().map(s ->
                s.ruleId().toString().equals("TY-D4-REPORT") && s.deadline() instanceof Deadline.WorkingDays
                        ? new Step(s.ruleId(), s.trigger(), s.responsible(), s.duty(), s.condition(),
                        Deadline.workingDays(1), s.recurrenceIfAny().orElse(null), s.producesIfAny().orElse(null),
                        s.sourceIfAny().orElse(null)) : s).toList()));
        assertEquals(0, d.totals().casesOpen() + d.totals().casesNotOpened() + d.totals().casesMoved());
        assertEquals(0, d.totals().dutiesAdded() + d.totals().dutiesRemoved() + d.totals().dutiesMoved());
        assertTrue(d.totals().deadlinesChanged() >= 1, d.changes().toString());
        DryRunDiff.Change letter = d.changes().stream().filter(c -> c.kind() == DryRunDiff.Kind.DEADLINE_CHANGED)
                .filter(c -> c.duty().startsWith("於 3日內")).findFirst().orElseThrow();
        assertEquals("林○華", letter.student());
        assertEquals(d(3, 24), letter.activeDue());
        assertEquals(d(3, 20), letter.candidateDue());
        assertEquals(d(3, 19), letter.candidateArose());
    }

    @Test
    void aHigherThresholdDoesNotOpenTheThreeDayCaseAndOpensTheOtherLater() {
        // TW-DROPOUT at 4 consecutive days instead of 3: student 1 (3 days) gets no case, student 2's opens on day 4.
        DryRunDiff.SchoolDiff d = diff(variant(categories -> categories.stream().map(c ->
                c.detection().stream().anyMatch(r -> r instanceof DetectionRule.ConsecutiveUnexcusedDays)
                        ? new CaseCategory(c.id(), c.ruleId(), c.kind(), c.name(),
                        List.of(new DetectionRule.ConsecutiveUnexcusedDays(4))) : c).toList(), steps -> steps));
        assertEquals(1, d.totals().casesNotOpened());
        assertEquals(1, d.totals().casesMoved());
        assertEquals(0, d.totals().casesOpen());
        DryRunDiff.Change notOpened = d.changes().stream().filter(c -> c.kind() == DryRunDiff.Kind.CASE_NOT_OPENED)
                .findFirst().orElseThrow();
        assertEquals("王○明", notOpened.student());
        assertEquals(d(3, 11), notOpened.activeArose());
        DryRunDiff.Change later = d.changes().stream().filter(c -> c.kind() == DryRunDiff.Kind.CASE_OPENS_ON_OTHER_DAY)
                .findFirst().orElseThrow();
        assertEquals(2L, later.studentId());
        assertEquals(d(3, 18), later.activeArose());
        assertEquals(d(3, 19), later.candidateArose());
        // The case's opening duties (on OPENED) arise a day later: moved, not added or removed.
        assertTrue(d.totals().dutiesMoved() > 0, d.changes().toString());
        // Student 1's ladder still runs (days 1–3 are the streak's, not the case's): its case duties are removed.
        assertTrue(d.totals().dutiesRemoved() > 0);
    }

    @Test
    void totalsAddUpAcrossSchools() {
        DryRunDiff.Totals one = diff(ACTIVE).totals();
        DryRunDiff.Totals two = one.plus(one);
        assertEquals(2, two.schools());
        assertEquals(2 * one.dutiesActive(), two.dutiesActive());
    }

    private static CountyPolicy variant(UnaryOperator<List<CaseCategory>> categories, UnaryOperator<List<Step>> steps) {
        return new CountyPolicy() {
            @Override
            public PolicyIdentity identity() {
                return ACTIVE.identity();
            }

            @Override
            public Set<RuleId> encodedRules() {
                return ACTIVE.encodedRules();
            }

            @Override
            public List<CaseCategory> categories() {
                return categories.apply(ACTIVE.categories());
            }

            @Override
            public Timeline timeline() {
                return new Timeline(steps.apply(ACTIVE.timeline().steps()));
            }
        };
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
