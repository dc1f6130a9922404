package tw.huixiao.platform.application.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.platform.domain.escalation.OpenCase;
import tw.huixiao.platform.domain.escalation.TaskDraft;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.escalation.EscalationStore.StudentFacts;
import tw.huixiao.platform.application.tenancy.Tenancy;
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
 *       day the threshold was met.</li>
 *   <li>A student seen at school again (a taken roll without an unexcused mark) has returned:
 *       the case records RETURNED on the return day and the return's branch arises that day.
 *       Duties that arose before stay owed: once a duty arises only a person closes it; a
 *       return ends only what has not arisen (steps requiring {@code Condition.stillAbsent()}).</li>
 *   <li>Registration and transfer no-shows (NT-CAT2, NT-CAT3) run the same way from the
 *       semester's first day or the day after the transfer, their days counted on the calendar.</li>
 *   <li>Day N arises when day N is recorded: a streak's ladder days are the days recorded
 *       absent, dated on those days, never a day whose roll has not come.</li>
 *   <li>Cumulative semester absence (TW-LONG-ABSENCE: 7) and monthly leave (Taoyuan: 6
 *       requests, 7 days) open cases, with their day-0 duties for at-risk kinds; a case of another
 *       category opened by the same rule records the criterion instead (one child, one case).</li>
 *   <li>Recurring duties gain the occurrences whose period has begun.</li>
 * </ol>
 * Everything is keyed so that running a date twice adds nothing.
 */
@ApplicationScoped
public class SchoolEscalation {

    /** How far back a streak or a semester's absence is looked for. */
    private static final int LOOKBACK_DAYS = 200;
    /** Streaks that ended this many days ago or later are still taken up (late attendance entry). */
    private static final int RECENT_STREAK_DAYS = 14;
    /** Students on their ladder at once from which a school has "many cases" (TY-D2-STAFFING, NT-D2-NEW). */
    static final int MANY_CASES = 3;

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

    /**
     * Runs the engine for one school. {@code factsMayHaveChanged} (after an import or a change of a
     * case's facts) lets each case's current ladder day lay out the branch its facts now take
     * (cause found, emergency) — adding duties, never setting any aside. The daily run passes
     * false: it does what the calendar alone decides, and flags a school day whose roll never came.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome run(long schoolId, LocalDate businessDate, boolean factsMayHaveChanged) {
        tenancy.bind(schoolId);
        store.lockSchool(schoolId);
        store.relaxCommit();
        School school = schools.find(schoolId).orElseThrow();
        SchoolCalendar calendar = calendars.schoolCalendar(schoolId, school.getCounty().value());
        Work work = new Work(schoolId, businessDate, calendar, policies.forCounty(school.getCounty()));
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

    /** One run's state: the school's rows, loaded once, and what changed. */
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
        /** The school's unexcused days by student, over the lookback. */
        private Map<Long, NavigableSet<LocalDate>> unexcused = Map.of();
        private final Map<String, OpenCase> openCases = new HashMap<>();
        /** Episodes of the recent streaks, finished ones included, by "studentId@startedOn". */
        private final Map<String, Episode> recentEpisodes = new HashMap<>();
        private final Map<Long, StudentFacts> students = new HashMap<>();
        private final Set<Long> studentsLooked = new HashSet<>();
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
            LocalDate since = today.minusDays(LOOKBACK_DAYS);
            unexcused = store.unexcused(schoolId, since, today);
            Map<Long, Set<LocalDate>> rolls = store.rolls(schoolId, since, today);
            store.activeEpisodes(schoolId).forEach(this::track);
            store.openCases(schoolId).forEach(c -> openCases.put(c.studentId() + "/" + c.categoryId(), c));
            LocalDate recent = today.minusDays(RECENT_STREAK_DAYS);
            Set<Long> involved = new HashSet<>();
            unexcused.forEach((student, days) -> {
                if (!days.last().isBefore(recent)) {
                    involved.add(student);
                }
            });
            episodes.values().forEach(e -> involved.add(e.studentId()));
            openCases.values().forEach(c -> involved.add(c.studentId()));
            List<EscalationStore.EnrolmentEvent> enrolment = needsEnrolment()
                    ? store.enrolmentEvents(schoolId, since) : List.of();
            enrolment.forEach(e -> involved.add(e.studentId()));
            loadStudents(involved);

            if (current.isPresent()) {
                startStreaks(current.get(), unexcused);
            }
            detectReturns(unexcused, rolls);
            if (current.isPresent()) {
                registrationAndTransfers(current.get(), enrolment);
            }
            for (Episode e : List.copyOf(episodes.values())) {
                if (!e.finished()) {
                    advance(e);
                }
            }
            if (current.isPresent()) {
                cumulativeAndLeave(current.get(), unexcused);
            }
            recurrences();
            if (!recheckAll) {
                missingRolls(rolls);
            }
            return new Outcome(casesOpened, tasksCreated);
        }

        /**
         * The daily run flags the last school day before the run date whose roll never came, for
         * each class (or the school's file) that took a roll in the two weeks before it. A missing
         * roll is neither absence nor presence: no streak, return or ladder day follows from it.
         */
        private void missingRolls(Map<Long, Set<LocalDate>> rolls) {
            Optional<LocalDate> last = calendar.schoolDayOnOrBefore(today.minusDays(1))
                    .filter(day -> calendar.termOf(day).isPresent());
            if (last.isEmpty() || rolls.getOrDefault(0L, Set.of()).contains(last.get())) {
                return;
            }
            LocalDate day = last.get();
            LocalDate from = day.minusDays(RECENT_STREAK_DAYS);
            Set<Long> missing = new HashSet<>();
            boolean anyClassRoll = false;
            for (Map.Entry<Long, Set<LocalDate>> taken : rolls.entrySet()) {
                anyClassRoll |= taken.getKey() != 0L && taken.getValue().contains(day);
                if (!taken.getValue().contains(day) && taken.getValue().stream()
                        .anyMatch(d -> !d.isBefore(from) && d.isBefore(day))) {
                    missing.add(taken.getKey());
                }
            }
            if (anyClassRoll) {
                missing.remove(0L); // classes took their rolls: the school's file is not missing
            }
            store.flagMissingRolls(schoolId, day, missing, today);
        }

        private boolean needsEnrolment() {
            return current.map(p -> p.categories().stream().flatMap(c -> c.detection().stream())
                    .anyMatch(r -> r instanceof DetectionRule.RegistrationNoShow
                            || r instanceof DetectionRule.TransferNoShow)).orElse(false);
        }

        /**
         * Every streak that ended in the last two weeks (attendance often arrives a few days late)
         * starts or extends an episode of the module's streak category.
         */
        private void startStreaks(CountyPolicy policy, Map<Long, NavigableSet<LocalDate>> unexcused) {
            Optional<CaseCategory> ladderCategory = policy.categories().stream()
                    .filter(c -> consecutiveThreshold(c).isPresent())
                    .min(Comparator.comparingInt(c -> consecutiveThreshold(c).orElseThrow()));
            if (ladderCategory.isEmpty()) {
                return;
            }
            String categoryId = ladderCategory.get().id();
            LocalDate recent = today.minusDays(RECENT_STREAK_DAYS);
            record Streak(long studentId, LocalDate start, LocalDate end) {
            }
            // NT-DET-OUT: released from detention (no further custody) and not back in time — the
            // dropout tracking restarts, its ladder counted from the first school day after release.
            Map<Long, LocalDate> released = store.releasesFromDetention(schoolId, today.minusDays(LOOKBACK_DAYS), today);
            List<Streak> streaks = new ArrayList<>();
            for (Map.Entry<Long, NavigableSet<LocalDate>> absent : unexcused.entrySet()) {
                NavigableSet<LocalDate> days = absent.getValue();
                LocalDate releasedOn = released.get(absent.getKey());
                if (releasedOn != null) {
                    days = days.tailSet(releasedOn, false);
                }
                if (days.isEmpty() || days.last().isBefore(recent)) {
                    continue;
                }
                long studentId = absent.getKey();
                LocalDate start = null;
                LocalDate previous = null;
                for (LocalDate day : days) {
                    if (previous == null || !calendar.plusSchoolDays(previous, 1).equals(day)) {
                        if (previous != null && !previous.isBefore(recent)) {
                            streaks.add(new Streak(studentId, start, previous));
                        }
                        start = day;
                    }
                    previous = day;
                }
                streaks.add(new Streak(studentId, start, previous));
            }
            // One read for the episodes these streaks already have: a streak seen by an earlier
            // run costs no statement of its own.
            Map<Long, Set<LocalDate>> starts = new HashMap<>();
            streaks.forEach(s -> starts.computeIfAbsent(s.studentId(), k -> new HashSet<>()).add(s.start()));
            store.episodes(schoolId, categoryId, starts)
                    .forEach(e -> recentEpisodes.put(e.studentId() + "@" + e.startedOn(), e));
            for (Streak s : streaks) {
                streak(policy, s.studentId(), categoryId, s.start(), s.end());
            }
        }

        private void streak(CountyPolicy policy, long studentId, String categoryId, LocalDate start, LocalDate end) {
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

        /** A streak episode whose student was seen at a taken roll since their last absence has returned. */
        private void detectReturns(Map<Long, NavigableSet<LocalDate>> unexcused, Map<Long, Set<LocalDate>> rolls) {
            for (Episode e : List.copyOf(episodes.values())) {
                if (e.finished() || e.returned() || !isStreakEpisode(e) || !e.lastAbsentOn().isBefore(today)) {
                    continue;
                }
                StudentFacts student = student(e.studentId());
                NavigableSet<LocalDate> absent = unexcused.getOrDefault(e.studentId(), new TreeSet<>());
                for (LocalDate day = calendar.plusSchoolDays(e.lastAbsentOn(), 1); !day.isAfter(today);
                     day = calendar.plusSchoolDays(day, 1)) {
                    boolean taken = rolls.getOrDefault(0L, Set.of()).contains(day) || (student != null
                            && student.classId() != null && rolls.getOrDefault(student.classId(), Set.of()).contains(day));
                    if (taken && !absent.contains(day)) {
                        returned(e, day);
                        break;
                    }
                }
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

        /** NT-CAT2 (not registered since the semester started) and NT-CAT3 (transferred out, not arrived). */
        private void registrationAndTransfers(CountyPolicy policy, List<EscalationStore.EnrolmentEvent> events) {
            for (CaseCategory category : policy.categories()) {
                for (DetectionRule rule : category.detection()) {
                    if (rule instanceof DetectionRule.RegistrationNoShow) {
                        registration(policy, category, events);
                    } else if (rule instanceof DetectionRule.TransferNoShow) {
                        transfers(policy, category, events);
                    }
                }
            }
        }

        private void registration(CountyPolicy policy, CaseCategory category, List<EscalationStore.EnrolmentEvent> events) {
            Optional<SchoolCalendar.Term> term = calendar.termOf(today);
            if (term.isEmpty()) {
                return;
            }
            LocalDate from = term.get().firstDay().minusDays(30);
            Map<Long, LocalDate> registered = new HashMap<>();
            events.stream().filter(e -> e.kind().equals("REGISTERED") && !e.occurredOn().isBefore(from))
                    .forEach(e -> registered.putIfAbsent(e.studentId(), e.occurredOn()));
            if (registered.isEmpty()) {
                return; // the school does not track registration on the platform this semester
            }
            LocalDate start = calendar.schoolDayOnOrBefore(term.get().firstDay()).filter(term.get()::contains)
                    .orElse(calendar.plusSchoolDays(term.get().firstDay(), 1));
            for (long studentId : store.enrolledStudents(schoolId)) {
                Episode episode = activeEpisode(studentId, category.id());
                LocalDate registeredOn = registered.get(studentId);
                if (registeredOn == null && episode == null && !today.isBefore(start)) {
                    episode = store.insertEpisode(schoolId, new Episode(null, studentId, category.id(),
                            policy.identity().id(), policy.identity().version().toString(), start, today, null, 0, false,
                            null));
                    track(episode);
                } else if (episode != null && registeredOn == null) {
                    put(episode.withLastAbsentOn(today));
                } else if (episode != null && !episode.returned()) {
                    returned(episode, registeredOn);
                }
            }
        }

        private void transfers(CountyPolicy policy, CaseCategory category, List<EscalationStore.EnrolmentEvent> events) {
            Map<Long, LocalDate> transferred = new HashMap<>();
            Map<Long, LocalDate> arrived = new HashMap<>();
            for (EscalationStore.EnrolmentEvent e : events) {
                if (e.kind().equals("TRANSFERRED_OUT")) {
                    transferred.put(e.studentId(), e.occurredOn());
                } else if (e.kind().equals("ARRIVED")) {
                    arrived.put(e.studentId(), e.occurredOn());
                }
            }
            for (Map.Entry<Long, LocalDate> t : transferred.entrySet()) {
                long studentId = t.getKey();
                LocalDate start = calendar.plusSchoolDays(t.getValue(), 1);
                LocalDate arrivedOn = arrived.get(studentId);
                boolean stillMissing = arrivedOn == null || arrivedOn.isBefore(t.getValue());
                Episode episode = activeEpisode(studentId, category.id());
                if (episode == null && stillMissing && !today.isBefore(t.getValue())) {
                    episode = store.insertEpisode(schoolId, new Episode(null, studentId, category.id(),
                            policy.identity().id(), policy.identity().version().toString(), start,
                            today.isBefore(start) ? start : today, null, 0, false, null));
                    track(episode);
                    // NT-TRANSFER-CHECK: the transfer itself starts duties (contact the receiving school).
                    TaskLayout.Origin origin = new TaskLayout.Origin(null, episode.id(), studentId,
                            "ep" + episode.id() + "/TRANSFERRED_OUT", "on TRANSFERRED_OUT",
                            "轉出（" + t.getValue() + "）", "transferred out on " + t.getValue());
                    store(new TaskLayout(policy, calendar).drafts(Trigger.on(CaseEvent.TRANSFERRED_OUT), origin,
                            TaskLayout.startOfSchoolDay(t.getValue()), facts(episode, false, false), student(studentId),
                            today));
                } else if (episode != null && !stillMissing && !episode.returned()) {
                    returned(episode, arrivedOn);
                } else if (episode != null && stillMissing && !today.isBefore(episode.startedOn())) {
                    put(episode.withLastAbsentOn(today));
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
            Optional<CaseCategory> category = policy.flatMap(p -> category(p, e.categoryId()));
            if (category.isEmpty()) {
                return;
            }
            CountyPolicy p = policy.get();
            int absentDays = absentDays(e);
            int lastDay = lastLadderDay(p);
            Episode episode = e;
            Optional<LocalDate> metOn = thresholdMet(category.get(), episode, absentDays);
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
         * The school days an episode's student is known to have been away: a streak's days recorded
         * absent; a no-show's school days up to the run date or the day before they turned up.
         */
        private int absentDays(Episode e) {
            if (isStreakEpisode(e)) {
                return calendar.schoolDaysBetween(e.startedOn(), e.lastAbsentOn());
            }
            LocalDate until = e.returned() && !e.returnedOn().isAfter(today) ? e.returnedOn().minusDays(1) : today;
            return calendar.schoolDaysBetween(e.startedOn(), until);
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

        /** The day the category's threshold was met by the episode's days away, if it was. */
        private Optional<LocalDate> thresholdMet(CaseCategory category, Episode e, int absentDays) {
            OptionalInt days = category.detection().stream().mapToInt(rule -> {
                if (rule instanceof DetectionRule.ConsecutiveUnexcusedDays c) {
                    return c.days();
                }
                if (rule instanceof DetectionRule.RegistrationNoShow r) {
                    return r.schoolDays();
                }
                if (rule instanceof DetectionRule.TransferNoShow t) {
                    return t.days();
                }
                return Integer.MAX_VALUE;
            }).filter(d -> d <= absentDays).min();
            return days.isPresent() ? Optional.of(calendar.streakDay(e.startedOn(), Math.max(1, days.getAsInt())))
                    : Optional.empty();
        }

        /**
         * TW-LONG-ABSENCE (7 unexcused days in the semester) and Taoyuan's monthly leave rules
         * (TY-AT-RISK). A count is met on the day of its N-th absence (leave: the run date). Where
         * the student's open case of another category is detected by the same rule (New Taipei's
         * NT-CAT1 also counts 7 days), that case records the criterion instead of a second case.
         */
        private void cumulativeAndLeave(CountyPolicy policy, Map<Long, NavigableSet<LocalDate>> unexcused) {
            Map<String, LocalDate> latest = null;
            Map<Long, Set<String>> criteria = null;
            LocalDate monthStart = today.withDayOfMonth(1);
            Map<Long, EscalationStore.LeaveMonth> leave = null;
            LocalDate termStart = calendar.termOf(today).map(SchoolCalendar.Term::firstDay)
                    .orElse(today.getMonthValue() >= 8 ? today.withMonth(8).withDayOfMonth(1)
                            : today.getMonthValue() >= 2 ? today.withMonth(2).withDayOfMonth(1)
                            : today.minusYears(1).withMonth(8).withDayOfMonth(1));
            for (CaseCategory category : policy.categories()) {
                for (DetectionRule rule : category.detection()) {
                    Map<Long, Integer> counts = new HashMap<>();
                    Map<Long, LocalDate> metOn = new HashMap<>();
                    LocalDate periodStart;
                    if (rule instanceof DetectionRule.CumulativeUnexcusedDaysInSemester c) {
                        periodStart = termStart;
                        unexcused.forEach((student, days) -> {
                            NavigableSet<LocalDate> inTerm = days.subSet(termStart, true, today, true);
                            if (inTerm.size() >= c.days()) {
                                counts.put(student, c.days()); // as on the day it was met
                                metOn.put(student, inTerm.stream().skip(c.days() - 1L).findFirst().orElseThrow());
                            }
                        });
                    } else if (rule instanceof DetectionRule.LeaveRequestsInMonth r) {
                        periodStart = monthStart;
                        leave = leave != null ? leave : store.leave(schoolId, monthStart, today);
                        leave.forEach((student, l) -> {
                            if (l.leaveRequests() >= r.requests()) {
                                counts.put(student, l.leaveRequests());
                            }
                        });
                    } else if (rule instanceof DetectionRule.PersonalAndSickLeaveDaysInMonth d) {
                        periodStart = monthStart;
                        leave = leave != null ? leave : store.leave(schoolId, monthStart, today);
                        leave.forEach((student, l) -> {
                            if (l.personalAndSickDays() >= d.days()) {
                                counts.put(student, l.personalAndSickDays());
                            }
                        });
                    } else {
                        continue;
                    }
                    for (Map.Entry<Long, Integer> hit : counts.entrySet()) {
                        long studentId = hit.getKey();
                        if (openCases.containsKey(studentId + "/" + category.id())) {
                            continue;
                        }
                        LocalDate met = metOn.getOrDefault(studentId, today);
                        String note = describe(rule) + "：" + hit.getValue();
                        Optional<OpenCase> covering = coveringCase(policy, category, rule, studentId);
                        if (covering.isPresent()) {
                            criteria = criteria != null ? criteria : store.criteriaMet(schoolId);
                            if (criteria.computeIfAbsent(covering.get().id(), k -> new HashSet<>()).add(category.id())) {
                                store.addCriterionMet(schoolId, covering.get().id(), category.id(),
                                        TaskLayout.startOfSchoolDay(met).toInstant(), "另達 " + category.name().zhTw()
                                                + " 認定標準（" + note + "），併入本案 (also meets "
                                                + category.name().en() + "; recorded on this case)");
                            }
                            continue;
                        }
                        latest = latest != null ? latest : store.latestOpenings(schoolId);
                        LocalDate lastOpened = latest.get(studentId + "/" + category.id());
                        if (lastOpened != null && !lastOpened.isBefore(periodStart)) {
                            continue; // closed earlier in the same period: staff decided, do not reopen daily
                        }
                        openCase(policy, category, studentId, met, note + "，系統開案 (opened by the escalation engine)");
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
         * Each occurrence of a recurring duty arises at the start of its period, if the step's
         * condition holds then (a return ends a series that requires the student absent);
         * occurrences that arose stay owed.
         */
        private void recurrences() {
            Map<Long, OpenCase> byId = new HashMap<>();
            openCases.values().forEach(c -> byId.put(c.id(), c));
            for (EscalationStore.Series s : store.recurringSeries(schoolId)) {
                policy(s.policyId(), s.policyVersion()).ifPresent(p -> {
                    TaskLayout layout = new TaskLayout(p, calendar);
                    OpenCase c = s.caseId() == null ? null : byId.get(s.caseId());
                    if (c != null && !layout.applies(s.stepIndex(), caseFacts(c, p))) {
                        return;
                    }
                    TaskLayout.Origin origin = new TaskLayout.Origin(s.caseId(), s.episodeId(), s.studentId(),
                            s.seriesKey().substring(0, s.seriesKey().lastIndexOf("/s")), s.triggerText(),
                            s.why().split("｜", 2)[0], s.why().contains("｜") ? s.why().split("｜", 2)[1] : "");
                    store(layout.occurrences(s.stepIndex(), origin,
                            s.aroseAt().atZone(TaskLayout.startOfSchoolDay(today).getZone()), student(s.studentId()),
                            today));
                });
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
            store(layout.drafts(Trigger.on(event), origin, at, caseFacts(c, policy.get()), student(c.studentId()), horizon),
                    occurrence == null);
            Optional<CaseCategory> category = category(policy.get(), c.categoryId());
            if (event == CaseEvent.OPENED && category.isPresent() && isAtRiskKind(category.get().kind())) {
                // Day 0: the duties of a student at risk (中輟之虞) continue while the case is open.
                TaskLayout.Origin atRisk = new TaskLayout.Origin(c.id(), null, c.studentId(), "case" + c.id() + "/d0",
                        "day 0", "中輟之虞（" + category.get().name().zhTw() + "）", "at risk (" + category.get().name().en()
                        + ")");
                store(layout.drafts(Trigger.streakDay(0), atRisk, at, caseFacts(c, policy.get()), student(c.studentId()),
                        horizon));
            }
            return tasksCreated - before;
        }

        private CaseSituation caseFacts(OpenCase c, CountyPolicy policy) {
            StudentFacts student = student(c.studentId());
            return new CaseSituation(c.categoryId(), student != null && student.indigenous(), c.emergency(),
                    c.causeKnown(), c.returnedOn() != null && !c.returnedOn().isAfter(today), false);
        }

        /**
         * Whether several students were away at once on a day (TY-D2-STAFFING, NT-D2-NEW): those
         * recorded absent that day and the no-shows of the day, so a late run sees the day as a live
         * one did.
         */
        private boolean manyAtOnce(LocalDate day) {
            return manyAtOnce.computeIfAbsent(day, this::countAwayOn);
        }

        private boolean countAwayOn(LocalDate day) {
            Set<Long> away = new HashSet<>();
            unexcused.forEach((student, days) -> {
                if (days.contains(day)) {
                    away.add(student);
                }
            });
            episodes.values().stream().filter(e -> !e.startedOn().isAfter(day) && !e.lastAbsentOn().isBefore(day))
                    .forEach(e -> away.add(e.studentId()));
            return away.size() >= MANY_CASES;
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
            if (!studentsLooked.contains(studentId)) {
                loadStudents(Set.of(studentId));
            }
            return students.get(studentId);
        }

        private void loadStudents(Set<Long> ids) {
            students.putAll(store.students(schoolId, ids));
            studentsLooked.addAll(ids);
        }

        private Episode activeEpisode(long studentId, String categoryId) {
            return episodes.values().stream().filter(e -> !e.finished() && e.studentId() == studentId
                    && e.categoryId().equals(categoryId)).findFirst().orElse(null);
        }

        private boolean isStreakEpisode(Episode e) {
            return policy(e.policyId(), e.policyVersion()).flatMap(p -> category(p, e.categoryId()))
                    .map(c -> consecutiveThreshold(c).isPresent()).orElse(false);
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
            return pinned.computeIfAbsent(id + "@" + version, k -> policies.find(id, ModuleVersion.parse(version)));
        }
    }

    private static Optional<CaseCategory> category(CountyPolicy policy, String id) {
        return policy.categories().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static Optional<Integer> consecutiveThreshold(CaseCategory category) {
        return category.detection().stream().filter(r -> r instanceof DetectionRule.ConsecutiveUnexcusedDays)
                .map(r -> ((DetectionRule.ConsecutiveUnexcusedDays) r).days()).min(Integer::compare);
    }

    private static int lastLadderDay(CountyPolicy policy) {
        return policy.timeline().steps().stream().filter(s -> s.trigger() instanceof Trigger.StreakDay)
                .mapToInt(s -> ((Trigger.StreakDay) s.trigger()).day()).max().orElse(0);
    }

    /** Kinds whose cases carry the day-0 duties of a student at risk (中輟之虞). */
    static boolean isAtRiskKind(CaseKind kind) {
        return kind == CaseKind.AT_RISK || kind == CaseKind.LONG_ABSENCE || kind == CaseKind.LONG_LEAVE;
    }

    private static String describe(DetectionRule rule) {
        if (rule instanceof DetectionRule.CumulativeUnexcusedDaysInSemester c) {
            return "本學期累計曠課達 " + c.days() + " 日 (unexcused days this semester)";
        }
        if (rule instanceof DetectionRule.LeaveRequestsInMonth r) {
            return "本月請假達 " + r.requests() + " 次 (leave requests this month)";
        }
        if (rule instanceof DetectionRule.PersonalAndSickLeaveDaysInMonth d) {
            return "本月事病假達 " + d.days() + " 日 (personal and sick leave days this month)";
        }
        return rule.toString();
    }
}
