package tw.huixiao.policy.spi.form;

import java.util.Objects;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * A choice of a single/multi-choice field. {@code code} is stored; the label is shown. An
 * option with {@code asksForText} is the form's "其他：＿＿" and requires the text when chosen.
 */
public record Option(String code, LocalizedText label, boolean asksForText) {

    public Option {
        Objects.requireNonNull(code, "option code");
        Objects.requireNonNull(label, () -> code + ": option label");
    }

    public static Option of(String code, String zhTw, String en) {
        return new Option(code, LocalizedText.of(zhTw, en), false);
    }

    /** "其他：＿＿" */
    public static Option other(String code, String zhTw, String en) {
        return new Option(code, LocalizedText.of(zhTw, en), true);
    }
}
