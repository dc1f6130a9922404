package tw.huixiao.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in New Taiwan dollars as budgets print them: NT$16,200 (cents only where there are any). */
public final class Money {

    private Money() {
    }

    public static String nt(BigDecimal amount) {
        return amount == null ? "" : "NT$" + number(amount);
    }

    /** 16,200 or 341.82, without the currency. */
    public static String number(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal whole = amount.setScale(0, RoundingMode.HALF_UP);
        return whole.compareTo(amount) == 0 ? String.format("%,d", whole.longValueExact())
                : String.format("%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }
}
