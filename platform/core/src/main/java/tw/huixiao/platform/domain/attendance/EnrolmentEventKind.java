package tw.huixiao.platform.domain.attendance;

import tw.huixiao.policy.spi.LocalizedText;

/** Registration and transfer events (New Taipei categories 2 and 3: NT-CAT2, NT-CAT3). */
public enum EnrolmentEventKind {
    /** 入學／轉入分發: the student is expected at this school. */
    ENROLLED("入學", "Enrolled"),
    /** 註冊: registered for the semester. */
    REGISTERED("註冊", "Registered for the semester"),
    /** 轉出: transferred out to another school on a date. */
    TRANSFERRED_OUT("轉出", "Transferred out"),
    /** 報到: the receiving school confirmed the student arrived. */
    ARRIVED("轉入學校已報到", "Arrived at the receiving school");

    private final LocalizedText label;

    EnrolmentEventKind(String zhTw, String en) {
        this.label = LocalizedText.of(zhTw, en);
    }

    public LocalizedText label() {
        return label;
    }
}
