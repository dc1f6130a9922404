package tw.huixiao.platform.domain.identity;

/** A slow, salted password hash (the implementation names its algorithm and parameters). */
public interface PasswordHasher {

    /** A new hash with a fresh random salt: hashing the same password twice gives two different strings. */
    String hash(char[] password);

    boolean verify(char[] password, String stored);
}
