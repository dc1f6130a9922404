package tw.huixiao.policy.spi.document;

/** How the platform lays a document out on A4. */
public enum DocumentLayout {
    /** An official letter (函): letterhead, 受文者, 發文日期, 發文字號, 密等, 主旨, 說明, 正本, 副本. */
    LETTER,
    /** A form (e.g. 輟學通報單): title, reference number, a two-column table and signature boxes. */
    FORM
}
