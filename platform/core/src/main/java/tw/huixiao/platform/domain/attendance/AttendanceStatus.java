package tw.huixiao.platform.domain.attendance;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * A student's attendance on a school day. Only non-attendance is stored; PRESENT removes a row.
 * Approved leave (事假, 病假, 公假, other leave) breaks a streak of unexcused absence (曠課).
 */
public enum AttendanceStatus {
    PRESENT("出席", "Present"),
    UNEXCUSED("曠課", "Unexcused absence"),
    PERSONAL_LEAVE("事假", "Personal leave"),
    SICK_LEAVE("病假", "Sick leave"),
    OFFICIAL_LEAVE("公假", "Official leave"),
    OTHER_LEAVE("其他假別", "Other leave");

    /** The words school systems export, in Chinese and English (case-insensitive). */
    private static final Map<String, AttendanceStatus> WORDS = Map.ofEntries(
            Map.entry("出席", PRESENT), Map.entry("到", PRESENT), Map.entry("到校", PRESENT),
            Map.entry("曠課", UNEXCUSED), Map.entry("曠", UNEXCUSED),
            Map.entry("事假", PERSONAL_LEAVE), Map.entry("事", PERSONAL_LEAVE),
            Map.entry("病假", SICK_LEAVE), Map.entry("病", SICK_LEAVE),
            Map.entry("公假", OFFICIAL_LEAVE), Map.entry("公", OFFICIAL_LEAVE),
            Map.entry("其他假別", OTHER_LEAVE), Map.entry("其他", OTHER_LEAVE), Map.entry("喪假", OTHER_LEAVE),
            Map.entry("婚假", OTHER_LEAVE), Map.entry("產假", OTHER_LEAVE), Map.entry("生理假", OTHER_LEAVE));

    private final LocalizedText label;

    AttendanceStatus(String zhTw, String en) {
        this.label = LocalizedText.of(zhTw, en);
    }

    public LocalizedText label() {
        return label;
    }

    public boolean isLeave() {
        return this != PRESENT && this != UNEXCUSED;
    }

    /** The status a code or word names: PRESENT, UNEXCUSED… or 出席, 曠課, 事假, 病假, 公假…. */
    public static Optional<AttendanceStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String word = text.trim();
        AttendanceStatus found = WORDS.get(word);
        if (found != null) {
            return Optional.of(found);
        }
        try {
            return Optional.of(valueOf(word.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
