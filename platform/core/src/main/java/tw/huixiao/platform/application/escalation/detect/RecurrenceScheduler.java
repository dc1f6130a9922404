package tw.huixiao.platform.application.escalation.detect;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import tw.huixiao.platform.domain.escalation.OpenCase;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.timeline.CaseFacts;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.schedule.Ladder;

/**
 * Recurring duties (a step with a recurrence, e.g. a monthly visit while the student stays away)
 * gain the occurrences whose period has begun. Each series goes on under the module version its
 * case follows, if the step's condition still holds for the case on the business date — a
 * return ends a series that requires the student absent; occurrences that arose stay owed. This
 * decides which series go on and from where; the engine lays out their periods on the calendar.
 */
public final class RecurrenceScheduler {

    /** A recurring series as stored: its first occurrence's key, origin, step and module version. */
    public record Series(String seriesKey, Long caseId, Long episodeId, long studentId, int stepIndex,
                         Instant aroseAt, String triggerText, String why, String policyId, String policyVersion) {
    }

    /**
     * A series that goes on: the origin its further occurrences share ({@code originKey} without
     * the {@code /s<step>} suffix, the trigger and the reason in both languages) and when it arose.
     */
    public record Continuation(Series series, CountyPolicy policy, String originKey, String triggerText,
                               String whyZh, String whyEn, ZonedDateTime arose) {
    }

    private RecurrenceScheduler() {
    }

    /**
     * @param policies the module of an id and version (the engine's pinned modules); a series whose
     *                 module is gone is skipped
     */
    public static List<Continuation> schedule(SchoolDay day, List<Series> series,
                                              BiFunction<String, String, Optional<CountyPolicy>> policies) {
        Map<Long, OpenCase> byId = new HashMap<>();
        day.openCases().forEach(c -> byId.put(c.id(), c));
        List<Continuation> goOn = new ArrayList<>();
        for (Series s : series) {
            Optional<CountyPolicy> policy = policies.apply(s.policyId(), s.policyVersion());
            if (policy.isEmpty()) {
                continue;
            }
            OpenCase c = s.caseId() == null ? null : byId.get(s.caseId());
            if (c != null && !applies(policy.get(), s.stepIndex(), day.caseFacts(c))) {
                continue;
            }
            String[] why = s.why().split("｜", 2);
            goOn.add(new Continuation(s, policy.get(), s.seriesKey().substring(0, s.seriesKey().lastIndexOf("/s")),
                    s.triggerText(), why[0], why.length > 1 ? why[1] : "", s.aroseAt().atZone(Ladder.TAIPEI)));
        }
        return goOn;
    }

    private static boolean applies(CountyPolicy policy, int stepIndex, CaseFacts facts) {
        List<Step> steps = policy.timeline().steps();
        return stepIndex >= 0 && stepIndex < steps.size() && steps.get(stepIndex).condition().test(facts);
    }
}
