package tw.huixiao.platform.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import tw.huixiao.platform.domain.identity.PasswordHasher;

/**
 * Jakarta Security's PBKDF2 hasher, set to HMAC-SHA256 with 210,000 iterations (OWASP's
 * current minimum for PBKDF2-HMAC-SHA256), 16-byte salts and 32-byte keys.
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {

    public static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a password nobody has, checked when the username is unknown so timing reveals nothing. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy-password-that-never-matches".toCharArray());
    }

    @Override
    public String hash(char[] password) {
        return hash.generate(password);
    }

    @Override
    public boolean verify(char[] password, String stored) {
        return hash.verify(password, stored);
    }

    /** Spends the same time as a real verification. */
    public void verifyDecoy(char[] password) {
        hash.verify(password, decoy);
    }
}
