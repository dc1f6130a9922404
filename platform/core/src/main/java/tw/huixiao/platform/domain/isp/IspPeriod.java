package tw.huixiao.platform.domain.isp;

import java.util.Arrays;
import java.util.Optional;
import tw.huixiao.policy.spi.LocalizedText;

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

    public static Optional<IspPeriod> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase();
        return Arrays.stream(values()).filter(p -> p.code.equals(c) || p.name().equals(c)).findFirst();
    }
}
