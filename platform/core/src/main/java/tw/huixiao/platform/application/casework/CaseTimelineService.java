package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;

/**
 * A case's timeline: its recorded events (opened, reported, returned, a needs assessment…) and
 * every change of state, tier and assigned people (GET /cases/{id}/history), oldest first, with
 * who and why. Assigned people are named. Anyone who may see the case reads it; the read is in
 * the case's access log (CASE_EVENT and CASE_HISTORY).
 */
@ApplicationScoped
@Transactional
public class CaseTimelineService {

    /** What an entry records: a case event, or a change of state, tier or an assignment. */
    public enum Kind { EVENT, STATE, TIER, ASSIGNMENT }

    /**
     * One entry. {@code subject}: the event (EVENT), "state", "tier", or the assignment
     * (HOMEROOM_TEACHER, MENTOR_TEACHER, COUNSELLOR, CASE_MANAGER); {@code from}/{@code to} are
     * states, tiers or — for assignments — the people's names (null = nobody); {@code note} the
     * reason or the event's note; {@code byName} null for the engine.
     */
    public record Entry(Instant at, Kind kind, String subject, String from, String to, String note, String byName) {
    }

    @Inject
    CaseService cases;

    @Inject
    CaseChangeStore changes;

    @Inject
    AccessLog accessLog;

    public List<Entry> timeline(long caseId) {
        Caller caller = cases.bindCaller();
        cases.visible(caseId, caller, "READ_HISTORY");
        long school = caller.requireSchool();
        List<CaseChange> history = changes.ofCase(school, caseId);
        Set<Long> people = new HashSet<>();
        history.stream().filter(c -> "ASSIGNMENT".equals(c.kind())).forEach(c -> {
            addId(people, c.from());
            addId(people, c.to());
        });
        Map<Long, String> names = changes.names(school, people);
        List<Entry> entries = new ArrayList<>();
        changes.events(school, caseId).forEach(e -> entries.add(new Entry(e.occurredAt(), Kind.EVENT, e.event(), null,
                null, e.note(), e.recordedByName())));
        history.forEach(c -> {
            boolean assignment = "ASSIGNMENT".equals(c.kind());
            entries.add(new Entry(c.changedAt(), Kind.valueOf(c.kind()), c.subject(),
                    assignment ? name(names, c.from()) : c.from(), assignment ? name(names, c.to()) : c.to(), c.reason(),
                    c.changedByName()));
        });
        // A move records its event and its change in the same instant: the event first, as it happened.
        entries.sort(Comparator.comparing(Entry::at).thenComparing(e -> e.kind() != Kind.EVENT));
        accessLog.read(caseId, RecordType.CASE_EVENT, null);
        accessLog.read(caseId, RecordType.CASE_HISTORY, null);
        return entries;
    }

    private static void addId(Set<Long> ids, String value) {
        if (value != null) {
            ids.add(Long.valueOf(value));
        }
    }

    private static String name(Map<Long, String> names, String id) {
        return id == null ? null : names.getOrDefault(Long.valueOf(id), "#" + id);
    }
}
