package tw.huixiao.policy.spi.timeline;

/** Things that happen to a case and start duties. New events are added at the end. */
public enum CaseEvent {
    /** a case was opened (detected or by hand) */
    OPENED,
    /** the dropout was reported (中輟通報) */
    REPORTED,
    /** the student came back to school */
    RETURNED,
    /** re-enrolment (復學) was accepted */
    RE_ENROLLED,
    /** a placement decision (安置) was made */
    PLACED,
    /** placed in the supplementary school (補校) */
    PLACED_SUPPLEMENTARY_SCHOOL,
    /** admitted to a juvenile detention centre (少年觀護所) */
    DETAINED,
    /** released from detention */
    RELEASED,
    /** a protective concern (兒少保護) was raised */
    PROTECTIVE_CONCERN_RAISED,
    /** an individual plan (e.g. Tainan's ISP) was approved */
    PLAN_APPROVED,
    /** an individual plan was completed */
    PLAN_COMPLETED,
    /** a needs-assessment meeting was held */
    NEEDS_ASSESSED,
    /** the case was closed */
    CLOSED,
    /** a semester started (for per-semester duties) */
    SEMESTER_STARTED,
    /** the student transferred out to another school */
    TRANSFERRED_OUT
}
