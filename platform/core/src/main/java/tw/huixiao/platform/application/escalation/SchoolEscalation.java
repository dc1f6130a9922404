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
import java.util.Set;
import java.util.TreeSet;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.platform.domain.escalation.OpenCase;
import tw.huixiao.platform.domain.escalation.TaskDraft;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.infrastructure.escalation.EscalationStore;
import tw.huixiao.platform.infrastructure.escalation.EscalationStore.StudentFacts;
import tw.huixiao.platform.infrastructure.persistence.TenantBoundEntityManager;
import tw.huixiao.platform.infrastructure.policy.PolicyRegistry;
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
 *       ConsecutiveUnexcusedDays threshold (TW-DROPOUT: 3) turns one into a case.</li>
 *   <li>A student seen at school again (a taken roll without an unexcused mark) has returned:
 *       the case records RETURNED, its duties arise, and open duties whose condition no longer
 *       holds become "not applicable".</li>
 *   <li>Registration and transfer no-shows (NT-CAT2, NT-CAT3) run the same way from the
 *       semester's first day or the day after the transfer.</li>
 *   <li>Every ladder day reached since the last run lays out its steps (day N on day N).</li>
 *   <li>Cumulative semester absence (TW-LONG-ABSENCE: 7) and monthly leave (Taoyuan: 6
 *       requests, 7 days) open cases, with their day-0 duties for at-risk kinds.</li>
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
    TenantBoundEntityManager tenancy;

    @Inject
    EscalationStore store;

    @Inject
    SchoolRepository schools;

    @Inject
    PolicyRegistry policies;

    @Inject
    CalendarService calendars;

    /**
     * Runs the engine for one school. {@code factsMayHaveChanged} re-checks every open case's
     * duties against its facts (after an import or a change of a case's facts); the daily run
     * passes false and re-checks only the cases whose facts it changes itself (a return, a new case).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome run(long schoolId, LocalDate businessDate, Instant now, boolean factsMayHaveChanged) {
        tenancy.bind(schoolId);
        store.lockSchool(schoolId);
        store.relaxCommit();
        School school = schools.find(schoolId).orElseThrow();
        SchoolCalendar calendar = calendars.schoolCalendar(schoolId, school.getCounty().value());
        Work work = new Work(schoolId, businessDate, now, calendar, policies.forCounty(school.getCounty()));
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
        Work work = new Work(schoolId, businessDate, at, calendar, Optional.empty());
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
        private final Instant now;
        private final SchoolCalendar calendar;
        private final Optional<CountyPolicy> current;
        private final Map<String, Optional<CountyPolicy>> pinned = new HashMap<>();
        private final Map<Long, Episode> episodes = new LinkedHashMap<>();
        /** Episodes as stored, so that only changes are written back. */
        private final Map<Long, Episode> stored = new HashMap<>();
        private final Map<String, OpenCase> openCases = new HashMap<>();
        private final Map<Long, Integer> streakLength = new HashMap<>();
        private final Set<Long> returnedNow = new HashSet<>();
        /** Episodes of the recent streaks, finished ones included, by "studentId@startedOn". */
        private final Map<String, Episode> recentEpisodes = new HashMap<>();
        private final Map<Long, StudentFacts> students = new HashMap<>();
        private final Set<Long> studentsLooked = new HashSet<>();
        private boolean recheckAll = true;
        private int casesOpened;
        private int tasksCreated;

        Work(long schoolId, LocalDate today, Instant now, SchoolCalendar calendar, Optional<CountyPolicy> current) {
            this.schoolId = schoolId;
            this.today = today;
            this.now = now;
            this.calendar = calendar;
            this.current = current;
        }

        Outcome run() {
            LocalDate since = today.minusDays(LOOKBACK_DAYS);
            Map<Long, NavigableSet<LocalDate>> unexcused = store.unexcused(schoolId, since, today);
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
            long onLadder = episodes.values().stream().filter(e -> !e.finished() && !e.returned()).count();
            for (Episode e : List.copyOf(episodes.values())) {
                if (!e.finished()) {
                    advance(e, onLadder >= MANY_CASES);
                }
            }
            if (current.isPresent()) {
                cumulativeAndLeave(current.get(), unexcused);
            }
            recurrences();
            return new Outcome(casesOpened, tasksCreated);
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
            record Streak(long studentId, LocalDate start, LocalDate end, int length) {
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
                int length = 0;
                for (LocalDate day : days) {
                    if (previous != null && calendar.plusSchoolDays(previous, 1).equals(day)) {
                        length++;
                    } else {
                        if (previous != null && !previous.isBefore(recent)) {
                            streaks.add(new Streak(studentId, start, previous, length));
                        }
                        start = day;
                        length = 1;
                    }
                    previous = day;
                }
                streaks.add(new Streak(studentId, start, previous, length));
            }
            // One read for the episodes these streaks already have: a streak seen by an earlier
            // run costs no statement of its own.
            Map<Long, Set<LocalDate>> starts = new HashMap<>();
            streaks.forEach(s -> starts.computeIfAbsent(s.studentId(), k -> new HashSet<>()).add(s.start()));
            store.episodes(schoolId, categoryId, starts)
                    .forEach(e -> recentEpisodes.put(e.studentId() + "@" + e.startedOn(), e));
            for (Streak s : streaks) {
                streak(policy, s.studentId(), categoryId, s.start(), s.end(), s.length());
            }
        }

        private void streak(CountyPolicy policy, long studentId, String categoryId, LocalDate start, LocalDate end,
                            int length) {
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
                    OpenCase open = openCases.get(studentId + "/" + categoryId);
                    String policyId = open != null ? open.policyId() : policy.identity().id();
                    String version = open != null ? open.policyVersion() : policy.identity().version().toString();
                    found = store.insertEpisode(schoolId, new Episode(null, studentId, categoryId, policyId, version,
                            start, end, null, 0, false, open == null ? null : open.id()));
                }
                if (found.finished()) {
                    return;
                }
                track(found);
                episode = found;
            }
            streakLength.put(episode.id(), length);
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
            returnedNow.add(back.id());
            if (back.caseId() != null) {
                store.setCaseReturned(schoolId, back.caseId(), day);
                findCase(back.caseId()).ifPresent(c -> {
                    OpenCase updated = new OpenCase(c.id(), c.studentId(), c.categoryId(), c.policyId(), c.policyVersion(),
                            c.openedOn(), c.causeKnown(), c.emergency(), day);
                    openCases.put(c.studentId() + "/" + c.categoryId(), updated);
                    store.recordCaseEvent(schoolId, c.id(), CaseEvent.RETURNED.name(),
                            TaskLayout.startOfSchoolDay(day).toInstant(), null, "出缺席紀錄顯示學生已到校 (attendance shows the student back)");
                    caseEvent(updated, CaseEvent.RETURNED, TaskLayout.startOfSchoolDay(day));
                });
            }
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

        /** Opens the case at the threshold and lays out every ladder day reached since the last run. */
        private void advance(Episode e, boolean manyAtOnce) {
            Optional<CountyPolicy> policy = policy(e.policyId(), e.policyVersion());
            Optional<CaseCategory> category = policy.flatMap(p -> category(p, e.categoryId()));
            if (category.isEmpty()) {
                return;
            }
            CountyPolicy p = policy.get();
            int reached = calendar.schoolDaysBetween(e.startedOn(), today);
            int lastDay = lastLadderDay(p);
            Episode episode = e;
            if (episode.caseId() == null && !episode.returned() && thresholdReached(category.get(), episode, reached)) {
                OpenCase opened = openCase(p, category.get(), episode.studentId(), "連續未到校自 " + episode.startedOn()
                        + " 起達 " + category.get().name().zhTw() + " 認定標準，系統開案 (opened by the escalation engine)");
                episode = episode.withCase(opened.id());
                store.linkEpisodeTasks(schoolId, episode.id(), opened.id());
            }
            TaskLayout layout = new TaskLayout(p, calendar);
            for (int n = episode.ladderDay() + 1; n <= Math.min(reached, lastDay); n++) {
                LocalDate dayN = calendar.streakDay(episode.startedOn(), n);
                boolean returnedByThen = episode.returned() && !episode.returnedOn().isAfter(dayN);
                layDay(layout, episode, n, dayN, facts(episode, returnedByThen, manyAtOnce));
            }
            if (reached > episode.ladderDay()) {
                episode = episode.withLadderDay(Math.min(reached, lastDay));
            }
            boolean factsChanged = recheckAll || returnedNow.contains(episode.id()) || e.caseId() == null;
            // A county without a day-by-day ladder (Tainan, Yunlin) has no ladder day to re-lay, but
            // the duties its case events laid out may still hang on the student's absence (TN-NEEDS:
            // the committee letter only while the student is away): a return re-checks them too.
            boolean returnedToACase = returnedNow.contains(episode.id()) && episode.caseId() != null;
            if ((episode.ladderDay() >= 1 || returnedToACase) && factsChanged
                    && (episode.caseId() != null || returnedNow.contains(episode.id()))) {
                // Facts may have changed (back at school, cause found): the current day's other
                // branch arises, and duties that no longer apply are set aside with the reason.
                if (episode.ladderDay() >= 1) {
                    layDay(layout, episode, episode.ladderDay(), calendar.streakDay(episode.startedOn(),
                            episode.ladderDay()), facts(episode, episode.returned(), manyAtOnce));
                }
                List<Long> moot = new ArrayList<>();
                CaseSituation nowFacts = facts(episode, episode.returned(), true);
                for (EscalationStore.OpenTask t : store.openTasks(schoolId, episode.id(),
                        returnedNow.contains(episode.id()) ? episode.caseId() : null)) {
                    if (!layout.applies(t.stepIndex(), nowFacts)) {
                        moot.add(t.id());
                    }
                }
                store.markNotApplicable(schoolId, moot, episode.returned()
                        ? "學生已於 " + episode.returnedOn() + " 返校，此項不再適用 (the student returned on "
                                + episode.returnedOn() + "; this duty no longer applies)"
                        : "個案事實已更新，此項不再適用 (the case's facts changed; this duty no longer applies)", now);
            }
            if (episode.returned() && (episode.caseId() == null || episode.ladderDay() >= lastDay)) {
                episode = episode.finish();
            }
            put(episode);
        }

        private void layDay(TaskLayout layout, Episode e, int n, LocalDate dayN, CaseSituation facts) {
            TaskLayout.Origin origin = new TaskLayout.Origin(e.caseId(), e.id(), e.studentId(), "ep" + e.id() + "/d" + n,
                    "day " + n, "未到校第 " + n + " 天（" + dayN + "；自 " + e.startedOn() + " 起）",
                    "day " + n + " of absence since " + e.startedOn());
            store(layout.drafts(Trigger.streakDay(n), origin, TaskLayout.startOfSchoolDay(dayN), facts,
                    student(e.studentId()), today));
        }

        private boolean thresholdReached(CaseCategory category, Episode e, int schoolDaysSinceStart) {
            for (DetectionRule rule : category.detection()) {
                if (rule instanceof DetectionRule.ConsecutiveUnexcusedDays c
                        && streakLength.getOrDefault(e.id(), 0) >= c.days()) {
                    return true;
                }
                if (rule instanceof DetectionRule.RegistrationNoShow r && schoolDaysSinceStart >= r.schoolDays()) {
                    return true;
                }
                if (rule instanceof DetectionRule.TransferNoShow t && schoolDaysSinceStart >= t.days()) {
                    return true;
                }
            }
            return false;
        }

        /** TW-LONG-ABSENCE (7 unexcused days in the semester) and Taoyuan's monthly leave rules (TY-AT-RISK). */
        private void cumulativeAndLeave(CountyPolicy policy, Map<Long, NavigableSet<LocalDate>> unexcused) {
            Map<String, LocalDate> latest = null;
            LocalDate monthStart = today.withDayOfMonth(1);
            Map<Long, EscalationStore.LeaveMonth> leave = null;
            LocalDate termStart = calendar.termOf(today).map(SchoolCalendar.Term::firstDay)
                    .orElse(today.getMonthValue() >= 8 ? today.withMonth(8).withDayOfMonth(1)
                            : today.getMonthValue() >= 2 ? today.withMonth(2).withDayOfMonth(1)
                            : today.minusYears(1).withMonth(8).withDayOfMonth(1));
            for (CaseCategory category : policy.categories()) {
                for (DetectionRule rule : category.detection()) {
                    Map<Long, Integer> counts = new HashMap<>();
                    LocalDate periodStart;
                    if (rule instanceof DetectionRule.CumulativeUnexcusedDaysInSemester c) {
                        periodStart = termStart;
                        unexcused.forEach((student, days) -> {
                            int n = days.subSet(termStart, true, today, true).size();
                            if (n >= c.days()) {
                                counts.put(student, n);
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
                        latest = latest != null ? latest : store.latestOpenings(schoolId);
                        LocalDate lastOpened = latest.get(studentId + "/" + category.id());
                        if (lastOpened != null && !lastOpened.isBefore(periodStart)) {
                            continue; // closed earlier in the same period: staff decided, do not reopen daily
                        }
                        openCase(policy, category, studentId, describe(rule) + "：" + hit.getValue()
                                + "，系統開案 (opened by the escalation engine)");
                    }
                }
            }
        }

        private void recurrences() {
            for (EscalationStore.Series s : store.recurringSeries(schoolId)) {
                policy(s.policyId(), s.policyVersion()).ifPresent(p -> {
                    TaskLayout.Origin origin = new TaskLayout.Origin(s.caseId(), s.episodeId(), s.studentId(),
                            s.seriesKey().substring(0, s.seriesKey().lastIndexOf("/s")), s.triggerText(),
                            s.why().split("｜", 2)[0], s.why().contains("｜") ? s.why().split("｜", 2)[1] : "");
                    store(new TaskLayout(p, calendar).occurrences(s.stepIndex(), origin,
                            s.aroseAt().atZone(TaskLayout.startOfSchoolDay(today).getZone()), student(s.studentId()),
                            today));
                });
            }
        }

        private OpenCase openCase(CountyPolicy policy, CaseCategory category, long studentId, String note) {
            OpenCase opened = store.openCase(schoolId, studentId, category.id(), policy.identity().id(),
                    policy.identity().version().toString(), today, now, note);
            if (openCases.put(studentId + "/" + category.id(), opened) == null) {
                casesOpened++;
                store.recordCaseEvent(schoolId, opened.id(), CaseEvent.OPENED.name(), now, null, note);
                caseEvent(opened, CaseEvent.OPENED, now.atZone(TaskLayout.startOfSchoolDay(today).getZone()));
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
            store(layout.drafts(Trigger.on(event), origin, at, caseFacts(c, policy.get()), student(c.studentId()), horizon));
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
            tasksCreated += store.insertTasks(schoolId, drafts);
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
