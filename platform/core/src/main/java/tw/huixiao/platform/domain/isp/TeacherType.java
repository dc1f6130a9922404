package tw.huixiao.platform.domain.isp;

import java.util.Optional;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * Who teaches or visits in an ISP (師資來源, TN-TEACHERS) and how the funding schedule pays them.
 * The names are the item codes of Tainan's funding schedule (TN-F-INTERNAL, TN-F-EXTERNAL: per
 * period, 節; TN-F-COUNSELLOR, TN-F-LICENSED, TN-F-PSYCHIATRIST: per hour, 時, their periods
 * converted by the period's length at the school's level; TN-F-TRACKER: per visit); volunteers
 * are unpaid.
 */
public enum TeacherType {
    INTERNAL_TEACHER("內聘教師", "Internal teacher", true, Pay.PERIOD),
    EXTERNAL_TEACHER("外聘教師", "External teacher", false, Pay.PERIOD),
    UNLICENSED_COUNSELLOR("專業輔導人員（未具證照）", "Professional counsellor (unlicensed)", false, Pay.HOUR),
    LICENSED_PROFESSIONAL("諮商心理師、臨床心理師或社會工作師", "Licensed psychologist or social worker", false, Pay.HOUR),
    PSYCHIATRIST("精神科醫師", "Psychiatrist", false, Pay.HOUR),
    TRACKING_COUNSELLOR("追蹤輔導員", "Tracking counsellor", false, Pay.VISIT),
    VOLUNTEER("志工（無給）", "Volunteer (unpaid)", false, Pay.NONE);

    /** How the schedule pays: per timetable period (節), per hour of time taught (時), per tracking visit, or not at all. */
    public enum Pay { PERIOD, HOUR, VISIT, NONE }

    private final LocalizedText label;
    private final boolean internal;
    private final Pay pay;

    TeacherType(String zh, String en, boolean internal, Pay pay) {
        this.label = LocalizedText.of(zh, en);
        this.internal = internal;
        this.pay = pay;
    }

    public LocalizedText label() {
        return label;
    }

    /** 內聘 (a teacher of the school) or 外聘. */
    public boolean internal() {
        return internal;
    }

    public LocalizedText source() {
        return internal ? LocalizedText.of("內聘", "Internal") : LocalizedText.of("外聘", "External");
    }

    public Pay pay() {
        return pay;
    }

    /** The funding schedule's item kind for this person's fees; none for volunteers. */
    public Optional<String> itemKind() {
        return pay == Pay.NONE ? Optional.empty() : Optional.of(name());
    }
}
