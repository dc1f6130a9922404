package tw.huixiao.platform.application.escalation.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.clockOn;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.d;
import static tw.huixiao.platform.application.escalation.detect.SpringTerm2026.dayOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.escalation.detect.RecurrenceScheduler.Continuation;
import tw.huixiao.platform.application.escalation.detect.RecurrenceScheduler.Series;
import tw.huixiao.platform.domain.escalation.OpenCase;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;
import tw.huixiao.schedule.Ladder;

/**
 * Recurring duties go on while their step's condition holds for the case: TY-D3-CASE-MEETING's
 * monthly evaluation holds once the cause is known or the student is back; TY-D0-MONTHLY holds
 * for every at-risk case.
 */
class RecurrenceSchedulerTest {

    private static final CountyPolicy TAOYUAN = new TaoyuanPolicy();
    private static final String ID = TAOYUAN.identity().id();
    private static final String VERSION = TAOYUAN.identity().version().toString();

    private static int stepIndex(String ruleId) {
        List<Step> steps = TAOYUAN.timeline().steps();
        return IntStream.range(0, steps.size())
                .filter(i -> steps.get(i).ruleId().value().equals(ruleId) && steps.get(i).recurrenceIfAny().isPresent())
                .findFirst().orElseThrow();
    }

    private static final int MONTHLY_EVALUATION = stepIndex("TY-D3-CASE-MEETING");
    private static final int MONTHLY_REVIEW = stepIndex("TY-D0-MONTHLY");

    private static OpenCase dropout(long id, Boolean causeKnown, LocalDate returnedOn) {
        return new OpenCase(id, id * 10, "TW-DROPOUT", ID, VERSION, d(3, 4), causeKnown, false, returnedOn);
    }

    private static Series series(long caseId, int step, String policyVersion) {
        return new Series("ep" + caseId + "/d3/s" + step, caseId, 90 + caseId, caseId * 10, step,
                d(3, 6).atTime(8, 0).atZone(Ladder.TAIPEI).toInstant(), "day 3",
                "未到校第 3 天｜day 3 of absence", ID, policyVersion);
    }

    private static Optional<CountyPolicy> modules(String id, String version) {
        return id.equals(ID) && version.equals(VERSION) ? Optional.of(TAOYUAN) : Optional.empty();
    }

    @Test
    void tyD3CaseMeetingGoesOnOnlyOnceTheCauseIsKnownOrTheStudentIsBack() {
        SchoolDay day = dayOn(clockOn(d(5, 4))).openCase(dropout(1, true, null)).openCase(dropout(2, null, null))
                .openCase(dropout(3, null, d(4, 9))).openCase(dropout(4, null, d(5, 6))).build();
        List<Long> goOn = RecurrenceScheduler.schedule(day, List.of(series(1, MONTHLY_EVALUATION, VERSION),
                        series(2, MONTHLY_EVALUATION, VERSION), series(3, MONTHLY_EVALUATION, VERSION),
                        series(4, MONTHLY_EVALUATION, VERSION)), RecurrenceSchedulerTest::modules)
                .stream().map(c -> c.series().caseId()).toList();
        // Case 2: cause unknown, still away; case 4: back only after the business date.
        assertEquals(List.of(1L, 3L), goOn);
    }

    @Test
    void aSeriesKeepsItsOriginAndWhenItArose() {
        SchoolDay day = dayOn(clockOn(d(5, 4))).openCase(dropout(1, null, null)).build();
        Continuation c = RecurrenceScheduler.schedule(day, List.of(series(1, MONTHLY_REVIEW, VERSION)),
                RecurrenceSchedulerTest::modules).get(0);
        assertEquals("ep1/d3", c.originKey());
        assertEquals("未到校第 3 天", c.whyZh());
        assertEquals("day 3 of absence", c.whyEn());
        assertEquals(d(3, 6).atTime(8, 0).atZone(Ladder.TAIPEI), c.arose());
        assertEquals(TAOYUAN, c.policy());
    }

    @Test
    void aSeriesWhoseModuleVersionIsGoneStops() {
        SchoolDay day = dayOn(clockOn(d(5, 4))).openCase(dropout(1, true, null)).build();
        assertEquals(List.of(), RecurrenceScheduler.schedule(day, List.of(series(1, MONTHLY_EVALUATION, "0.0.1")),
                RecurrenceSchedulerTest::modules));
    }
}
