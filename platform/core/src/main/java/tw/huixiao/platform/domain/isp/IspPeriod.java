package tw.huixiao.platform.domain.isp;

import java.util.Arrays;
import java.util.Optional;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.SchoolLevel;

/** A row of the ISP timetable (TN-TIMETABLE): periods 1–4, 用餐及午休, periods 5–7, in that order. */
public enum IspPeriod {
    P1("1", "第1節", "Period 1"),
    P2("2", "第2節", "Period 2"),
    P3("3", "第3節", "Period 3"),
    P4("4", "第4節", "Period 4"),
    LUNCH("LUNCH", "用餐及午休", "Lunch and rest"),
    P5("5", "第5節", "Period 5"),
    P6("6", "第6節", "Period 6"),
    P7("7", "第7節", "Period 7");

    private final String code;
    private final LocalizedText label;

    IspPeriod(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    /** As clients write it: "1" … "7" or "LUNCH". */
    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    /**
     * How long a teaching period (節) lasts at a school of the level: 國民小學 40 minutes, 國民中學
     * 45 minutes (國民教育課程綱要); a 國民中小學 or 完全中學 (COMPLETE) plans its ISP at the
     * junior-high length, as the external-teacher rate does. Hourly fees (時) are paid on it.
     */
    public static int minutes(SchoolLevel level) {
        return level == SchoolLevel.ELEMENTARY ? 40 : 45;
    }

    public static Optional<IspPeriod> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase();
        return Arrays.stream(values()).filter(p -> p.code.equals(c) || p.name().equals(c)).findFirst();
    }
}
