package tw.huixiao.platform.application.audit;

/** What an access-log row is about; the record id is that record's own id. */
public enum RecordType {
    CASE,
    /** A list or search of cases: no single record. */
    CASE_LIST,
    TASK,
    CASE_EVENT,
    /** A case's changes of state, tier and assigned people. */
    CASE_HISTORY,
    FORM_RECORD,
    MEETING,
    REFERRAL,
    PROTECTIVE_CONCERN,
    /** A counselling note (輔導紀錄); the content is never logged. */
    COUNSELLING_NOTE,
    PLACEMENT,
    DOCUMENT,
    ACCESS_LOG,
    /** A Tainan individualised support plan and its budget (issue 7); also budgets validated without a case. */
    ISP,
    /** A student's register entry and its detail page (guardians, background, attendance, cases). */
    STUDENT,
    /** A page of the student register: no single record. */
    STUDENT_LIST,
    /** A class's roll for a day (record id: the class): the children's names and attendance. */
    CLASS_ROLL,
    /** A Yunlin screening campaign (附表一 for a class or grade, YL-SCREEN); its records are FORM_RECORD rows. */
    SCREENING,
    /** A Yunlin school-year roster of high-care students (附表二, YL-ROSTER). */
    ROSTER,
    /** A case's counselling period (輔導期程) and the 轉向評估 proposal after two without effect (YL-REF-DROPOUT). */
    COUNSELLING_PERIOD,
    /** A filing sent to the county bureau from a duty (issue 20: 送局備查), and its attachment. */
    BUREAU_FILING,
    /** A transfer between schools (issue 20): recorded, seen and confirmed (報到) on both sides. */
    TRANSFER
}
