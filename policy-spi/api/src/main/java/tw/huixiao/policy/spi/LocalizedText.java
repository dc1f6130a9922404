package tw.huixiao.policy.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * Text a user reads, in Traditional Chinese (the documents' language, shown first) and English.
 */
public record LocalizedText(String zhTw, String en) {

    public LocalizedText {
        requireText(zhTw, "zh-TW");
        requireText(en, "en");
    }

    public static LocalizedText of(String zhTw, String en) {
        return new LocalizedText(zhTw, en);
    }

    /** zh-TW for any Chinese locale and as the default; English for English locales. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zhTw;
    }

    private static void requireText(String text, String language) {
        Objects.requireNonNull(text, () -> "missing " + language + " text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank " + language + " text");
        }
    }
}
