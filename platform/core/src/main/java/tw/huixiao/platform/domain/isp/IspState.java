package tw.huixiao.platform.domain.isp;

import java.util.Set;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * Where an ISP stands: a draft is edited (and may break funding rules); submitted to the
 * school's review (高關懷組織、成績評量委員會、課發會, decided by the principal), approved, filed
 * with the bureau (送本局備查), completed (辦理完畢: the expense statement is due within a month,
 * TN-REPORT); a draft or a submitted plan may be withdrawn.
 */
public enum IspState {
    DRAFT("草稿", "Draft"),
    SUBMITTED("送審中", "Submitted for the school's review"),
    APPROVED("校內審查通過", "Approved by the school"),
    FILED("已送教育局備查", "Filed with the bureau"),
    COMPLETED("辦理完畢", "Completed"),
    WITHDRAWN("已撤回", "Withdrawn");

    private final LocalizedText label;

    IspState(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }

    /** States in which the plan still occupies its timetable slots and counts as the case's plan. */
    public boolean active() {
        return this != COMPLETED && this != WITHDRAWN;
    }

    /** The steps the platform allows from here. */
    public Set<IspState> next() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> Set.of(APPROVED, DRAFT, WITHDRAWN);
            case APPROVED -> Set.of(FILED);
            case FILED -> Set.of(COMPLETED);
            case COMPLETED, WITHDRAWN -> Set.of();
        };
    }
}
