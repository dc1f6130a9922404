package tw.huixiao.platform.application.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.application.escalation.detect.CountMet;
import tw.huixiao.platform.application.escalation.detect.CumulativeDetector;
import tw.huixiao.platform.application.escalation.detect.EpisodeDays;
import tw.huixiao.platform.application.escalation.detect.LeaveDetector;
import tw.huixiao.platform.application.escalation.detect.MissingRollDetector;
import tw.huixiao.platform.application.escalation.detect.ModuleRules;
import tw.huixiao.platform.application.escalation.detect.NoShowDetector;
import tw.huixiao.platform.application.escalation.detect.RecurrenceScheduler;
import tw.huixiao.platform.application.escalation.detect.ReturnDetector;
import tw.huixiao.platform.application.escalation.detect.SchoolDay;
import tw.huixiao.platform.application.escalation.detect.StreakDetector;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.platform.domain.escalation.OpenCase;
import tw.huixiao.platform.domain.escalation.TaskDraft;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.escalation.EscalationStore.StudentFacts;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.policy.ModuleCalls;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.Trigger;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * The escalation engine for one school and one business date, in its own transaction under a
 * per-school advisory lock. Detection follows the rules of the school's newest module; an
 * episode or case keeps following the module version it was started under.
 *
 * <ol>
 *   <li>Unexcused streaks in school days (weekends, holidays and closures neither count nor
 *       break a streak; presence or leave breaks it) start episodes; a module's
 *       ConsecutiveUnexcusedDays threshold (TW-DROPOUT: 3) turns one into a case, opened on the
 *       day the threshold was met ({@link StreakDetector}).</li>
 *   <li>A student seen at school again (a taken roll without an unexcused mark) has returned:
 *       the case records RETURNED on the return day and the return's branch arises that day.
 *       Duties that arose before stay owed: once a duty arises only a person closes it; a
 *       return ends only what has not arisen (steps requiring {@code Condition.stillAbsent()}) ({@link ReturnDetector}).</li>
 *   <li>Registration and transfer no-shows (NT-CAT2, NT-CAT3) run the same way from the
 *       semester's first day or the day after the transfer, their days counted on the calendar ({@link NoShowDetector}).</li>
 *   <li>Day N arises when day N is recorded: a streak's ladder days are the days recorded
 *       absent, dated on those days, never a day whose roll has not come ({@link EpisodeDays}).</li>
 *   <li>Cumulative semester absence (TW-LONG-ABSENCE: 7) and monthly leave (Taoyuan: 6
 *       requests, 7 days) open cases, with their day-0 duties for at-risk kinds; a case of another
 *       category opened by the same rule records the criterion instead (one child, one case)
 *       ({@link CumulativeDetector}, {@link LeaveDetector}).</li>
 *   <li>Recurring duties gain the occurrences whose period has begun ({@link RecurrenceScheduler}).</li>
 *   <li>The daily run flags rolls that never came ({@link MissingRollDetector}).</li>
 * </ol>
 * The detectors are pure functions of one read of the school's day ({@link SchoolDay}); this
 * class reads it, runs them in this order and writes what they find through the store.
 * Everything is keyed so that running a date twice adds nothing.
 */
@ApplicationScoped
public class SchoolEscalation {

    /** How far back a streak or a semester's absence is looked for. */
    private static final int LOOKBACK_DAYS = 200;

    public record Outcome(int casesOpened, int tasksCreated) {
        public Outcome plus(Outcome other) {
            return new Outcome(casesOpened + other.casesOpened, tasksCreated + other.tasksCreated);
        }
    }

    @Inject
    Tenancy tenancy;

    @Inject
    EscalationStore store;

    @Inject
    SchoolRepository schools;

    @Inject
    Policies policies;

    @Inject
    CalendarService calendars;

    /** Every call into module code runs under its time budget (issue 21 §5). */
    @Inject
    ModuleCalls moduleCalls;

    /**
     * Runs the engine for one school. {@code factsMayHaveChanged} (after an import or a change of a
     * case's facts) lets each case's current ladder day lay out the branch its facts now take
     * (cause found, emergency) — adding duties, never setting any aside. The daily run passes
     * false: it does what the calendar alone decides, and flags a school day whose roll never came.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome run(long schoolId, LocalDate businessDate, boolean factsMayHaveChanged) {
        return work(schoolId, businessDate, factsMayHaveChanged);
    }

    /**
     * The daily run's work of one school: as {@link #run(long, LocalDate, boolean)}, and then, in
     * the same transaction, {@code done} with what it did (the run records the school done under
     * its lease, so the school's writes and its progress commit together or not at all).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome run(long schoolId, LocalDate businessDate, boolean factsMayHaveChanged,
                       java.util.function.Consumer<Outcome> done) {
        Outcome outcome = work(schoolId, businessDate, factsMayHaveChanged);
        done.accept(outcome);
        return outcome;
    }

    private Outcome work(long schoolId, LocalDate businessDate, boolean factsMayHaveChanged) {
        tenancy.bind(schoolId);
        store.lockSchool(schoolId);
        store.relaxCommit();
        School school = schools.find(schoolId).orElseThrow();
        SchoolCalendar calendar = calendars.schoolCalendar(schoolId, school.getCounty().value());
        Work work = new Work(schoolId, businessDate, calendar,
                policies.forCounty(school.getCounty()).map(moduleCalls::guard));
        work.recheckAll = factsMayHaveChanged;
        return work.run();
    }

    /**
     * Lays out the duties a case event starts (opened by hand, reported, re-enrolled…), in the
     * caller's transaction, which must be bound to the school.
     */
    @Transactional
    public int onCaseEvent(long schoolId, long caseId, CaseEvent event, Instant at, LocalDate businessDate) {
        return onCaseEvent(schoolId, caseId, event, at, businessDate, null);
    }

    /**
     * Lays out the duties of one occurrence of a case event that may happen more than once a day
     * (each protective concern, each re-enrolment application, each detention): {@code occurrence}
     * names it, and its tasks' keys start with {@link #eventKey}{@code + "/"}.
     */
    @Transactional
    public int onCaseEvent(long schoolId, long caseId, CaseEvent event, Instant at, LocalDate businessDate,
                           String occurrence) {
        School school = schools.find(schoolId).orElseThrow();
        SchoolCalendar calendar = calendars.schoolCalendar(schoolId, school.getCounty().value());
        Work work = new Work(schoolId, businessDate, calendar, Optional.empty());
        OpenCase open = store.openCase(schoolId, caseId).orElseThrow();
        return work.caseEvent(open, event, at.atZone(TaskLayout.startOfSchoolDay(businessDate).getZone()), occurrence);
    }

    /** The key of a named occurrence of a case event; its tasks' keys start with it and "/". */
    public static String eventKey(long caseId, CaseEvent event, String occurrence) {
        return "case" + caseId + "/" + event.name() + "#" + occurrence;
    }

    /**
     * One run: reads the school's day once ({@link SchoolDay}), runs the detectors over it in the
     * engine's order, and applies their findings through the store — episodes started, extended,
     * returned or finished, cases opened, duties laid out. Each detector after the first sees the
     * episodes and cases as the findings before it left them.
     */
    private final class Work {
        private final long schoolId;
        private final LocalDate today;
        private final SchoolCalendar calendar;
        private final Optional<CountyPolicy> current;
        private final Map<String, Optional<CountyPolicy>> pinned = new HashMap<>();
        private final Map<Long, Episode> episodes = new LinkedHashMap<>();
        /** Episodes as stored, so that only changes are written back. */
        private final Map<Long, Episode> stored = new HashMap<>();
        /** Whether several students were away at once, by day, as worked out in this run. */
        private final Map<LocalDate, Boolean> manyAtOnce = new HashMap<>();
        private final Map<String, OpenCase> openCases = new HashMap<>();
        private final Map<Long, StudentFacts> students = new HashMap<>();
        private final Set<Long> studentsLooked = new HashSet<>();
        /** The school's day as read at the start of the run. */
        private SchoolDay read;
        private boolean recheckAll = true;
        private int casesOpened;
        private int tasksCreated;

        Work(long schoolId, LocalDate today, SchoolCalendar calendar, Optional<CountyPolicy> current) {
            this.schoolId = schoolId;
            this.today = today;
            this.calendar = calendar;
            this.current = current;
        }

        Outcome run() {
            read = read();
            read.episodes().forEach(this::track);
            read.openCases().forEach(c -> openCases.put(c.studentId() + "/" + c.categoryId(), c));
            if (current.isPresent()) {
                startStreaks(current.get());
            }
            loadStudents(episodes.values().stream().filter(e -> !e.finished()).map(Episode::studentId));
            for (ReturnDetector.Return r : ReturnDetector.detect(now(), this::isStreakEpisode)) {
                returned(r.episode(), r.on());
            }
            if (current.isPresent()) {
                NoShowDetector.detect(now(), current.get()).forEach(f -> noShow(current.get(), f));
            }
            for (Episode e : List.copyOf(episodes.values())) {
                if (!e.finished()) {
                    advance(e);
                }
            }
            if (current.isPresent()) {
                cumulativeAndLeave(current.get());
            }
            recurrences();
            if (!recheckAll) {
                MissingRollDetector.detect(read)
                        .ifPresent(m -> store.flagMissingRolls(schoolId, m.day(), m.classIds(), today));
            }
            return new Outcome(casesOpened, tasksCreated);
        }

        /**
         * The school's day: attendance over the lookback, active episodes and open cases, the facts
         * of the students involved (a recent absence, an episode, a case, an enrolment event), and
         * what only the module's rules need (releases, enrolment, leave), in as many reads as today.
         */
        private SchoolDay read() {
            LocalDate since = today.minusDays(LOOKBACK_DAYS);
            SchoolDay.Builder day = SchoolDay.builder(schoolId, today, calendar);
            Map<Long, NavigableSet<LocalDate>> unexcused = store.unexcused(schoolId, since, today);
            day.unexcused(unexcused).rolls(store.rolls(schoolId, since, today));
            List<Episode> active = store.activeEpisodes(schoolId);
            List<OpenCase> open = store.openCases(schoolId);
            active.forEach(day::episode);
            open.forEach(day::openCase);
            LocalDate recent = today.minusDays(StreakDetector.RECENT_DAYS);
            Set<Long> involved = new HashSet<>();
            unexcused.forEach((student, days) -> {
                if (!days.last().isBefore(recent)) {
                    involved.add(student);
                }
            });
            active.forEach(e -> involved.add(e.studentId()));
            open.forEach(c -> involved.add(c.studentId()));
            if (current.map(ModuleRules::detectsNoShows).orElse(false)) {
                for (EscalationStore.EnrolmentEvent e : store.enrolmentEvents(schoolId, since)) {
                    day.enrolment(new SchoolDay.Enrolment(e.studentId(), e.kind(), e.occurredOn()));
                    involved.add(e.studentId());
                }
            }
            loadStudents(involved.stream());
            students.values().forEach(s -> day.student(detectorView(s)));
            if (current.flatMap(ModuleRules::streakCategory).isPresent()) {
                store.releasesFromDetention(schoolId, since, today).forEach(day::released);
            }
            if (current.map(ModuleRules::detectsRegistrationNoShows).orElse(false)
                    && calendar.termOf(today).isPresent()) {
                store.enrolledStudents(schoolId).forEach(day::enrolled);
            }
            if (current.map(ModuleRules::countsLeave).orElse(false)) {
                store.leave(schoolId, today.withDayOfMonth(1), today).forEach((student, l) ->
                        day.leave(student, new SchoolDay.Leave(l.leaveRequests(), l.personalAndSickDays())));
            }
            return day.build();
        }

        /** The day as read, with the episodes, cases and students as the findings so far left them. */
        private SchoolDay now() {
            Map<Long, SchoolDay.Student> known = new HashMap<>();
            students.values().forEach(s -> known.put(s.id(), detectorView(s)));
            return read.with(episodes.values(), openCases.values(), known);
        }

        /**
         * Starts or extends the episode of the module's streak category for every recent streak
         * ({@link StreakDetector}); one read finds the episodes these streaks already have, so a
         * streak seen by an earlier run costs no statement of its own.
         */
        private void startStreaks(CountyPolicy policy) {
            StreakDetector.detect(read, policy).ifPresent(found -> {
                String categoryId = found.category().id();
                Map<Long, Set<LocalDate>> starts = new HashMap<>();
                found.streaks().forEach(s -> starts.computeIfAbsent(s.studentId(), k -> new HashSet<>()).add(s.start()));
                Map<String, Episode> recentEpisodes = new HashMap<>();
                store.episodes(schoolId, categoryId, starts)
                        .forEach(e -> recentEpisodes.put(e.studentId() + "@" + e.startedOn(), e));
                for (StreakDetector.Streak s : found.streaks()) {
                    streak(policy, s.studentId(), categoryId, s.start(), s.end(), recentEpisodes);
                }
            });
        }

        private void streak(CountyPolicy policy, long studentId, String categoryId, LocalDate start, LocalDate end,
                            Map<String, Episode> recentEpisodes) {
            Episode episode = activeEpisode(studentId, categoryId);
            if (episode != null && episode.startedOn().equals(start)) {
                if (end.isAfter(episode.lastAbsentOn())) {
                    put(episode.withLastAbsentOn(end));
                }
            } else if (episode != null && start.isBefore(episode.startedOn())) {
                return; // an older streak, already followed up
            } else {
                if (episode != null) {
                    // A new streak after the student came back: the earlier episode is over.
                    put(episode.finish());
                }
                Episode found = recentEpisodes.get(studentId + "@" + start);
                if (found != null && end.isAfter(found.lastAbsentOn())) {
                    found = found.withLastAbsentOn(end);
                    store.updateEpisode(schoolId, found);
                } else if (found == null) {
                    // A streak after a case opened continues that case; an earlier streak, seen only
                    // now (a catch-up run), is not part of a case opened after it.
                    OpenCase open = Optional.ofNullable(openCases.get(studentId + "/" + categoryId))
                            .filter(c -> !c.openedOn().isAfter(start)).orElse(null);
                    String policyId = open != null ? open.policyId() : policy.identity().id();
                    String version = open != null ? open.policyVersion() : policy.identity().version().toString();
                    found = store.insertEpisode(schoolId, new Episode(null, studentId, categoryId, policyId, version,
                            start, end, null, 0, false, open == null ? null : open.id()));
                }
                if (found.finished()) {
                    return;
                }
                track(found);
            }
        }

        private void returned(Episode e, LocalDate day) {
            Episode back = e.withReturnedOn(day);
            put(back);
            if (back.caseId() != null) {
                caseReturned(back.caseId(), day);
            }
        }

        /** The case records the return, dated on the day the student came back, and its duties arise. */
        private void caseReturned(long caseId, LocalDate day) {
            store.setCaseReturned(schoolId, caseId, day);
            findCase(caseId).ifPresent(c -> {
                OpenCase updated = new OpenCase(c.id(), c.studentId(), c.categoryId(), c.policyId(), c.policyVersion(),
                        c.openedOn(), c.causeKnown(), c.emergency(), day);
                openCases.put(c.studentId() + "/" + c.categoryId(), updated);
                store.recordCaseEvent(schoolId, c.id(), CaseEvent.RETURNED.name(),
                        TaskLayout.startOfSchoolDay(day).toInstant(), null, "出缺席紀錄顯示學生已到校 (attendance shows the student back)");
                caseEvent(updated, CaseEvent.RETURNED, TaskLayout.startOfSchoolDay(day));
            });
        }

        /** Applies a no-show finding (NT-CAT2, NT-CAT3): an episode starts, goes on, or its student arrived. */
        private void noShow(CountyPolicy policy, NoShowDetector.Finding finding) {
            if (finding instanceof NoShowDetector.StillMissing still) {
                put(still.episode().withLastAbsentOn(still.lastAbsentOn()));
            } else if (finding instanceof NoShowDetector.Arrived arrived) {
                returned(arrived.episode(), arrived.on());
            } else if (finding instanceof NoShowDetector.Missing missing) {
                Episode episode = store.insertEpisode(schoolId, new Episode(null, missing.studentId(),
                        missing.category().id(), policy.identity().id(), policy.identity().version().toString(),
                        missing.start(), missing.lastAbsentOn(), null, 0, false, null));
                track(episode);
                LocalDate transferredOn = missing.transferredOn();
                if (transferredOn != null) {
                    // NT-TRANSFER-CHECK: the transfer itself starts duties (contact the receiving school).
                    TaskLayout.Origin origin = new TaskLayout.Origin(null, episode.id(), missing.studentId(),
                            "ep" + episode.id() + "/TRANSFERRED_OUT", "on TRANSFERRED_OUT",
                            "轉出（" + transferredOn + "）", "transferred out on " + transferredOn);
                    store(new TaskLayout(policy, calendar).drafts(Trigger.on(CaseEvent.TRANSFERRED_OUT), origin,
                            TaskLayout.startOfSchoolDay(transferredOn), facts(episode, false, false),
                            student(missing.studentId()), today));
                }
            }
        }

        /**
         * Opens the case at the threshold and lays out every ladder day recorded since the last run.
         * Day N arises when day N is recorded: a streak's ladder reaches the days recorded absent,
         * never a school day whose roll has not come (registration and transfer no-shows have no
         * roll: their days are the calendar's). A return lays out the branch of the day the student
         * came back, dated that day, and ends the episode: what arose before stays owed.
         */
        private void advance(Episode e) {
            Optional<CountyPolicy> policy = policy(e.policyId(), e.policyVersion());
            Optional<CaseCategory> category = policy.flatMap(p -> ModuleRules.category(p, e.categoryId()));
            if (category.isEmpty()) {
                return;
            }
            CountyPolicy p = policy.get();
            int absentDays = EpisodeDays.absentDays(calendar, today, e, isStreakEpisode(e));
            int lastDay = lastLadderDay(p);
            Episode episode = e;
            Optional<LocalDate> metOn = EpisodeDays.thresholdMet(calendar, category.get(), episode, absentDays);
            if (episode.caseId() == null && metOn.isPresent()) {
                OpenCase opened = openCase(p, category.get(), episode.studentId(), metOn.get(), "連續未到校自 "
                        + episode.startedOn() + " 起達 " + category.get().name().zhTw()
                        + " 認定標準，系統開案 (opened by the escalation engine)");
                episode = episode.withCase(opened.id());
                store.linkEpisodeTasks(schoolId, episode.id(), opened.id());
                if (episode.returned()) {
                    // Found late (an import after the return): the case still records the return.
                    caseReturned(opened.id(), episode.returnedOn());
                }
            }
            TaskLayout layout = new TaskLayout(p, calendar);
            for (int n = episode.ladderDay() + 1; n <= Math.min(absentDays, lastDay); n++) {
                LocalDate dayN = calendar.streakDay(episode.startedOn(), n);
                layDay(layout, episode, n, dayN, TaskLayout.startOfSchoolDay(dayN), facts(episode, false, manyAtOnce(dayN)),
                        null);
            }
            if (absentDays > episode.ladderDay()) {
                episode = episode.withLadderDay(Math.min(absentDays, lastDay));
            }
            if (episode.returned()) {
                // The branch of the day the student came back (capped at the ladder's last day):
                // the steps that hold only because the student is back.
                int returnDay = Math.min(Math.max(1, calendar.schoolDaysBetween(episode.startedOn(),
                        episode.returnedOn())), lastDay);
                if (returnDay >= 1) {
                    LocalDate back = episode.returnedOn();
                    layDay(layout, episode, returnDay, calendar.streakDay(episode.startedOn(), returnDay),
                            TaskLayout.startOfSchoolDay(back), facts(episode, true, manyAtOnce(back)),
                            facts(episode, false, manyAtOnce(back)));
                }
                episode = episode.finish();
            } else if (recheckAll && episode.caseId() != null && episode.ladderDay() >= 1) {
                // The case's facts may have changed (cause found, emergency): the current day's
                // other branch arises. Nothing that arose is re-tested.
                LocalDate current = calendar.streakDay(episode.startedOn(), episode.ladderDay());
                layDay(layout, episode, episode.ladderDay(), current, TaskLayout.startOfSchoolDay(current),
                        facts(episode, false, manyAtOnce(current)), null);
            }
            put(episode);
        }

        /**
         * Lays out ladder day {@code n} (on {@code dayN}) arising at {@code arose}; with {@code unless},
         * only the steps that hold for the facts but not for {@code unless} (a return's branch).
         */
        private void layDay(TaskLayout layout, Episode e, int n, LocalDate dayN, ZonedDateTime arose, CaseSituation facts,
                            CaseSituation unless) {
            TaskLayout.Origin origin = new TaskLayout.Origin(e.caseId(), e.id(), e.studentId(), "ep" + e.id() + "/d" + n,
                    "day " + n, "未到校第 " + n + " 天（" + dayN + "；自 " + e.startedOn() + " 起）",
                    "day " + n + " of absence since " + e.startedOn());
            store(layout.drafts(Trigger.streakDay(n), origin, arose, facts, unless, student(e.studentId()), today));
        }

        /**
         * Applies the counting rules ({@link CumulativeDetector}: TW-LONG-ABSENCE, 7 unexcused days
         * in the semester; {@link LeaveDetector}: a module's monthly leave rules, TY-LONG-LEAVE) rule
         * by rule in the module's order. Where the student's open case of another category is
         * detected by the same rule (NT-CAT1 also counts 7 days), that case records the criterion
         * instead of a second case; a case closed earlier in the same period is not reopened.
         */
        private void cumulativeAndLeave(CountyPolicy policy) {
            Map<String, LocalDate> latest = null;
            Map<Long, Set<String>> criteria = null;
            for (CaseCategory category : policy.categories()) {
                for (DetectionRule rule : category.detection()) {
                    List<CountMet> hits = new ArrayList<>(CumulativeDetector.detect(read, category, rule));
                    hits.addAll(LeaveDetector.detect(read, category, rule));
                    for (CountMet hit : hits) {
                        long studentId = hit.studentId();
                        if (openCases.containsKey(studentId + "/" + category.id())) {
                            continue;
                        }
                        Optional<OpenCase> covering = coveringCase(policy, category, rule, studentId);
                        if (covering.isPresent()) {
                            criteria = criteria != null ? criteria : store.criteriaMet(schoolId);
                            if (criteria.computeIfAbsent(covering.get().id(), k -> new HashSet<>()).add(category.id())) {
                                store.addCriterionMet(schoolId, covering.get().id(), category.id(),
                                        TaskLayout.startOfSchoolDay(hit.metOn()).toInstant(), "另達 "
                                                + category.name().zhTw() + " 認定標準（" + hit.note()
                                                + "），併入本案 (also meets " + category.name().en()
                                                + "; recorded on this case)");
                            }
                            continue;
                        }
                        latest = latest != null ? latest : store.latestOpenings(schoolId);
                        LocalDate lastOpened = latest.get(studentId + "/" + category.id());
                        if (lastOpened != null && !lastOpened.isBefore(hit.periodStart())) {
                            continue; // closed earlier in the same period: staff decided, do not reopen daily
                        }
                        openCase(policy, category, studentId, hit.metOn(),
                                hit.note() + "，系統開案 (opened by the escalation engine)");
                    }
                }
            }
        }

        /** The student's open case of another category of the module that the same detection rule opens. */
        private Optional<OpenCase> coveringCase(CountyPolicy policy, CaseCategory category, DetectionRule rule,
                                                long studentId) {
            return policy.categories().stream()
                    .filter(other -> !other.id().equals(category.id()) && other.detection().contains(rule))
                    .map(other -> openCases.get(studentId + "/" + other.id())).filter(java.util.Objects::nonNull)
                    .findFirst();
        }

        /**
         * Lays out the further occurrences of the recurring series that go on
         * ({@link RecurrenceScheduler}): each arises at the start of its period; those that arose stay owed.
         */
        private void recurrences() {
            List<RecurrenceScheduler.Series> series = store.recurringSeries(schoolId).stream()
                    .map(s -> new RecurrenceScheduler.Series(s.seriesKey(), s.caseId(), s.episodeId(), s.studentId(),
                            s.stepIndex(), s.aroseAt(), s.triggerText(), s.why(), s.policyId(), s.policyVersion()))
                    .toList();
            loadStudents(series.stream().map(RecurrenceScheduler.Series::studentId));
            for (RecurrenceScheduler.Continuation c : RecurrenceScheduler.schedule(now(), series, this::policy)) {
                RecurrenceScheduler.Series s = c.series();
                TaskLayout.Origin origin = new TaskLayout.Origin(s.caseId(), s.episodeId(), s.studentId(), c.originKey(),
                        c.triggerText(), c.whyZh(), c.whyEn());
                store(new TaskLayout(c.policy(), calendar).occurrences(s.stepIndex(), origin, c.arose(),
                        student(s.studentId()), today));
            }
        }

        /**
         * Opens a case on the day its trigger was met: its opening, OPENED event and the duties
         * that event starts are dated that day, whenever the run or import that finds it happens.
         */
        private OpenCase openCase(CountyPolicy policy, CaseCategory category, long studentId, LocalDate metOn,
                                  String note) {
            ZonedDateTime at = TaskLayout.startOfSchoolDay(metOn);
            OpenCase opened = store.openCase(schoolId, studentId, category.id(), policy.identity().id(),
                    policy.identity().version().toString(), metOn, at.toInstant(), note);
            if (openCases.put(studentId + "/" + category.id(), opened) == null) {
                casesOpened++;
                store.recordCaseEvent(schoolId, opened.id(), CaseEvent.OPENED.name(), at.toInstant(), null, note);
                caseEvent(opened, CaseEvent.OPENED, at);
            }
            return opened;
        }

        /** Lays out the steps a case event starts. */
        int caseEvent(OpenCase c, CaseEvent event, ZonedDateTime at) {
            return caseEvent(c, event, at, null);
        }

        int caseEvent(OpenCase c, CaseEvent event, ZonedDateTime at, String occurrence) {
            Optional<CountyPolicy> policy = policy(c.policyId(), c.policyVersion());
            if (policy.isEmpty()) {
                return 0;
            }
            TaskLayout.Origin origin = new TaskLayout.Origin(c.id(), null, c.studentId(), occurrence != null
                    ? eventKey(c.id(), event, occurrence)
                    : "case" + c.id() + "/" + event.name() + (event == CaseEvent.OPENED ? "" : "@" + at.toLocalDate()),
                    "on " + event.name(), "個案事件 " + event.name() + "（" + at.toLocalDate() + "）",
                    "case event " + event.name() + " on " + at.toLocalDate());
            int before = tasksCreated;
            LocalDate horizon = today.isBefore(at.toLocalDate()) ? at.toLocalDate() : today;
            TaskLayout layout = new TaskLayout(policy.get(), calendar);
            // Each named occurrence (each protective concern…) has duties of its own, even identical ones.
            store(layout.drafts(Trigger.on(event), origin, at, caseFacts(c), student(c.studentId()), horizon),
                    occurrence == null);
            Optional<CaseCategory> category = ModuleRules.category(policy.get(), c.categoryId());
            if (event == CaseEvent.OPENED && category.isPresent() && isAtRiskKind(category.get().kind())) {
                // Day 0: the duties of a student at risk (中輟之虞) continue while the case is open.
                TaskLayout.Origin atRisk = new TaskLayout.Origin(c.id(), null, c.studentId(), "case" + c.id() + "/d0",
                        "day 0", "中輟之虞（" + category.get().name().zhTw() + "）", "at risk (" + category.get().name().en()
                        + ")");
                store(layout.drafts(Trigger.streakDay(0), atRisk, at, caseFacts(c), student(c.studentId()),
                        horizon));
            }
            return tasksCreated - before;
        }

        private CaseSituation caseFacts(OpenCase c) {
            StudentFacts student = student(c.studentId());
            return SchoolDay.caseFacts(c, student != null && student.indigenous(), today);
        }

        /**
         * Whether several students were away at once on a day (TY-D2-STAFFING, NT-D2-NEW): those
         * recorded absent that day and the no-shows of the day, so a late run sees the day as a live
         * one did.
         */
        private boolean manyAtOnce(LocalDate day) {
            return manyAtOnce.computeIfAbsent(day, d -> EpisodeDays.manyAwayOn(read.unexcused(), episodes.values(), d));
        }

        private CaseSituation facts(Episode e, boolean returned, boolean manyAtOnce) {
            StudentFacts student = student(e.studentId());
            OpenCase open = e.caseId() == null ? null : findCase(e.caseId()).orElse(null);
            return new CaseSituation(e.categoryId(), student != null && student.indigenous(),
                    open != null && open.emergency(), open == null ? null : open.causeKnown(), returned, manyAtOnce);
        }

        private Optional<OpenCase> findCase(long caseId) {
            return openCases.values().stream().filter(c -> c.id() == caseId).findFirst();
        }

        /** The student's facts; those not loaded with the run's first read are read on demand. */
        private StudentFacts student(long studentId) {
            loadStudents(Stream.of(studentId));
            return students.get(studentId);
        }

        /** Reads the facts of those of the students not read yet, in one statement. */
        private void loadStudents(Stream<Long> ids) {
            Set<Long> missing = ids.filter(id -> !studentsLooked.contains(id)).collect(Collectors.toSet());
            if (!missing.isEmpty()) {
                students.putAll(store.students(schoolId, missing));
                studentsLooked.addAll(missing);
            }
        }

        private Episode activeEpisode(long studentId, String categoryId) {
            return episodes.values().stream().filter(e -> !e.finished() && e.studentId() == studentId
                    && e.categoryId().equals(categoryId)).findFirst().orElse(null);
        }

        private boolean isStreakEpisode(Episode e) {
            return policy(e.policyId(), e.policyVersion()).flatMap(p -> ModuleRules.category(p, e.categoryId()))
                    .map(c -> ModuleRules.consecutiveThreshold(c).isPresent()).orElse(false);
        }

        private void track(Episode e) {
            episodes.put(e.id(), e);
            stored.put(e.id(), e);
        }

        private void put(Episode e) {
            episodes.put(e.id(), e);
            if (!e.equals(stored.get(e.id()))) {
                store.updateEpisode(schoolId, e);
                stored.put(e.id(), e);
            }
        }

        private void store(List<TaskDraft> drafts) {
            store(drafts, true);
        }

        private void store(List<TaskDraft> drafts, boolean onePerDuty) {
            tasksCreated += store.insertTasks(schoolId, drafts, onePerDuty);
        }

        private Optional<CountyPolicy> policy(String id, String version) {
            return pinned.computeIfAbsent(id + "@" + version,
                    k -> policies.find(id, ModuleVersion.parse(version)).map(moduleCalls::guard));
        }
    }

    private static int lastLadderDay(CountyPolicy policy) {
        return policy.timeline().steps().stream().filter(s -> s.trigger() instanceof Trigger.StreakDay)
                .mapToInt(s -> ((Trigger.StreakDay) s.trigger()).day()).max().orElse(0);
    }

    /** Kinds whose cases carry the day-0 duties of a student at risk (中輟之虞). */
    static boolean isAtRiskKind(CaseKind kind) {
        return kind == CaseKind.AT_RISK || kind == CaseKind.LONG_ABSENCE || kind == CaseKind.LONG_LEAVE;
    }

    /** What a detector needs of a student's facts. */
    private static SchoolDay.Student detectorView(StudentFacts s) {
        return new SchoolDay.Student(s.id(), s.indigenous(), s.classId());
    }
}
