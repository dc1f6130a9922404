package tw.huixiao.platform.application.onboarding;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The county codes the service uses (TAOYUAN) and the names the MOE school list and the screens use
 * (桃園市): only names, no county's rules.
 */
public final class CountyNames {

    private static final Map<String, String> BY_NAME = byName();

    private CountyNames() {
    }

    /** The code of a county named as the MOE list names it (臺 or 台), or null. */
    public static String code(String name) {
        return name == null ? null : BY_NAME.get(name.trim().replace('台', '臺'));
    }

    /** 桃園市 for TAOYUAN; the code itself for a county not in the list. */
    public static String zhName(String code) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst()
                .orElse(code);
    }

    /** "New Taipei" for NEW_TAIPEI. */
    public static String enName(String code) {
        StringBuilder name = new StringBuilder();
        for (String word : code.toLowerCase(Locale.ROOT).split("_")) {
            if (!word.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return name.toString();
    }

    /** The 22 counties and special municipalities as the MOE list names them. */
    private static Map<String, String> byName() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("臺北市", "TAIPEI");
        c.put("新北市", "NEW_TAIPEI");
        c.put("桃園市", "TAOYUAN");
        c.put("臺中市", "TAICHUNG");
        c.put("臺南市", "TAINAN");
        c.put("高雄市", "KAOHSIUNG");
        c.put("基隆市", "KEELUNG");
        c.put("新竹市", "HSINCHU_CITY");
        c.put("嘉義市", "CHIAYI_CITY");
        c.put("新竹縣", "HSINCHU_COUNTY");
        c.put("苗栗縣", "MIAOLI");
        c.put("彰化縣", "CHANGHUA");
        c.put("南投縣", "NANTOU");
        c.put("雲林縣", "YUNLIN");
        c.put("嘉義縣", "CHIAYI_COUNTY");
        c.put("屏東縣", "PINGTUNG");
        c.put("宜蘭縣", "YILAN");
        c.put("花蓮縣", "HUALIEN");
        c.put("臺東縣", "TAITUNG");
        c.put("澎湖縣", "PENGHU");
        c.put("金門縣", "KINMEN");
        c.put("連江縣", "LIENCHIANG");
        return c;
    }
}
