package tw.huixiao.platform.domain.isp;

import tw.huixiao.policy.spi.LocalizedText;

/** The groups of the support-services table (相關支援服務, TN-SERVICES). */
public enum ServiceArea {
    PERSONAL("個人協助", "Personal support"),
    LIVING("生活協助", "Living support"),
    FAMILY("家庭協助", "Family support"),
    LEARNING("學習協助", "Learning support"),
    SOCIAL("社會適應及參與協助", "Social adjustment and participation"),
    OTHER("其他", "Other");

    private final LocalizedText label;

    ServiceArea(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
