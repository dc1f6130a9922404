package tw.huixiao.platform.domain.student;

/** A national ID as stored: ciphertext plus a keyed blind index (never the plain value). */
public record EncryptedNationalId(byte[] cipherText, byte[] blindIndex) {
}
