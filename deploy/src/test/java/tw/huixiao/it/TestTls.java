package tw.huixiao.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The test server's HTTPS certificate, trusted by the tests and nothing else: Liberty generates
 * a self-signed key into the server's resources/security/key.p12 at its first start, protected by
 * the keystore_password of its server.env. The tests trust exactly that certificate (no
 * trust-everything manager), and Chromium is told its key's SPKI hash.
 */
final class TestTls {

    static final Path SERVER = Path.of(System.getProperty("huixiao.it.server.dir",
            "target/liberty/wlp/usr/servers/huixiao-it"));
    static final X509Certificate CERTIFICATE = certificate();
    static final SSLContext CONTEXT = context();

    private TestTls() {
    }

    /** An HTTP client trusting the test server (redirects as given). */
    static HttpClient client(HttpClient.Redirect redirects) {
        return HttpClient.newBuilder().sslContext(CONTEXT).followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** base64(SHA-256(SubjectPublicKeyInfo)), as Chromium's --ignore-certificate-errors-spki-list takes it. */
    static String spkiHash() {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(CERTIFICATE.getPublicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate() {
        try (InputStream in = Files.newInputStream(SERVER.resolve("resources/security/key.p12"))) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password().toCharArray());
            for (String alias : Collections.list(keys.aliases())) {
                if (keys.getCertificate(alias) instanceof X509Certificate certificate) {
                    return certificate;
                }
            }
            throw new IllegalStateException("no certificate in the test server's key.p12");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String password() throws IOException {
        String encoded = Files.readAllLines(SERVER.resolve("server.env")).stream()
                .filter(line -> line.startsWith("keystore_password=")).map(line -> line.substring(18).trim())
                .findFirst().orElseThrow(() -> new IllegalStateException("no keystore_password in server.env"));
        return encoded;
    }

    private static SSLContext context() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("huixiao-it", CERTIFICATE);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
