package tw.huixiao.platform.application.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.policy.ModuleCalls;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.retention.RecordRetention;

/**
 * Records kept for their legal time (issue 22 §7). A dry-run counts, per school and record kind,
 * what is past its time as of today (Taiwan) and records the counts; a purge — only after a
 * dry-run of the same day, with a reason — deletes or anonymises exactly that, school by school,
 * each school in one transaction bound to it with its counts, and records who, when, why and how
 * many (never the content). A yearly scheduled purge (default 1 August 03:00, after the school
 * year's graduations and transfers) does both as the system. One run at a time across servers.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());
    static final int MAX_REASON = 500;

    @Inject
    RetentionStore store;

    @Inject
    RetentionRules rules;

    @Inject
    Policies policies;

    @Inject
    ModuleCalls moduleCalls;

    @Inject
    CallerProvider callers;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "huixiao.retention.schedule.enabled", defaultValue = "true")
    boolean scheduleEnabled;

    /** Quartz-style cron, Taiwan time: 03:00 on 1 August (the school year ends on 31 July). */
    @Inject
    @ConfigProperty(name = "huixiao.retention.cron", defaultValue = "0 0 3 1 8 *")
    String cron;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (scheduleEnabled) {
            scheduler.schedule(this::scheduled, new CronTrigger(cron, TaiwanTime.TAIPEI));
            LOG.info(() -> "yearly retention purge scheduled: " + cron + " Asia/Taipei");
        }
    }

    public List<RetentionRules.Rule> rules() {
        admin();
        return rules.rules();
    }

    public List<RetentionRun> recent() {
        admin();
        return store.recent(20);
    }

    public RetentionRun run(long id) {
        admin();
        return store.run(id).orElseThrow(() -> new RecordNotFoundException("retention run", id));
    }

    /** Counts what is past its time, per school and kind, and records the counts (channel API or UI). */
    public RetentionRun dryRun(String channel) {
        Caller caller = admin();
        return execute(false, channel, null, caller.userId(), caller.username(), null);
    }

    /** Purges what the dry-run {@code dryRunId} of today counted, recorded with the reason. */
    public RetentionRun purge(Long dryRunId, String reason, String channel) {
        Caller caller = admin();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "請填寫清除原因 (give the reason for the purge)");
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "原因至多 " + MAX_REASON + " 字 (at most " + MAX_REASON + " characters)");
        }
        if (dryRunId == null) {
            throw InvalidInputException.of("dryRunId", "請先試算，再依試算結果清除 (run a dry-run first and name it)");
        }
        RetentionRun dry = store.run(dryRunId).orElseThrow(() -> new RecordNotFoundException("retention run", dryRunId));
        if (!"DRY_RUN".equals(dry.mode()) || !"DONE".equals(dry.state()) || !dry.asOf().equals(today())) {
            throw new StateConflictException("清除須依今日完成之試算 (a purge follows a finished dry-run of today, "
                    + "run " + dryRunId + " is " + dry.mode() + " " + dry.state() + " as of " + dry.asOf() + ")");
        }
        return execute(true, channel, dryRunId, caller.userId(), caller.username(), why);
    }

    /** The yearly run: a dry-run, then the purge it allows, both as the system. */
    void scheduled() {
        try {
            RetentionRun dry = execute(false, "SCHEDULE", null, null, "system", null);
            execute(true, "SCHEDULE", dry.id(), null, "system", "每年定期清除 (yearly scheduled purge)");
        } catch (StateConflictException e) {
            LOG.info("yearly retention purge skipped: another server is running one");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "yearly retention purge failed", e);
        }
    }

    RetentionRun execute(boolean purge, String channel, Long dryRunId, Long userId, String username, String reason) {
        LocalDate asOf = today();
        RetentionRules.Cutoffs cutoffs = rules.cutoffs(asOf);
        Optional<RetentionStore.Session> opened = store.open();
        if (opened.isEmpty()) {
            throw new StateConflictException("另一個保存期限作業正在執行 (another retention run is in progress)");
        }
        try (RetentionStore.Session session = opened.get()) {
            return execute(session, purge, channel, dryRunId, userId, username, reason, asOf, cutoffs);
        }
    }

    private RetentionRun execute(RetentionStore.Session session, boolean purge, String channel, Long dryRunId,
                                 Long userId, String username, String reason, LocalDate asOf,
                                 RetentionRules.Cutoffs cutoffs) {
        long runId = session.start(purge ? "PURGE" : "DRY_RUN", channel, asOf, dryRunId, userId, username, reason,
                clock.instant());
        int schools = 0;
        int failures = 0;
        try {
            Map<String, Optional<Map<String, Integer>>> byCounty = new HashMap<>();
            for (RetentionStore.SchoolRef school : session.schools()) {
                schools++;
                Optional<Map<String, Integer>> longer = byCounty.computeIfAbsent(school.county(), this::formYears);
                RetentionStore.Counted counted = session.school(runId, school,
                        cutoffs.withFormYears(longer.orElse(null)), purge, clock.instant());
                if (counted.failure() != null) {
                    failures++;
                }
            }
            if (session.platform(runId, cutoffs, purge).failure() != null) {
                failures++;
            }
        } catch (RuntimeException e) {
            // Each school's work is committed whole or rolled back already; the run says where it stopped.
            session.finish(runId, "FAILED", schools, failures + 1, clock.instant());
            throw e;
        }
        session.finish(runId, "DONE", schools, failures, clock.instant());
        LOG.info(() -> (purge ? "retention purge " : "retention dry-run ") + runId + " as of " + asOf + " by " + username);
        return store.run(runId).orElseThrow();
    }

    /**
     * The county module's longer periods for its forms; empty when the module cannot be asked (its
     * schools' counselling files are then left alone and the school is reported failed).
     */
    private Optional<Map<String, Integer>> formYears(String county) {
        Map<String, Integer> years = new HashMap<>();
        try {
            Optional<CountyPolicy> module = policies.forCounty(CountyCode.of(county));
            if (module.isPresent()) {
                for (RecordRetention r : moduleCalls.guard(module.get()).recordRetention()) {
                    if (r.yearsAfterLeaving() > rules.counsellingYears()) {
                        years.merge(r.formId(), r.yearsAfterLeaving(), Math::max);
                    }
                }
            }
            return Optional.of(years);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "retention: the module of " + county + " could not say its record retention", e);
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
    }

    private Caller admin() {
        Caller caller = callers.get();
        if (!caller.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("紀錄保存作業僅限平台管理者 (platform administrators only)");
        }
        return caller;
    }

}
