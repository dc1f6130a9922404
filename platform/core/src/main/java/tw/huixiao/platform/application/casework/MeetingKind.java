package tw.huixiao.platform.application.casework;

import java.util.Optional;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.timeline.CaseEvent;

/** The meetings the county documents hold on a case, with the rule ids that call for them. */
public enum MeetingKind {
    /** 個案會議 (TY-D3-CASE-MEETING, NT-D4-MEETING) */
    CASE_MEETING("個案會議", "Case meeting"),
    /** 中輟之虞學生協尋因應作為研商會議 (TY-D3-SEARCH-MEETING) */
    SEARCH_STRATEGY("協尋因應作為研商會議", "Search-strategy meeting"),
    /** 學生復學輔導小組 (TY-D4-TASKFORCE, YL-REF-DROPOUT) */
    RE_ENROLMENT_GROUP("學生復學輔導小組會議", "Re-enrolment counselling group meeting"),
    /** 復學輔導會議 (NT-REENROL) */
    RE_ENROLMENT_COUNSELLING("復學輔導會議", "Re-enrolment counselling meeting"),
    /** 安置會議 chaired by the principal (NT-PLACEMENT) */
    PLACEMENT("安置會議", "Placement meeting"),
    /** 中輟生復學暫讀補校安置會議 (NT-BUXIAO) */
    SUPPLEMENTARY_SCHOOL_PLACEMENT("中輟生復學暫讀補校安置會議", "Supplementary-school placement meeting"),
    /** the meeting two months into 補校 on returning to the original class (NT-BUXIAO) */
    SUPPLEMENTARY_SCHOOL_REVIEW("暫讀補校返回原班評估會議", "Supplementary-school review meeting"),
    /** 強迫入學會議 with the district office (TN-NEEDS) */
    COMPULSORY_EDUCATION("強迫入學會議", "Compulsory-education meeting"),
    /** 需求評估會議 #1…#n (TN-MEETINGS); holding one starts TN-EVAL's observation window */
    NEEDS_ASSESSMENT("需求評估會議", "Needs-assessment meeting", CaseEvent.NEEDS_ASSESSED),
    /** 個案評估會議 every month (TN-MONTHLY) */
    CASE_EVALUATION("個案評估會議", "Case evaluation meeting"),
    /** 成效評估會議 (TN-EVAL) */
    EFFECTIVENESS_EVALUATION("成效評估會議", "Effectiveness-evaluation meeting"),
    /** 結案會議 (TN-CLOSE) */
    CLOSURE("結案會議", "Closure meeting"),
    OTHER("其他會議", "Other meeting");

    private final LocalizedText label;
    private final CaseEvent starts;

    MeetingKind(String zhTw, String en) {
        this(zhTw, en, null);
    }

    MeetingKind(String zhTw, String en, CaseEvent starts) {
        this.label = LocalizedText.of(zhTw, en);
        this.starts = starts;
    }

    public LocalizedText label() {
        return label;
    }

    /** The case event holding this meeting is (e.g. NEEDS_ASSESSED), if any. */
    public Optional<CaseEvent> starts() {
        return Optional.ofNullable(starts);
    }
}
