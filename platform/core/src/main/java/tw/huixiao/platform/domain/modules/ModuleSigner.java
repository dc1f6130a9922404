package tw.huixiao.platform.domain.modules;

import java.time.Instant;

/** A signing certificate registered for a county's modules (V58 module_signer). */
public record ModuleSigner(long id, String county, String certificateSha256, String subject, Instant notAfter,
                           String registeredByName, Instant registeredAt) {
}
