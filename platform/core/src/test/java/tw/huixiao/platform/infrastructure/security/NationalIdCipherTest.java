package tw.huixiao.platform.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.domain.student.EncryptedNationalId;
import tw.huixiao.platform.application.student.NationalIdCipher;

class NationalIdCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final NationalIdCipher cipher = new AesNationalIdCipher(KEY);

    @Test
    void roundTripsAndNeverStoresThePlainValue() {
        EncryptedNationalId stored = cipher.encrypt("a123456789");
        assertEquals("A123456789", cipher.decrypt(stored));
        assertFalse(new String(stored.cipherText(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("123456789"));
    }

    @Test
    void sameIdEncryptsDifferentlyButIndexesTheSame() {
        EncryptedNationalId one = cipher.encrypt("A123456789");
        EncryptedNationalId two = cipher.encrypt("A123456789");
        assertFalse(Arrays.equals(one.cipherText(), two.cipherText()), "random IV per encryption");
        assertArrayEquals(one.blindIndex(), two.blindIndex());
        assertArrayEquals(one.blindIndex(), cipher.blindIndex(" a123456789"));
    }

    @Test
    void anotherKeyCannotDecrypt() {
        byte[] other = new byte[32];
        other[0] = 1;
        NationalIdCipher wrong = new AesNationalIdCipher(Base64.getEncoder().encodeToString(other));
        EncryptedNationalId stored = cipher.encrypt("A123456789");
        assertThrows(IllegalStateException.class, () -> wrong.decrypt(stored));
    }

    @Test
    void refusesAMissingOrShortKey() {
        assertThrows(IllegalStateException.class, () -> new AesNationalIdCipher(""));
        assertThrows(IllegalStateException.class,
                () -> new AesNationalIdCipher(Base64.getEncoder().encodeToString(new byte[16])));
    }
}
