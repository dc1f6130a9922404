package tw.huixiao.platform.application.modules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tw.huixiao.platform.application.escalation.DryRunReplay;

/**
 * The difference between what the active module and an uploaded version would have produced over
 * the same history (issue 21 §3): cases that would open or not (or open on another day), duties
 * added or removed, duties that arise on another day (moved), and duties that arise the same day
 * with another deadline. Pure; per school, with totals.
 *
 * <p>Cases match by student and category. Duties match by student, rule id, role and duty text,
 * in the order they arise: the n-th such duty of one version is compared with the n-th of the other.
 */
public final class DryRunDiff {

    /** How many differences a school's result keeps to drill into; the totals count them all. */
    public static final int MAX_CHANGES = 300;

    /** What changed for one student. */
    public enum Kind {
        CASE_OPENS, CASE_NOT_OPENED, CASE_OPENS_ON_OTHER_DAY, DUTY_ADDED, DUTY_REMOVED, DUTY_MOVED, DEADLINE_CHANGED
    }

    /** One difference; the active version's dates on the left, the uploaded version's on the right. */
    public record Change(Kind kind, long studentId, String student, String categoryId, String ruleId, String role,
                         String duty, LocalDate activeArose, LocalDate activeDue, LocalDate candidateArose,
                         LocalDate candidateDue) {
    }

    /** Counts: what each version produced, and the differences. */
    public record Totals(int schools, int casesActive, int casesCandidate, int casesOpen, int casesNotOpened,
                         int casesMoved, int dutiesActive, int dutiesCandidate, int dutiesAdded, int dutiesRemoved,
                         int dutiesMoved, int deadlinesChanged) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Totals plus(Totals o) {
            return new Totals(schools + o.schools, casesActive + o.casesActive, casesCandidate + o.casesCandidate,
                    casesOpen + o.casesOpen, casesNotOpened + o.casesNotOpened, casesMoved + o.casesMoved,
                    dutiesActive + o.dutiesActive, dutiesCandidate + o.dutiesCandidate, dutiesAdded + o.dutiesAdded,
                    dutiesRemoved + o.dutiesRemoved, dutiesMoved + o.dutiesMoved, deadlinesChanged + o.deadlinesChanged);
        }

        /** Whether the two versions would have done anything differently. */
        public boolean differs() {
            return casesOpen + casesNotOpened + casesMoved + dutiesAdded + dutiesRemoved + dutiesMoved
                    + deadlinesChanged > 0;
        }
    }

    /** One school's difference; {@code changes} holds at most {@link #MAX_CHANGES}, {@code truncated} says if more. */
    public record SchoolDiff(long schoolId, String school, Totals totals, List<Change> changes, boolean truncated) {
        public SchoolDiff {
            changes = List.copyOf(changes);
        }
    }

    private DryRunDiff() {
    }

    /** The difference at one school; {@code names} gives students' names as the school's data has them. */
    public static SchoolDiff diff(long schoolId, String school, DryRunReplay.Outcome active,
                                  DryRunReplay.Outcome candidate, Map<Long, String> names) {
        List<Change> changes = new ArrayList<>();
        int open = 0;
        int notOpened = 0;
        int moved = 0;
        Map<String, DryRunReplay.Case> activeCases = new LinkedHashMap<>();
        active.cases().forEach(c -> activeCases.put(c.studentId() + "/" + c.categoryId(), c));
        Map<String, DryRunReplay.Case> candidateCases = new LinkedHashMap<>();
        candidate.cases().forEach(c -> candidateCases.put(c.studentId() + "/" + c.categoryId(), c));
        for (DryRunReplay.Case c : candidateCases.values()) {
            DryRunReplay.Case was = activeCases.get(c.studentId() + "/" + c.categoryId());
            if (was == null) {
                open++;
                changes.add(new Change(Kind.CASE_OPENS, c.studentId(), names.get(c.studentId()), c.categoryId(), null,
                        null, null, null, null, c.openedOn(), null));
            } else if (!was.openedOn().equals(c.openedOn())) {
                moved++;
                changes.add(new Change(Kind.CASE_OPENS_ON_OTHER_DAY, c.studentId(), names.get(c.studentId()),
                        c.categoryId(), null, null, null, was.openedOn(), null, c.openedOn(), null));
            }
        }
        for (DryRunReplay.Case c : activeCases.values()) {
            if (!candidateCases.containsKey(c.studentId() + "/" + c.categoryId())) {
                notOpened++;
                changes.add(new Change(Kind.CASE_NOT_OPENED, c.studentId(), names.get(c.studentId()), c.categoryId(),
                        null, null, null, c.openedOn(), null, null, null));
            }
        }
        Map<String, List<DryRunReplay.Duty>> before = byDuty(active.duties());
        Map<String, List<DryRunReplay.Duty>> after = byDuty(candidate.duties());
        int added = 0;
        int removed = 0;
        int dutiesMoved = 0;
        int deadlines = 0;
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            List<DryRunReplay.Duty> a = before.getOrDefault(key, List.of());
            List<DryRunReplay.Duty> b = after.getOrDefault(key, List.of());
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                DryRunReplay.Duty x = i < a.size() ? a.get(i) : null;
                DryRunReplay.Duty y = i < b.size() ? b.get(i) : null;
                DryRunReplay.Duty any = x != null ? x : y;
                Kind kind;
                if (x == null) {
                    kind = Kind.DUTY_ADDED;
                    added++;
                } else if (y == null) {
                    kind = Kind.DUTY_REMOVED;
                    removed++;
                } else if (!x.arose().equals(y.arose())) {
                    kind = Kind.DUTY_MOVED;
                    dutiesMoved++;
                } else if (!Objects.equals(x.due(), y.due())) {
                    kind = Kind.DEADLINE_CHANGED;
                    deadlines++;
                } else {
                    continue;
                }
                changes.add(new Change(kind, any.studentId(), names.get(any.studentId()), null, any.ruleId(),
                        any.role(), any.duty(), x == null ? null : x.arose(), x == null ? null : x.due(),
                        y == null ? null : y.arose(), y == null ? null : y.due()));
            }
        }
        Totals totals = new Totals(1, active.cases().size(), candidate.cases().size(), open, notOpened, moved,
                active.duties().size(), candidate.duties().size(), added, removed, dutiesMoved, deadlines);
        changes.sort(Comparator.comparing((Change c) -> c.student() == null ? "" : c.student())
                .thenComparingLong(Change::studentId).thenComparing(Change::kind));
        boolean truncated = changes.size() > MAX_CHANGES;
        return new SchoolDiff(schoolId, school, totals, truncated ? changes.subList(0, MAX_CHANGES) : changes,
                truncated);
    }

    private static Map<String, List<DryRunReplay.Duty>> byDuty(List<DryRunReplay.Duty> duties) {
        Map<String, List<DryRunReplay.Duty>> grouped = new LinkedHashMap<>();
        duties.stream().sorted(Comparator.comparing(DryRunReplay.Duty::arose)
                        .thenComparing(d -> d.due() == null ? LocalDate.MAX : d.due()))
                .forEach(d -> grouped.computeIfAbsent(d.studentId() + "|" + d.ruleId() + "|" + d.role() + "|"
                        + d.duty(), k -> new ArrayList<>()).add(d));
        return grouped;
    }
}
