package tw.huixiao.platform.application;

/** The request is valid but contradicts the record's current state (e.g. a second open case). */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
