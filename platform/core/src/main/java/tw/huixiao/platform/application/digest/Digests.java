package tw.huixiao.platform.application.digest;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.work.LeaseLostException;
import tw.huixiao.platform.application.work.LeasedWork;
import tw.huixiao.platform.application.work.WorkLeases;
import tw.huixiao.platform.application.mail.MailOutbox;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The morning digest (issue 19 §6): each member of staff with an e-mail address gets, once a
 * school day, their duties due today and overdue, and a principal also the school's duties
 * overdue by more than N school days. Scheduled by a Jakarta Concurrency CronTrigger after the
 * 07:00 escalation run (so today's duties exist), or run by an operator; every server may run it:
 * the mail_digest row of a person and day makes each digest go out once. A day's sending is held
 * under a lease ({@link WorkLeases}): when the server sending dies, another takes the day over
 * once the lease expired and sends what was not sent (the mail_digest rows skip the rest).
 */
@ApplicationScoped
public class Digests implements LeasedWork {

    /** The lease kind of a day's digests (issue 22 §3). */
    public static final String KIND = "digest";

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DigestSender sender;

    @Inject
    SchoolRepository schools;

    @Inject
    CallerProvider callers;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    WorkLeases leases;

    @Inject
    @ConfigProperty(name = "huixiao.digest.schedule.enabled", defaultValue = "true")
    boolean scheduleEnabled;

    /** Taiwan time, Quartz-style cron; after the 07:00 escalation run. */
    @Inject
    @ConfigProperty(name = "huixiao.digest.cron", defaultValue = "0 30 7 * * MON-SAT")
    String cron;

    /** What a run did. */
    public record RunReport(LocalDate date, boolean mailEnabled, int schools, int sent, int alreadySent, int nothingDue,
                            int failures, String node) {
    }

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (scheduleEnabled && outbox.enabled()) {
            scheduler.schedule(() -> run(LocalDate.now(clock.withZone(TaiwanTime.TAIPEI)), false),
                    new CronTrigger(cron, TaiwanTime.TAIPEI));
            LOG.info(() -> "morning digest scheduled: " + cron + " Asia/Taipei");
        }
    }

    /** A platform administrator's run for a day: people who already got that day's digest get nothing more. */
    public RunReport runAsAdministrator(LocalDate date) {
        if (!callers.get().has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("每日摘要僅限平台管理者執行 (platform administrators only)");
        }
        return run(date, true);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Another server's sending of the day whose lease expired: the rest sent here. */
    @Override
    public void takeOver(LocalDate businessDate) {
        run(businessDate, false);
    }

    RunReport run(LocalDate date, boolean again) {
        String node = node();
        if (!outbox.enabled()) {
            LOG.info(() -> "morning digest for " + date + " skipped: e-mail disabled");
            return new RunReport(date, false, 0, 0, 0, 0, 0, node);
        }
        Optional<WorkLeases.Lease> held = again ? Optional.of(leases.await(KIND, date, 15 * 60 * 1000L))
                : leases.acquire(KIND, date, false);
        if (held.isEmpty()) {
            return new RunReport(date, true, 0, 0, 0, 0, 0, node);
        }
        try (WorkLeases.Lease lease = held.get()) {
            RunReport report = send(date, node, lease);
            if (!lease.finish()) {
                throw new LeaseLostException(lease.name());
            }
            return report;
        }
    }

    private RunReport send(LocalDate date, String node, WorkLeases.Lease lease) {
        Instant now = date.equals(LocalDate.now(clock.withZone(TaiwanTime.TAIPEI))) ? clock.instant()
                : date.atTime(LocalTime.of(7, 30)).atZone(TaiwanTime.TAIPEI).toInstant();
        int schoolCount = 0;
        int sent = 0;
        int already = 0;
        int nothing = 0;
        int failures = 0;
        for (var school : schools.findAll()) {
            long schoolId = school.getId();
            schoolCount++;
            if (lease.lost()) {
                throw new LeaseLostException(lease.name());
            }
            for (long userId : sender.recipients(schoolId, date)) {
                try {
                    switch (sender.send(schoolId, userId, date, now, node)) {
                        case SENT -> sent++;
                        case ALREADY_SENT -> already++;
                        case NOTHING_DUE -> nothing++;
                    }
                } catch (RuntimeException e) {
                    failures++;
                    LOG.log(Level.WARNING, e, () -> "digest of account " + userId + " for " + date + " not sent");
                }
            }
        }
        RunReport report = new RunReport(date, true, schoolCount, sent, already, nothing, failures, node);
        LOG.info(() -> "morning digest " + report);
        return report;
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
