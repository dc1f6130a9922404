package tw.huixiao.policy.spi.form;

/** The kinds of field a county form may have. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    DATE,
    NUMBER,
    SINGLE_CHOICE,
    MULTI_CHOICE,
    YES_NO,
    /** a repeating group of rows; its columns are the field's {@code columns} */
    TABLE,
    /** a named person (staff, guardian, external contact) */
    PERSON,
    /** a signature or stamp box */
    SIGNATURE
}
