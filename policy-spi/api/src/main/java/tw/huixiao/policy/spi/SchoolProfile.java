package tw.huixiao.policy.spi;

import java.util.Objects;

/**
 * The school attributes a module's rules may depend on. Given to the module by the host;
 * never carries personal data.
 *
 * @param remoteArea 偏遠地區: changes Tainan's funding caps (TN-F-LICENSED, TN-F-DAILY-CAP)
 */
public record SchoolProfile(String moeCode, CountyCode county, String district, SchoolLevel level,
                            boolean remoteArea) {

    public SchoolProfile {
        Objects.requireNonNull(moeCode, "MOE school code");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(level, "school level");
    }
}
