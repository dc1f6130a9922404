package tw.huixiao.platform.application;

/** Someone else changed the record since the caller read it (optimistic locking). */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String kind, Object id) {
        super(kind + " " + id + " was changed by someone else; reload it and apply your change again");
    }
}
