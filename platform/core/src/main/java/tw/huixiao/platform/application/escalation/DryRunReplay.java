package tw.huixiao.platform.application.escalation;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tw.huixiao.platform.application.escalation.EscalationStore.StudentFacts;
import tw.huixiao.platform.application.escalation.detect.CountMet;
import tw.huixiao.platform.application.escalation.detect.CumulativeDetector;
import tw.huixiao.platform.application.escalation.detect.EpisodeDays;
import tw.huixiao.platform.application.escalation.detect.ModuleRules;
import tw.huixiao.platform.application.escalation.detect.ReturnDetector;
import tw.huixiao.platform.application.escalation.detect.SchoolDay;
import tw.huixiao.platform.application.escalation.detect.StreakDetector;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.platform.domain.escalation.OpenCase;
import tw.huixiao.platform.domain.escalation.TaskDraft;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.Trigger;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * A dry-run of one module version over one school's past attendance (issue 21 §3), in memory:
 * day by day over the period, the same pure detectors the engine uses ({@link StreakDetector},
 * {@link ReturnDetector}, {@link CumulativeDetector}, {@link EpisodeDays}) see a {@link SchoolDay}
 * snapshot of what was recorded up to that day; the episodes and cases they open are kept in
 * memory, and the module's ladder is planned into duties with due dates on the school's calendar
 * ({@link TaskLayout}). Nothing is read or written here: the caller hands in the history and
 * gets back the cases and duties the version would have produced.
 *
 * <p>What the replay leaves out, because it is not in the attendance history: the facts people
 * enter on a case (cause found, emergency), registration and transfer no-shows (NT-CAT2, NT-CAT3:
 * enrolment events) and monthly leave rules (leave requests). Both versions are replayed with the
 * same omissions, so the difference between them is still the module's.
 */
public final class DryRunReplay {

    /** How far before the period a streak or a semester's absence is looked for (as the engine). */
    private static final int LOOKBACK_DAYS = 200;

    /** One school's recorded history: unexcused days and taken rolls from the lookback to the period's end. */
    public record History(long schoolId, SchoolCalendar calendar, Map<Long, NavigableSet<LocalDate>> unexcused,
                          Map<Long, Set<LocalDate>> rolls, Map<Long, StudentFacts> students) {
    }

    /** A case the version would open: the student, the category, the day its threshold was met. */
    public record Case(long studentId, String categoryId, LocalDate openedOn) {
    }

    /**
     * A duty the version would lay out: for whom, under which rule, which role, the duty's text,
     * when it arises and when it is due (null: ongoing).
     */
    public record Duty(long studentId, String ruleId, String role, String duty, LocalDate arose, LocalDate due) {
    }

    /** What one version would have produced over the period. */
    public record Outcome(List<Case> cases, List<Duty> duties) {
        public Outcome {
            cases = List.copyOf(cases);
            duties = List.copyOf(duties);
        }
    }

    private DryRunReplay() {
    }

    /** Replays the school days from {@code from} to {@code to} (inclusive) under the module. */
    public static Outcome replay(History history, CountyPolicy policy, LocalDate from, LocalDate to) {
        return new Run(history, policy, to).run(from);
    }

    private static final class Run {
        private final History history;
        private final CountyPolicy policy;
        private final LocalDate end;
        private final SchoolCalendar calendar;
        private final TaskLayout layout;
        private final Optional<CaseCategory> streakCategory;
        private final int lastDay;
        private final Map<Long, Episode> episodes = new LinkedHashMap<>();
        private final Map<String, OpenCase> openCases = new LinkedHashMap<>();
        private final Map<String, LocalDate> latestOpening = new HashMap<>();
        private final Map<String, TaskDraft> tasks = new LinkedHashMap<>();
        private final Set<String> duties = new HashSet<>();
        private final List<Case> cases = new ArrayList<>();
        private final Map<Long, SchoolDay.Student> students = new HashMap<>();
        private long nextEpisode = 1;
        private long nextCase = 1;
        private LocalDate today;

        Run(History history, CountyPolicy policy, LocalDate end) {
            this.history = history;
            this.policy = policy;
            this.end = end;
            this.calendar = history.calendar();
            this.layout = new TaskLayout(policy, calendar);
            this.streakCategory = ModuleRules.streakCategory(policy);
            this.lastDay = policy.timeline().steps().stream().filter(s -> s.trigger() instanceof Trigger.StreakDay)
                    .mapToInt(s -> ((Trigger.StreakDay) s.trigger()).day()).max().orElse(0);
            history.students().values().forEach(s -> students.put(s.id(), new SchoolDay.Student(s.id(),
                    s.indigenous(), s.classId())));
        }

        Outcome run(LocalDate from) {
            for (LocalDate d = from; !d.isAfter(end); d = d.plusDays(1)) {
                if (!calendar.isSchoolDay(d)) {
                    continue;
                }
                today = d;
                SchoolDay read = snapshot(d);
                streakCategory.ifPresent(category -> StreakDetector.streaks(read)
                        .forEach(s -> streak(category.id(), s)));
                for (ReturnDetector.Return r : ReturnDetector.detect(now(read), this::isStreakEpisode)) {
                    returned(r.episode(), r.on());
                }
                for (Episode e : List.copyOf(episodes.values())) {
                    if (!e.finished()) {
                        advance(e, read);
                    }
                }
                cumulative(now(read));
            }
            List<Duty> planned = tasks.values().stream().map(t -> new Duty(t.studentId(), t.ruleId(), t.responsibleRole(),
                    t.dutyZh(), t.aroseAt().atZone(tw.huixiao.schedule.Ladder.TAIPEI).toLocalDate(), t.dueOn()))
                    .toList();
            return new Outcome(cases, planned);
        }

        /** What was recorded up to the day: the engine's read of that day, had it run then. */
        private SchoolDay snapshot(LocalDate d) {
            LocalDate since = d.minusDays(LOOKBACK_DAYS);
            SchoolDay.Builder day = SchoolDay.builder(history.schoolId(), d, calendar);
            history.unexcused().forEach((student, days) -> {
                NavigableSet<LocalDate> upTo = days.subSet(since, true, d, true);
                if (!upTo.isEmpty()) {
                    day.unexcused(Map.of(student, upTo));
                }
            });
            history.rolls().forEach((classId, days) -> days.stream().filter(x -> !x.isAfter(d) && !x.isBefore(since))
                    .forEach(x -> day.roll(classId, x)));
            students.values().forEach(day::student);
            return day.build();
        }

        private SchoolDay now(SchoolDay read) {
            return read.with(episodes.values(), openCases.values(), students);
        }

        private boolean isStreakEpisode(Episode e) {
            return streakCategory.map(c -> c.id().equals(e.categoryId())).orElse(false);
        }

        private Episode activeEpisode(long studentId, String categoryId) {
            return episodes.values().stream().filter(e -> !e.finished() && e.studentId() == studentId
                    && e.categoryId().equals(categoryId)).findFirst().orElse(null);
        }

        private void streak(String categoryId, StreakDetector.Streak s) {
            Episode episode = activeEpisode(s.studentId(), categoryId);
            if (episode != null && episode.startedOn().equals(s.start())) {
                if (s.end().isAfter(episode.lastAbsentOn())) {
                    episodes.put(episode.id(), episode.withLastAbsentOn(s.end()));
                }
                return;
            }
            if (episode != null && s.start().isBefore(episode.startedOn())) {
                return;
            }
            boolean seen = episodes.values().stream().anyMatch(e -> e.studentId() == s.studentId()
                    && e.categoryId().equals(categoryId) && e.startedOn().equals(s.start()));
            if (seen) {
                return; // an episode of this streak finished already (the student came back)
            }
            if (episode != null) {
                episodes.put(episode.id(), episode.finish());
            }
            OpenCase open = Optional.ofNullable(openCases.get(s.studentId() + "/" + categoryId))
                    .filter(c -> !c.openedOn().isAfter(s.start())).orElse(null);
            long id = nextEpisode++;
            episodes.put(id, new Episode(id, s.studentId(), categoryId, policy.identity().id(),
                    policy.identity().version().toString(), s.start(), s.end(), null, 0, false,
                    open == null ? null : open.id()));
        }

        private void returned(Episode e, LocalDate day) {
            Episode back = e.withReturnedOn(day);
            episodes.put(back.id(), back);
            if (back.caseId() != null) {
                openCases.values().stream().filter(c -> c.id() == back.caseId()).findFirst().ifPresent(c -> {
                    OpenCase updated = new OpenCase(c.id(), c.studentId(), c.categoryId(), c.policyId(),
                            c.policyVersion(), c.openedOn(), c.causeKnown(), c.emergency(), day);
                    openCases.put(c.studentId() + "/" + c.categoryId(), updated);
                    caseEvent(updated, CaseEvent.RETURNED, TaskLayout.startOfSchoolDay(day));
                });
            }
        }

        /** As the engine's advance: the case at the threshold, every ladder day recorded, a return's branch. */
        private void advance(Episode e, SchoolDay read) {
            Optional<CaseCategory> category = ModuleRules.category(policy, e.categoryId());
            if (category.isEmpty()) {
                return;
            }
            int absentDays = EpisodeDays.absentDays(calendar, today, e, isStreakEpisode(e));
            Episode episode = e;
            Optional<LocalDate> metOn = EpisodeDays.thresholdMet(calendar, category.get(), episode, absentDays);
            if (episode.caseId() == null && metOn.isPresent()) {
                OpenCase opened = openCase(category.get(), episode.studentId(), metOn.get());
                episode = episode.withCase(opened.id());
                if (episode.returned()) {
                    returnedCase(opened, episode.returnedOn());
                }
            }
            for (int n = episode.ladderDay() + 1; n <= Math.min(absentDays, lastDay); n++) {
                LocalDate dayN = calendar.streakDay(episode.startedOn(), n);
                layDay(episode, n, dayN, TaskLayout.startOfSchoolDay(dayN), facts(episode, false, dayN, read), null);
            }
            if (absentDays > episode.ladderDay()) {
                episode = episode.withLadderDay(Math.min(absentDays, lastDay));
            }
            if (episode.returned()) {
                int returnDay = Math.min(Math.max(1, calendar.schoolDaysBetween(episode.startedOn(),
                        episode.returnedOn())), lastDay);
                if (returnDay >= 1) {
                    LocalDate back = episode.returnedOn();
                    layDay(episode, returnDay, calendar.streakDay(episode.startedOn(), returnDay),
                            TaskLayout.startOfSchoolDay(back), facts(episode, true, back, read),
                            facts(episode, false, back, read));
                }
                episode = episode.finish();
            }
            episodes.put(episode.id(), episode);
        }

        private void returnedCase(OpenCase c, LocalDate day) {
            OpenCase updated = new OpenCase(c.id(), c.studentId(), c.categoryId(), c.policyId(), c.policyVersion(),
                    c.openedOn(), c.causeKnown(), c.emergency(), day);
            openCases.put(c.studentId() + "/" + c.categoryId(), updated);
            caseEvent(updated, CaseEvent.RETURNED, TaskLayout.startOfSchoolDay(day));
        }

        /** The counting rules (TW-LONG-ABSENCE: 7 unexcused days in the semester), one case per student and category. */
        private void cumulative(SchoolDay day) {
            for (CaseCategory category : policy.categories()) {
                for (DetectionRule rule : category.detection()) {
                    for (CountMet hit : CumulativeDetector.detect(day, category, rule)) {
                        String key = hit.studentId() + "/" + category.id();
                        if (openCases.containsKey(key)) {
                            continue;
                        }
                        boolean covered = policy.categories().stream().anyMatch(other ->
                                !other.id().equals(category.id()) && other.detection().contains(rule)
                                        && openCases.containsKey(hit.studentId() + "/" + other.id()));
                        LocalDate last = latestOpening.get(key);
                        if (covered || (last != null && !last.isBefore(hit.periodStart()))) {
                            continue;
                        }
                        openCase(category, hit.studentId(), hit.metOn());
                    }
                }
            }
        }

        private OpenCase openCase(CaseCategory category, long studentId, LocalDate metOn) {
            String key = studentId + "/" + category.id();
            OpenCase existing = openCases.get(key);
            if (existing != null) {
                return existing;
            }
            OpenCase opened = new OpenCase(nextCase++, studentId, category.id(), policy.identity().id(),
                    policy.identity().version().toString(), metOn, null, false, null);
            openCases.put(key, opened);
            latestOpening.put(key, metOn);
            cases.add(new Case(studentId, category.id(), metOn));
            ZonedDateTime at = TaskLayout.startOfSchoolDay(metOn);
            caseEvent(opened, CaseEvent.OPENED, at);
            if (SchoolEscalation.isAtRiskKind(category.kind())) {
                TaskLayout.Origin atRisk = new TaskLayout.Origin(opened.id(), null, studentId,
                        "case" + opened.id() + "/d0", "day 0", "", "");
                store(layout.drafts(Trigger.streakDay(0), atRisk, at, caseFacts(opened), student(studentId),
                        horizon(at)));
            }
            return opened;
        }

        private void caseEvent(OpenCase c, CaseEvent event, ZonedDateTime at) {
            TaskLayout.Origin origin = new TaskLayout.Origin(c.id(), null, c.studentId(), "case" + c.id() + "/"
                    + event.name() + (event == CaseEvent.OPENED ? "" : "@" + at.toLocalDate()), "on " + event.name(),
                    "", "");
            store(layout.drafts(Trigger.on(event), origin, at, caseFacts(c), student(c.studentId()), horizon(at)));
        }

        private void layDay(Episode e, int n, LocalDate dayN, ZonedDateTime arose, CaseSituation facts,
                            CaseSituation unless) {
            TaskLayout.Origin origin = new TaskLayout.Origin(e.caseId(), e.id(), e.studentId(), "ep" + e.id() + "/d" + n,
                    "day " + n, "", "");
            store(layout.drafts(Trigger.streakDay(n), origin, arose, facts, unless, student(e.studentId()),
                    horizon(arose)));
        }

        /** Recurring duties: the occurrences begun by the period's end (the replay sees the whole period). */
        private LocalDate horizon(ZonedDateTime arose) {
            return end.isBefore(arose.toLocalDate()) ? arose.toLocalDate() : end;
        }

        private CaseSituation caseFacts(OpenCase c) {
            StudentFacts s = history.students().get(c.studentId());
            return SchoolDay.caseFacts(c, s != null && s.indigenous(), today);
        }

        private CaseSituation facts(Episode e, boolean returned, LocalDate day, SchoolDay read) {
            StudentFacts s = history.students().get(e.studentId());
            boolean many = EpisodeDays.manyAwayOn(read.unexcused(), episodes.values(), day);
            return new CaseSituation(e.categoryId(), s != null && s.indigenous(), false, null, returned, many);
        }

        private StudentFacts student(long id) {
            return history.students().get(id);
        }

        /** One task per key, and (as the store's onePerDuty) one per case, rule, duty, role and due date. */
        private void store(List<TaskDraft> drafts) {
            for (TaskDraft d : drafts) {
                String duty = d.caseId() + "|" + d.ruleId() + "|" + d.dutyZh() + "|" + d.responsibleRole() + "|"
                        + d.dueKind() + "|" + d.dueOn();
                if (tasks.containsKey(d.taskKey()) || (d.caseId() != null && !d.recurring() && !duties.add(duty))) {
                    continue;
                }
                tasks.put(d.taskKey(), d);
            }
        }
    }

    /** An unmodifiable, sorted copy of a set of days (for callers building a history). */
    public static NavigableSet<LocalDate> days(Set<LocalDate> days) {
        return Collections.unmodifiableNavigableSet(new TreeSet<>(days));
    }
}
