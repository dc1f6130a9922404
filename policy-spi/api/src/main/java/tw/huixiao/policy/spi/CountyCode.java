package tw.huixiao.policy.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A county or special municipality (縣市), e.g. {@code TAOYUAN}, {@code NEW_TAIPEI}.
 * A string code rather than an enum so that a module for a fifth county needs no SPI release.
 */
public record CountyCode(String value) implements Comparable<CountyCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z_]{1,31}");

    public static final CountyCode TAOYUAN = new CountyCode("TAOYUAN");
    public static final CountyCode NEW_TAIPEI = new CountyCode("NEW_TAIPEI");
    public static final CountyCode YUNLIN = new CountyCode("YUNLIN");
    public static final CountyCode TAINAN = new CountyCode("TAINAN");

    public CountyCode {
        Objects.requireNonNull(value, "county code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "county code must be upper-case letters and underscores (e.g. NEW_TAIPEI): " + value);
        }
    }

    public static CountyCode of(String value) {
        return new CountyCode(value);
    }

    @Override
    public int compareTo(CountyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
