package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the IT JVM, on the port the IT Liberty server sends to
 * (huixiao.it.smtp.port, deploy/pom.xml); started once and kept for the whole run. Tests read the
 * messages of their own addresses back.
 */
final class Mailbox {

    private static final Pattern PASSWORD_LINK = Pattern.compile("https?://\\S+/password/[A-Za-z0-9_-]+");
    private static GreenMail server;

    private Mailbox() {
    }

    static synchronized GreenMail server() {
        if (server == null) {
            int port = Integer.getInteger("huixiao.it.smtp.port", 3025);
            server = new GreenMail(new ServerSetup(port, "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
            server.start();
            GreenMail started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return server;
    }

    /** The messages to this address so far. */
    static List<MimeMessage> to(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : server().getReceivedMessages()) {
            try {
                Address[] to = m.getRecipients(Message.RecipientType.TO);
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    found.add(m);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Waits until the address has received {@code count} messages; returns them, oldest first. */
    static List<MimeMessage> await(String address, int count) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            List<MimeMessage> got = to(address);
            if (got.size() >= count) {
                return got;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail(address + " received " + to(address).size() + " message(s), expected " + count);
        return List.of();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's text/plain part (or its only text). */
    static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    private static String part(MimeMessage m, String type) {
        try {
            Object content = m.getContent();
            if (content instanceof String s) {
                return s;
            }
            Multipart parts = (Multipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart p = parts.getBodyPart(i);
                if (p.isMimeType(type)) {
                    return (String) p.getContent();
                }
            }
            throw new IllegalStateException("no " + type + " part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the password link in the message ("/password/…"), for the API or the browser. */
    static String passwordPath(MimeMessage m) {
        Matcher link = PASSWORD_LINK.matcher(text(m));
        if (!link.find()) {
            fail("no password link in: " + text(m));
        }
        String url = link.group();
        return url.substring(url.indexOf("/password/"));
    }

    static String token(MimeMessage m) {
        return passwordPath(m).substring("/password/".length());
    }
}
