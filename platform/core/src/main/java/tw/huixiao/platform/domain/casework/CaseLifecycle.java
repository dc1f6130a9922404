package tw.huixiao.platform.domain.casework;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.casework.ClosureRule;
import tw.huixiao.policy.spi.timeline.CaseEvent;

/**
 * The moves of a case's life (issue 6 §1) and the county's limits on them: the platform's
 * graph (open → reported → returned / re-enrolled → placement → follow-up → closed, reopening a
 * closed case), the module's forbidden transitions and its closure rule. Pure: the service
 * loads the case and applies the verdict.
 */
public final class CaseLifecycle {

    /** A refused move: the rule id (empty for the platform's own graph), why, and for closure the earliest date. */
    public record Refusal(String ruleId, String message, LocalDate earliestOn) {
    }

    private static final Map<CaseState, Set<CaseState>> MOVES = new EnumMap<>(CaseState.class);

    static {
        // A student away again after returning, re-enrolling, placement or during tracking is reported again.
        MOVES.put(CaseState.OPEN, EnumSet.of(CaseState.REPORTED, CaseState.RETURNED, CaseState.RE_ENROLLED,
                CaseState.FOLLOW_UP, CaseState.CLOSED));
        MOVES.put(CaseState.REPORTED, EnumSet.of(CaseState.RETURNED, CaseState.RE_ENROLLED, CaseState.CLOSED));
        MOVES.put(CaseState.RETURNED, EnumSet.of(CaseState.REPORTED, CaseState.RE_ENROLLED, CaseState.PLACEMENT,
                CaseState.FOLLOW_UP, CaseState.CLOSED));
        MOVES.put(CaseState.RE_ENROLLED, EnumSet.of(CaseState.REPORTED, CaseState.PLACEMENT, CaseState.FOLLOW_UP,
                CaseState.CLOSED));
        MOVES.put(CaseState.PLACEMENT, EnumSet.of(CaseState.REPORTED, CaseState.FOLLOW_UP, CaseState.CLOSED));
        MOVES.put(CaseState.FOLLOW_UP, EnumSet.of(CaseState.REPORTED, CaseState.CLOSED));
        // Reopening: a relapse (再次中輟) reopens the case with its history.
        MOVES.put(CaseState.CLOSED, EnumSet.of(CaseState.OPEN));
    }

    private CaseLifecycle() {
    }

    /** The states the platform lets a case move to from {@code from}. */
    public static Set<CaseState> next(CaseState from) {
        return Collections.unmodifiableSet(MOVES.get(from));
    }

    /** The case event a move records (its duties arise), if any. */
    public static Optional<CaseEvent> event(CaseState to) {
        return Optional.ofNullable(switch (to) {
            case REPORTED -> CaseEvent.REPORTED;
            case RETURNED -> CaseEvent.RETURNED;
            case RE_ENROLLED -> CaseEvent.RE_ENROLLED;
            case PLACEMENT -> CaseEvent.PLACED;
            case CLOSED -> CaseEvent.CLOSED;
            case OPEN, FOLLOW_UP -> null;
        });
    }

    /**
     * Whether the case may move from {@code from} to {@code to} today. {@code needsAssessedOn} is
     * the last needs-assessment meeting (Tainan's TN-EVAL anchor), if one was recorded.
     */
    public static Optional<Refusal> check(CountyPolicy policy, String categoryId, CaseState from, CaseState to,
                                          LocalDate stateSince, LocalDate openedOn, Optional<LocalDate> needsAssessedOn,
                                          LocalDate today) {
        if (from == to) {
            return Optional.of(new Refusal(null, "個案已是此狀態 (the case is already " + to + ")", null));
        }
        // The county's rule first: it tells the user why, with the rule id.
        Optional<Refusal> forbidden = policy.transitionRule(categoryId, from, to)
                .map(t -> new Refusal(t.ruleId().value(), "依 " + t.ruleId() + " 不得由 " + from + " 轉為 " + to + "："
                        + t.reason().zhTw() + " (" + t.ruleId() + " forbids " + from + " → " + to + ": " + t.reason().en()
                        + ")", null));
        if (forbidden.isPresent()) {
            return forbidden;
        }
        if (!MOVES.get(from).contains(to)) {
            return Optional.of(new Refusal(null, "個案無法由 " + from + " 轉為 " + to + "，可轉為 " + MOVES.get(from)
                    + " (a case " + from + " can move to " + MOVES.get(from) + ")", null));
        }
        if (to != CaseState.CLOSED) {
            return Optional.empty();
        }
        return policy.closure().flatMap(rule -> closure(rule, from, stateSince, openedOn, needsAssessedOn, today));
    }

    /**
     * The county's closure rule: stable and tracked for {@code stableFor} in follow-up (Taoyuan:
     * 1 month, TY-D3-CASE-MEETING; Tainan: the behaviour has not recurred for 3 months, TN-CLOSE),
     * and not before {@code evaluateEarliest} after the needs-assessment meeting, or the opening
     * if none was recorded (Tainan: 3 months, TN-EVAL).
     */
    static Optional<Refusal> closure(ClosureRule rule, CaseState from, LocalDate stateSince, LocalDate openedOn,
                                     Optional<LocalDate> needsAssessedOn, LocalDate today) {
        LocalDate earliest = today;
        boolean tracked = true;
        if (rule.stableFor() != null) {
            tracked = from == CaseState.FOLLOW_UP;
            earliest = max(earliest, (tracked ? stateSince : today).plus(rule.stableFor()));
        }
        if (rule.evaluateEarliest() != null) {
            earliest = max(earliest, needsAssessedOn.orElse(openedOn).plus(rule.evaluateEarliest()));
        }
        if (tracked && !earliest.isAfter(today)) {
            return Optional.empty();
        }
        String id = rule.ruleId().value();
        String zh = tracked ? "" : "須先進入追蹤輔導並持續 " + months(rule.stableFor()) + "；";
        String en = tracked ? "" : "the case must first be in follow-up for " + rule.stableFor() + "; ";
        return Optional.of(new Refusal(id, "依 " + id + "，" + zh + "本案最早可於 " + earliest + " 結案：" + rule.description().zhTw()
                + " (under " + id + " " + en + "the case may close on " + earliest + " at the earliest: "
                + rule.description().en() + ")", earliest));
    }

    private static String months(Period p) {
        return p.toTotalMonths() > 0 && p.getDays() == 0 ? p.toTotalMonths() + " 個月" : p.toString();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
