package tw.huixiao.platform.application.modules;

import java.util.Locale;

/** An upload refused: nothing was kept. The reason is named in the problem's {@code reason} member. */
public class ModuleRefusedException extends RuntimeException {

    /** Why an upload (or a signer's certificate) was refused. */
    public enum Reason {
        NOT_A_JAR, TOO_LARGE, BAD_DESCRIPTOR, SPI_RANGE, UNSIGNED, SIGNATURE_INVALID, SEVERAL_SIGNERS,
        UNTRUSTED_SIGNER, SIGNER_NOT_REGISTERED, WRONG_COUNTY, DUPLICATE_VERSION, VERSION_NOT_NEWER, CHECKS_FAILED,
        NO_TRUST_ANCHOR;

        /** The problem type's last segment, e.g. {@code signature-invalid}. */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public ModuleRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
