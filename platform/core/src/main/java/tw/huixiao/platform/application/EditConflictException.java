package tw.huixiao.platform.application;

/**
 * Someone else changed the record since the caller read it (optimistic locking, one idiom for
 * JPA and SQL: {@link OptimisticLock}); problem+json 409 naming the record and, where known, the
 * version the caller read and the one stored now.
 */
public class EditConflictException extends RuntimeException {

    private final EditedRecord record;
    private final long id;

    /** A write at the version read matched no row: the record changed (or moved on) meanwhile. */
    public EditConflictException(EditedRecord record, long id) {
        super(record.zh() + " #" + id + " 已被他人修改，請重新載入後再修改 (" + record.en() + " " + id
                + " was changed by someone else; reload it and apply your change again)");
        this.record = record;
        this.id = id;
    }

    /** The version the caller read is not the one stored now. */
    public EditConflictException(EditedRecord record, long id, long read, long stored) {
        super(record.zh() + " #" + id + " 已被他人修改（您讀取的是第 " + read + " 版，目前為第 " + stored
                + " 版），請重新載入後再修改 (" + record.en() + " " + id + " was changed by someone else: you read version "
                + read + ", it is at version " + stored + " now; reload it and apply your change again)");
        this.record = record;
        this.id = id;
    }

    public EditedRecord record() {
        return record;
    }

    public long id() {
        return id;
    }
}
