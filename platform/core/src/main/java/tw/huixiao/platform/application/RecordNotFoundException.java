package tw.huixiao.platform.application;

/**
 * The record does not exist for this caller. Deliberately the same for "missing", "another
 * school's" and "not yours to see", so that ids cannot be probed across schools.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
