package tw.huixiao.platform.application.documents;

/**
 * Documents cannot be produced on this server (e.g. the Chinese font is not installed): an
 * operator's problem, answered 503 with a message saying what is missing.
 */
public class DocumentsUnavailableException extends RuntimeException {

    public DocumentsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
