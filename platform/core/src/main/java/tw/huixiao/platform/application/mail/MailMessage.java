package tw.huixiao.platform.application.mail;

/** One e-mail to one person: a plain-text body and the same content as HTML. */
public record MailMessage(String to, String subject, String text, String html) {

    public MailMessage {
        if (to == null || to.isBlank() || subject == null || text == null) {
            throw new IllegalArgumentException("a mail needs a recipient, a subject and a text");
        }
    }
}
