package tw.huixiao.platform.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OWASP ASVS 4.0.3 V2.1.1, 2.1.2, 2.1.4, 2.1.7, 2.1.9. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void v2_1_1_twelveCharactersAtLeast() {
        assertTrue(policy.refusal("ty-principal", "Kx9#mq2!Lp").isPresent(), "10 characters");
        assertTrue(policy.refusal("ty-principal", "晴天騎單車去海邊看夕陽").isPresent(), "11 characters (counted as characters, not bytes)");
        assertEquals(Optional.empty(), policy.refusal("ty-principal", "晴天騎單車去海邊看夕陽吧"));
    }

    @Test
    void v2_1_2_upTo128Characters() {
        assertEquals(Optional.empty(), policy.refusal("ty-principal", "correct horse battery staple ".repeat(4)));
        assertTrue(policy.refusal("ty-principal", "x7Kq".repeat(33)).isPresent(), "132 characters");
    }

    @Test
    void v2_1_4_anyCharacterIncludingSpacesAndEmoji() {
        assertEquals(Optional.empty(), policy.refusal("ty-principal", "我的 貓 🐱 叫 小花 2026"));
    }

    @Test
    void v2_1_7_commonAndLeakedPasswordsAreRefused() {
        assertTrue(policy.refusal("ty-principal", "1qaz2wsx3edc").isPresent(), "on the list itself");
        assertTrue(policy.refusal("ty-principal", "QWERTYUIOP123").isPresent(), "case does not help");
        assertTrue(policy.refusal("ty-principal", "password1234!").isPresent(), "a listed word padded with digits");
        assertTrue(policy.refusal("ty-principal", "dragondragon").isPresent(), "a listed word said twice");
        assertTrue(policy.refusal("ty-principal", "aaaaaaaaaaaaaa").isPresent(), "one character repeated");
        assertTrue(policy.refusal("ty-principal", "ty-principal-2026").isPresent(), "contains the username");
    }

    @Test
    void v2_1_9_noCompositionRules() {
        assertEquals(Optional.empty(), policy.refusal("ty-principal", "plum orchard twilight"),
                "lower-case words only is fine when long and uncommon");
    }
}
