package tw.huixiao.platform.application.overview;

/** The numbers of the picture; cases counted on student_case k, duties on case_task t. */
public enum Measure {
    /** Cases not closed. */
    OPEN(true),
    /** 中輟 cases opened this semester (up to today). */
    DROPOUTS(true),
    /** 中輟 cases with a 復學 (RE_ENROLLED event) this semester. */
    RE_ENROLLED(true),
    /** Long-absence (長期缺課) cases not closed. */
    LONG_ABSENCE(true),
    /** Duties past their deadline. */
    OVERDUE(false),
    /** Duties past their deadline that produce a report (a document kind of the county's module). */
    REPORTS_OVERDUE(false);

    private final boolean onCases;

    Measure(boolean onCases) {
        this.onCases = onCases;
    }

    public boolean onCases() {
        return onCases;
    }

}
