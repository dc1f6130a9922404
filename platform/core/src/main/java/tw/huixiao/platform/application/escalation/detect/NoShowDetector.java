package tw.huixiao.platform.application.escalation.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * Registration and transfer no-shows (a module's RegistrationNoShow and TransferNoShow rules:
 * NT-CAT2 not registered since the semester started, NT-CAT3 transferred out and not arrived).
 * Their days are the calendar's school days from the semester's first school day, or from the
 * day after the transfer: there is no roll to count. Each no-show category has episodes of its
 * own, so the findings of one category do not depend on another's.
 */
public final class NoShowDetector {

    /** What the engine does with a no-show. */
    public sealed interface Finding permits Missing, StillMissing, Arrived {
    }

    /**
     * A student missing with no episode yet: one starts on {@code start}, last absent
     * {@code lastAbsentOn}. {@code transferredOn} is the transfer's day (its own duties start
     * then, NT-TRANSFER-CHECK), or null for a registration no-show.
     */
    public record Missing(CaseCategory category, long studentId, LocalDate start, LocalDate lastAbsentOn,
                          LocalDate transferredOn) implements Finding {
    }

    /** The episode goes on: its student is still missing on the business date. */
    public record StillMissing(Episode episode, LocalDate lastAbsentOn) implements Finding {
    }

    /** The student registered or arrived on {@code on}: the episode's student has returned. */
    public record Arrived(Episode episode, LocalDate on) implements Finding {
    }

    private NoShowDetector() {
    }

    /** The findings of the module's no-show rules, category by category in the module's order. */
    public static List<Finding> detect(SchoolDay day, CountyPolicy policy) {
        List<Finding> found = new ArrayList<>();
        for (CaseCategory category : policy.categories()) {
            for (DetectionRule rule : category.detection()) {
                if (rule instanceof DetectionRule.RegistrationNoShow) {
                    found.addAll(registration(day, category));
                } else if (rule instanceof DetectionRule.TransferNoShow) {
                    found.addAll(transfers(day, category));
                }
            }
        }
        return found;
    }

    /**
     * NT-CAT2: registrations are looked for from 30 days before the semester; a school that
     * recorded none this semester does not track registration on the platform, and no one is missing.
     */
    static List<Finding> registration(SchoolDay day, CaseCategory category) {
        SchoolCalendar calendar = day.calendar();
        LocalDate today = day.today();
        Optional<SchoolCalendar.Term> term = calendar.termOf(today);
        if (term.isEmpty()) {
            return List.of();
        }
        LocalDate from = term.get().firstDay().minusDays(30);
        Map<Long, LocalDate> registered = new HashMap<>();
        day.enrolment().stream().filter(e -> e.kind().equals("REGISTERED") && !e.occurredOn().isBefore(from))
                .forEach(e -> registered.putIfAbsent(e.studentId(), e.occurredOn()));
        if (registered.isEmpty()) {
            return List.of();
        }
        LocalDate start = calendar.schoolDayOnOrBefore(term.get().firstDay()).filter(term.get()::contains)
                .orElse(calendar.plusSchoolDays(term.get().firstDay(), 1));
        List<Finding> found = new ArrayList<>();
        for (long studentId : day.enrolled()) {
            Episode episode = day.activeEpisode(studentId, category.id()).orElse(null);
            LocalDate registeredOn = registered.get(studentId);
            if (registeredOn == null && episode == null && !today.isBefore(start)) {
                found.add(new Missing(category, studentId, start, today, null));
            } else if (episode != null && registeredOn == null) {
                found.add(new StillMissing(episode, today));
            } else if (episode != null && !episode.returned()) {
                found.add(new Arrived(episode, registeredOn));
            }
        }
        return found;
    }

    /** NT-CAT3: a transfer out with no arrival on or after it; its days start the school day after. */
    static List<Finding> transfers(SchoolDay day, CaseCategory category) {
        LocalDate today = day.today();
        Map<Long, LocalDate> transferred = new HashMap<>();
        Map<Long, LocalDate> arrived = new HashMap<>();
        for (SchoolDay.Enrolment e : day.enrolment()) {
            if (e.kind().equals("TRANSFERRED_OUT")) {
                transferred.put(e.studentId(), e.occurredOn());
            } else if (e.kind().equals("ARRIVED")) {
                arrived.put(e.studentId(), e.occurredOn());
            }
        }
        List<Finding> found = new ArrayList<>();
        for (Map.Entry<Long, LocalDate> t : transferred.entrySet()) {
            long studentId = t.getKey();
            LocalDate start = day.calendar().plusSchoolDays(t.getValue(), 1);
            LocalDate arrivedOn = arrived.get(studentId);
            boolean stillMissing = arrivedOn == null || arrivedOn.isBefore(t.getValue());
            Episode episode = day.activeEpisode(studentId, category.id()).orElse(null);
            if (episode == null && stillMissing && !today.isBefore(t.getValue())) {
                found.add(new Missing(category, studentId, start, today.isBefore(start) ? start : today, t.getValue()));
            } else if (episode != null && !stillMissing && !episode.returned()) {
                found.add(new Arrived(episode, arrivedOn));
            } else if (episode != null && stillMissing && !today.isBefore(episode.startedOn())) {
                found.add(new StillMissing(episode, today));
            }
        }
        return found;
    }
}
