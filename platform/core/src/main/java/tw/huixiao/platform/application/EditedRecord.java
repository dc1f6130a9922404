package tw.huixiao.platform.application;

/** The records people edit under optimistic locking, named in both languages for an {@link EditConflictException}. */
public enum EditedRecord {
    CASE("個案", "case"),
    COUNSELLING_NOTE("輔導紀錄", "counselling note"),
    DETENTION("收容紀錄", "detention"),
    BUREAU_FILING("送件", "filing"),
    FORM_RECORD("表單紀錄", "form record"),
    ISP("個別化支持計畫", "isp"),
    MEETING("會議紀錄", "meeting"),
    PROTECTIVE_CONCERN("保護事件通報", "protective concern"),
    RE_ENROLMENT("復學申請", "re-enrolment"),
    REFERRAL("轉介", "referral"),
    STUDENT("學生學籍資料", "student"),
    TASK("待辦工作", "task"),
    TRANSFER("轉學紀錄", "transfer");

    private final String zh;
    private final String en;

    EditedRecord(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
