package tw.huixiao.platform.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.mail.MailMessage;
import tw.huixiao.platform.application.mail.MailOutbox;

/**
 * Jakarta Mail (Liberty's mail-2.1 feature) to the SMTP server named by MicroProfile Config:
 * {@code huixiao.mail.host} (none: mail disabled), {@code .port}, {@code .from},
 * {@code .security} (NONE, STARTTLS — required, not opportunistic — or TLS for SMTPS),
 * {@code .username} and {@code .password} (from the environment or the secret store, never the repository).
 */
@ApplicationScoped
public class SmtpOutbox implements MailOutbox {

    private static final Logger LOG = Logger.getLogger(SmtpOutbox.class.getName());

    @Inject
    @ConfigProperty(name = "huixiao.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "huixiao.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "huixiao.mail.from", defaultValue = "回校 Huixiao <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "huixiao.mail.security", defaultValue = "STARTTLS")
    String security;

    @Inject
    @ConfigProperty(name = "huixiao.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "huixiao.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "huixiao.mail.timeout-ms", defaultValue = "20000")
    int timeoutMillis;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Session session;
    private InternetAddress sender;

    @PostConstruct
    void configure() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.warning("e-mail disabled: huixiao.mail.host (HUIXIAO_MAIL_HOST) is not set; invitations, reset links "
                    + "and digests are not sent");
            return;
        }
        String mode = security.trim().toUpperCase(Locale.ROOT);
        boolean smtps = mode.equals("TLS");
        String protocol = smtps ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host.get().trim());
        p.put("mail." + protocol + ".port", String.valueOf(port));
        p.put("mail." + protocol + ".connectiontimeout", String.valueOf(timeoutMillis));
        p.put("mail." + protocol + ".timeout", String.valueOf(timeoutMillis));
        p.put("mail." + protocol + ".writetimeout", String.valueOf(timeoutMillis));
        if (mode.equals("STARTTLS")) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (smtps || mode.equals("STARTTLS")) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Authenticator authenticator = null;
        if (username.filter(u -> !u.isBlank()).isPresent()) {
            p.put("mail." + protocol + ".auth", "true");
            String user = username.get();
            String secret = password.orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, secret);
                }
            };
        }
        session = Session.getInstance(p, authenticator);
        try {
            sender = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalStateException("huixiao.mail.from is not an e-mail address: " + from, e);
        }
        LOG.info(() -> "e-mail through " + protocol + "://" + host.get().trim() + ":" + port + " (" + mode + "), from "
                + sender.getAddress());
    }

    @Override
    public boolean enabled() {
        return session != null;
    }

    @Override
    public void sendAfterCommit(MailMessage message) {
        if (!enabled()) {
            LOG.info(() -> "e-mail disabled: not sending \"" + message.subject() + "\"");
            return;
        }
        if (transactions.getTransactionKey() == null) {
            executor.submit(() -> sendLogged(message));
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.submit(() -> sendLogged(message));
                }
            }
        });
    }

    private void sendLogged(MailMessage message) {
        try {
            sendNow(message);
        } catch (MailFailedException e) {
            LOG.log(Level.WARNING, e, () -> "e-mail \"" + message.subject() + "\" not sent");
        }
    }

    @Override
    public void sendNow(MailMessage message) {
        if (!enabled()) {
            throw new MailFailedException("電子郵件未啟用：未設定 SMTP 伺服器 (e-mail disabled: no SMTP server configured)",
                    null);
        }
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(sender);
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            if (message.html() == null) {
                mime.setText(message.text(), StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(message.text(), StandardCharsets.UTF_8.name());
                MimeBodyPart html = new MimeBodyPart();
                html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
                mime.setContent(new MimeMultipart("alternative", text, html));
            }
            Transport.send(mime);
        } catch (MessagingException e) {
            throw new MailFailedException("電子郵件寄送失敗 (the SMTP server did not take the message): " + e.getMessage(), e);
        }
    }
}
