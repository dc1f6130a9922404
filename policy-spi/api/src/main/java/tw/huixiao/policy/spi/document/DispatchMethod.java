package tw.huixiao.policy.spi.document;

import tw.huixiao.policy.spi.LocalizedText;

/** How a document left the school; a definition lists the methods its rule allows. */
public enum DispatchMethod {
    /** 掛號 / 限時掛號 (with the post office's number) */
    REGISTERED_MAIL(LocalizedText.of("限時掛號", "registered mail")),
    /** 傳真 */
    FAX(LocalizedText.of("傳真", "fax")),
    /** 專人送達 */
    HAND_DELIVERY(LocalizedText.of("專人送達", "hand delivery")),
    /** 電子公文或線上系統 */
    ONLINE(LocalizedText.of("電子公文／線上系統", "online")),
    ;

    private final LocalizedText label;

    DispatchMethod(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
