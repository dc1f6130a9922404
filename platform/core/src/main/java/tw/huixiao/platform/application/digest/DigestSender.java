package tw.huixiao.platform.application.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.application.mail.MailOutbox;
import tw.huixiao.platform.application.mail.MailSettings;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.application.escalation.TaskStore;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.schedule.SchoolCalendar;

/** One school's digests for a day, each person's in a transaction of its own. */
@ApplicationScoped
public class DigestSender {

    private static final int MAX_LISTED = 200;

    @Inject
    Tenancy entityManagers;

    @Inject
    TaskStore tasks;

    @Inject
    CalendarService calendars;

    @Inject
    DigestLedger ledger;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    /**
     * The principal's list holds the school's duties overdue by more than this many school days.
     * The county modules' SPI names no such number yet, so it is a setting (OSCaR's managers see
     * workers more than 7 days behind).
     */
    @Inject
    @ConfigProperty(name = "huixiao.digest.principal-overdue-school-days", defaultValue = "7")
    int principalOverdueSchoolDays;

    public enum Result { SENT, ALREADY_SENT, NOTHING_DUE }

    /** Who may get a digest that day: staff with an e-mail and a password, not opted out, on a school day. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> recipients(long schoolId, LocalDate date) {
        entityManagers.bind(schoolId);
        School school = entityManagers.platform().find(School.class, schoolId);
        SchoolCalendar calendar = calendars.schoolCalendar(schoolId, school.getCounty().value());
        if (!calendar.isSchoolDay(date)) {
            return List.of();
        }
        return entityManagers.platform().createQuery("SELECT u FROM UserAccount u WHERE u.school.id = :school "
                        + "AND u.enabled = TRUE AND u.email IS NOT NULL AND u.passwordHash IS NOT NULL "
                        + "AND u.digestOptOut = FALSE ORDER BY u.id", UserAccount.class)
                .setParameter("school", schoolId).getResultStream().map(UserAccount::getId).toList();
    }

    /**
     * Claims the person's digest of the day and sends it in the same transaction: another server's
     * claim of the same key waits for this one; a failed send rolls the claim back so a later run retries.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result send(long schoolId, long userId, LocalDate date, Instant now, String node) {
        entityManagers.bind(schoolId);
        UserAccount user = entityManagers.platform().find(UserAccount.class, userId);
        School school = entityManagers.platform().find(School.class, schoolId);
        List<String> roles = user.getRoles().stream().map(Enum::name).toList();
        List<TaskView> overdue = tasks.due(schoolId, TaskStore.Due.OVERDUE, userId, roles, false, date, now, MAX_LISTED);
        List<TaskView> today = tasks.due(schoolId, TaskStore.Due.TODAY, userId, roles, false, date, now, MAX_LISTED);
        List<TaskView> schoolOverdue = user.getRoles().contains(Role.PRINCIPAL)
                ? longOverdue(school, date, now) : List.of();
        if (overdue.isEmpty() && today.isEmpty() && schoolOverdue.isEmpty()) {
            return Result.NOTHING_DUE;
        }
        if (!ledger.claim(schoolId, userId, date, now, node, overdue.size() + today.size(), schoolOverdue.size())) {
            return Result.ALREADY_SENT;
        }
        outbox.sendNow(DigestMail.of(new DigestMail.Content(user.getEmail().orElseThrow(), user.getDisplayName(),
                school.getName(), date, overdue, today, schoolOverdue, principalOverdueSchoolDays), settings::link));
        return Result.SENT;
    }

    /** The school's open duties whose due date lies more than N school days back. */
    private List<TaskView> longOverdue(School school, LocalDate date, Instant now) {
        SchoolCalendar calendar = calendars.schoolCalendar(school.getId(), school.getCounty().value());
        List<TaskView> found = new ArrayList<>();
        for (TaskView t : tasks.due(school.getId(), TaskStore.Due.OVERDUE, 0, Set.of(), true, date, now, MAX_LISTED)) {
            if (t.dueOn() != null && calendar.schoolDaysBetween(t.dueOn().plusDays(1), date.minusDays(1))
                    >= principalOverdueSchoolDays) {
                found.add(t);
            }
        }
        return found;
    }
}
