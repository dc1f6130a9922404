package tw.huixiao.platform.application;

/** The caller is known but their roles do not allow this action. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
