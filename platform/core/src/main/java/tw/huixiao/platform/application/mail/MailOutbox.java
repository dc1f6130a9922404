package tw.huixiao.platform.application.mail;

/**
 * Sends e-mail through the SMTP server the operator configured. When none is configured, mail is
 * disabled: nothing is sent and {@link #enabled()} says so (the server log says so at start-up).
 */
public interface MailOutbox {

    boolean enabled();

    /**
     * Sends once the current transaction commits, in the background (nothing when it rolls back:
     * no invitation for an account that was never created); outside a transaction, in the background at once.
     */
    void sendAfterCommit(MailMessage message);

    /** Sends now in the caller's thread; a failure is a {@link MailFailedException}. */
    void sendNow(MailMessage message);

    /** The SMTP server refused the message or could not be reached. */
    class MailFailedException extends RuntimeException {
        public MailFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
