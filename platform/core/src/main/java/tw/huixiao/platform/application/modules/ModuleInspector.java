package tw.huixiao.platform.application.modules;

import java.time.Instant;
import java.util.List;

/**
 * Looks into an uploaded jar, step by step, so that no module code runs before its signature
 * and signer are known good: the descriptor (reads only), the signature (every entry read to
 * its end), then the load and the module's checks (runs its code). Each step refuses with a
 * {@link ModuleRefusedException} naming its reason.
 */
public interface ModuleInspector {

    /** The jar's descriptor as the platform reads it. */
    record Descriptor(String moduleId, String version, String text) {
    }

    /** The one certificate that signed every entry, validated to the platform's trust anchor. */
    record Signer(String subject, String sha256, byte[] certificate, Instant notAfter) {
    }

    /** What loading the module and its checks found. */
    record Checked(List<String> counties, List<String> findings) {
    }

    /** Refuses NOT_A_JAR, TOO_LARGE, BAD_DESCRIPTOR or SPI_RANGE. */
    Descriptor descriptor(byte[] jar);

    /** Refuses UNSIGNED, SIGNATURE_INVALID, SEVERAL_SIGNERS or UNTRUSTED_SIGNER. */
    Signer signer(byte[] jar);

    /** Loads the module in its own class loader and runs the platform's checks; refuses CHECKS_FAILED. */
    Checked check(byte[] jar);

    /** A PEM certificate a platform administrator registers: parsed and validated to the trust anchor. */
    Signer certificate(String pem);

    /** The jar's SHA-256, lower-case hex. */
    String sha256(byte[] jar);
}
