package tw.huixiao.platform.application.escalation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.huixiao.platform.domain.escalation.TaskDraft;
import tw.huixiao.platform.application.escalation.EscalationStore.StudentFacts;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.timeline.CaseFacts;
import tw.huixiao.policy.spi.timeline.Condition;
import tw.huixiao.policy.spi.timeline.Recurrence;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Trigger;
import tw.huixiao.schedule.Due;
import tw.huixiao.schedule.DueDates;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.Occurrences;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * Turns a module's steps into task drafts for one trigger (a ladder day or a case event): the
 * steps whose condition holds for the facts, each with its due date on the school's calendar,
 * its responsible role and — where the platform knows them — the person (the class's homeroom
 * teacher, the student's mentor), and the reason it is there. Recurring steps yield one task
 * per occurrence whose period has begun by the business date.
 */
final class TaskLayout {

    /** Where tasks come from: an episode's ladder day or a case's event; part of every task key. */
    record Origin(Long caseId, Long episodeId, long studentId, String key, String triggerText, String whyZh, String whyEn) {
    }

    private final CountyPolicy policy;
    private final SchoolCalendar calendar;
    private final DueDates dueDates;

    TaskLayout(CountyPolicy policy, SchoolCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
        this.dueDates = new DueDates(calendar);
    }

    /** The ladder day a streak trigger arises on, at the start of the school day. */
    static ZonedDateTime startOfSchoolDay(LocalDate day) {
        return day.atTime(LocalTime.of(8, 0)).atZone(Ladder.TAIPEI);
    }

    List<TaskDraft> drafts(Trigger trigger, Origin origin, ZonedDateTime arose, CaseFacts facts, StudentFacts student,
                           LocalDate businessDate) {
        return drafts(trigger, origin, arose, facts, null, student, businessDate);
    }

    /**
     * The drafts of the steps whose condition holds for {@code facts} and, if {@code unless} is
     * given, not for it: a return's branch is what holds only because the student is back.
     */
    List<TaskDraft> drafts(Trigger trigger, Origin origin, ZonedDateTime arose, CaseFacts facts, CaseFacts unless,
                           StudentFacts student, LocalDate businessDate) {
        List<TaskDraft> drafts = new ArrayList<>();
        List<Step> steps = policy.timeline().steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.trigger().equals(trigger) && step.condition().test(facts)
                    && (unless == null || !step.condition().test(unless))) {
                drafts.addAll(occurrences(step, i, origin, arose, student, businessDate));
            }
        }
        return drafts;
    }

    /** Further occurrences of a recurring series whose periods have begun by the business date. */
    List<TaskDraft> occurrences(int stepIndex, Origin origin, ZonedDateTime arose, StudentFacts student,
                                LocalDate businessDate) {
        List<Step> steps = policy.timeline().steps();
        if (stepIndex < 0 || stepIndex >= steps.size()) {
            return List.of();
        }
        return occurrences(steps.get(stepIndex), stepIndex, origin, arose, student, businessDate);
    }

    /** Whether a step's condition holds for the facts (a recurring duty's next occurrence arises). */
    boolean applies(int stepIndex, CaseFacts facts) {
        List<Step> steps = policy.timeline().steps();
        return stepIndex >= 0 && stepIndex < steps.size() && steps.get(stepIndex).condition().test(facts);
    }

    private List<TaskDraft> occurrences(Step step, int index, Origin origin, ZonedDateTime arose, StudentFacts student,
                                        LocalDate businessDate) {
        String seriesKey = origin.key() + "/s" + index;
        Due due = dueDates.of(step.deadline(), arose);
        if (step.recurrenceIfAny().isEmpty()) {
            return List.of(draft(step, index, origin, seriesKey, false, 0, arose, due, student));
        }
        List<TaskDraft> drafts = new ArrayList<>();
        Recurrence recurrence = step.recurrenceIfAny().get();
        Optional<LocalDate> lastsUntil = recurrence.lastingIfBounded().map(arose.toLocalDate()::plus);
        // The periods begun by the business date; each is due at its own full end (a monthly duty
        // arising today is due within the month), not at the business date the list stops at.
        List<Occurrences.Period> periods = Occurrences.of(recurrence, arose.toLocalDate(), businessDate.plusDays(1));
        for (int p = 0; p < periods.size(); p++) {
            Occurrences.Period period = periods.get(p);
            if (period.start().isAfter(businessDate)) {
                break;
            }
            LocalDate periodEnd = period.start().plus(recurrence.every());
            if (lastsUntil.isPresent() && lastsUntil.get().isBefore(periodEnd)) {
                periodEnd = lastsUntil.get();
            }
            Due byPeriodEnd = p == 0 && due instanceof Due.ByDate first && first.date().isBefore(periodEnd)
                    ? due : new Due.ByDate(periodEnd.minusDays(1));
            for (int t = 0; t < period.times(); t++) {
                drafts.add(draft(step, index, origin, seriesKey, true, p * period.times() + t,
                        p == 0 ? arose : startOfSchoolDay(period.start()), byPeriodEnd, student));
            }
        }
        return drafts;
    }

    private TaskDraft draft(Step step, int index, Origin origin, String seriesKey, boolean recurring, int occurrence,
                            ZonedDateTime arose, Due due, StudentFacts student) {
        SchoolRole lead = step.responsible().get(0);
        Long assignee = switch (lead) {
            case HOMEROOM_TEACHER -> student == null ? null : student.homeroomId();
            case MENTOR_TEACHER -> student == null ? null : student.mentorId();
            default -> null;
        };
        String others = step.responsible().size() == 1 ? null : step.responsible().subList(1, step.responsible().size())
                .stream().map(Enum::name).collect(Collectors.joining(","));
        String condition = step.condition() instanceof Condition.Always ? ""
                : "；條件 condition: " + step.condition().describe();
        String dueKind;
        LocalDate earliest = null;
        LocalDate dueOn = null;
        java.time.Instant dueAt = null;
        if (due instanceof Due.ByDate d) {
            dueKind = "DATE";
            dueOn = d.date();
        } else if (due instanceof Due.ByTime t) {
            dueKind = "TIME";
            dueAt = t.time().toInstant();
            dueOn = t.time().toLocalDate();
        } else if (due instanceof Due.Between b) {
            dueKind = "WINDOW";
            earliest = b.earliest();
            dueOn = b.latest();
        } else {
            dueKind = "ONGOING";
        }
        return new TaskDraft(seriesKey + "/" + occurrence, seriesKey, recurring, origin.caseId(), origin.episodeId(),
                origin.studentId(), step.ruleId().toString(), index, occurrence, origin.triggerText(),
                origin.whyZh() + "｜" + origin.whyEn() + condition, lead.name(), others, assignee, step.duty().zhTw(),
                step.duty().en(), step.sourceIfAny().orElse(null), step.producesIfAny().orElse(null), arose.toInstant(),
                dueKind, earliest, dueOn, dueAt);
    }
}
