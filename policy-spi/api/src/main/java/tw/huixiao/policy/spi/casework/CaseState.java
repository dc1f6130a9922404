package tw.huixiao.policy.spi.casework;

/**
 * Where a case stands in its life (issue 6): open → reported (中輟通報) → the student returned
 * (返校) or re-enrolled (復學) → placement (安置) → follow-up (追蹤輔導) → closed (結案); a closed
 * case may be reopened (a relapse), keeping its history. The platform decides which moves exist;
 * a module may forbid some of them ({@link ForbiddenTransition}). New states are added at the end.
 */
public enum CaseState {
    /** 列管中 */
    OPEN,
    /** 已通報 */
    REPORTED,
    /** 學生已返校 */
    RETURNED,
    /** 已復學 */
    RE_ENROLLED,
    /** 安置中 */
    PLACEMENT,
    /** 追蹤輔導 */
    FOLLOW_UP,
    /** 結案 */
    CLOSED
}
