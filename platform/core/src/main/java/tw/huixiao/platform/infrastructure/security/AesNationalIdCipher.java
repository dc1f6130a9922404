package tw.huixiao.platform.infrastructure.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tw.huixiao.platform.domain.student.EncryptedNationalId;
import tw.huixiao.platform.domain.student.NationalId;
import tw.huixiao.platform.application.student.NationalIdCipher;

/**
 * Encrypts national IDs with AES-256-GCM and derives a keyed blind index (HMAC-SHA256) for
 * exact look-up and uniqueness. Both keys are derived from one master key supplied by
 * configuration ({@code huixiao.national-id-key}, 32 bytes base64), never from the repo.
 */
public final class AesNationalIdCipher implements NationalIdCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;

    public AesNationalIdCipher(String base64MasterKey) {
        byte[] master = decode(base64MasterKey);
        this.encryptionKey = new SecretKeySpec(derive(master, "huixiao national-id encryption v1"), "AES");
        this.indexKey = new SecretKeySpec(derive(master, "huixiao national-id blind index v1"), "HmacSHA256");
        Arrays.fill(master, (byte) 0);
    }

    private static byte[] decode(String base64MasterKey) {
        if (base64MasterKey == null || base64MasterKey.isBlank()) {
            throw new IllegalStateException("huixiao.national-id-key is not configured");
        }
        byte[] master = Base64.getDecoder().decode(base64MasterKey.trim());
        if (master.length != 32) {
            throw new IllegalStateException("huixiao.national-id-key must be 32 bytes, base64-encoded");
        }
        return master;
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates (format and checksum) and encrypts. */
    @Override
    public EncryptedNationalId encrypt(String rawNationalId) {
        String id = NationalId.normalize(rawNationalId);
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(id.getBytes(StandardCharsets.US_ASCII));
            return new EncryptedNationalId(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array(),
                    blindIndex(id));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt national ID", e);
        }
    }

    @Override
    public String decrypt(EncryptedNationalId stored) {
        if (stored.cipherText().length == 0) {
            // Anonymised past its retention (issue 22 §7): the ID is gone, nothing to decrypt.
            return "";
        }
        try {
            byte[] data = stored.cipherText();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt national ID (wrong key?)", e);
        }
    }

    /** The look-up key for an exact national ID; the input is normalised first. */
    @Override
    public byte[] blindIndex(String rawNationalId) {
        String id = NationalId.normalize(rawNationalId);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return mac.doFinal(id.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
