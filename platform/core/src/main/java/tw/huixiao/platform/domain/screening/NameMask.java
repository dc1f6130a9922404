package tw.huixiao.platform.domain.screening;

/**
 * A name as the Yunlin roster (附表二, YL-ROSTER) prints it: "姓名(以匿名處理,例:黃○進)". The first
 * and the last character stay, every character between them becomes ○ (黃小進 → 黃○進, 歐陽小華 →
 * 歐○○華, 瓦歷斯‧諾幹 → 瓦○○○○幹); a two-character name keeps its surname (王明 → 王○) and a
 * one-character name is masked whole. Characters are Unicode code points, so a name with a rare
 * character outside the BMP (𡘙) is masked like any other. The same rule as the module's
 * {@code YunlinForms.anonymise}, which the platform cannot call through the policy SPI.
 */
public final class NameMask {

    public static final char MASK = '○';

    private NameMask() {
    }

    public static String mask(String name) {
        int[] cp = name == null ? new int[0] : name.strip().codePoints().toArray();
        if (cp.length == 0) {
            throw new IllegalArgumentException("no name to mask");
        }
        if (cp.length == 1) {
            return String.valueOf(MASK);
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(cp[0]);
        if (cp.length == 2) {
            return masked.append(MASK).toString();
        }
        return masked.append(String.valueOf(MASK).repeat(cp.length - 2)).appendCodePoint(cp[cp.length - 1]).toString();
    }
}
