package tw.huixiao.platform.application.student;

import tw.huixiao.platform.domain.student.EncryptedNationalId;

/**
 * Encrypts national IDs with AES-256-GCM and derives a keyed blind index (HMAC-SHA256) for
 * exact look-up and uniqueness. Both keys are derived from one master key supplied by
 * configuration ({@code huixiao.national-id-key}, 32 bytes base64), never from the repo.
 */
public interface NationalIdCipher {

    /** Validates (format and checksum) and encrypts. */
    EncryptedNationalId encrypt(String rawNationalId);

    String decrypt(EncryptedNationalId stored);

    /** The look-up key for an exact national ID; the input is normalised first. */
    byte[] blindIndex(String rawNationalId);
}
