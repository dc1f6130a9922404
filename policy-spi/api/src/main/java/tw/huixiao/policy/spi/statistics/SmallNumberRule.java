package tw.huixiao.policy.spi.statistics;

import java.util.Objects;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * How the county hides small numbers in statistics that leave its own officers (exports, the
 * monthly statistics sent to schools): every count from 1 to {@code threshold} is hidden, and the
 * host hides further cells so that no hidden one can be worked out from row, column or grand
 * totals (complementary suppression). {@code note} is printed under every such table.
 *
 * @since SPI 1.5
 */
public record SmallNumberRule(int threshold, LocalizedText note) {

    /** Counts of 1 to 5 hidden: the usual rule for statistics about pupils. */
    public static final SmallNumberRule STANDARD = new SmallNumberRule(5, LocalizedText.of(
            "為保護個人資料，1 至 5 之數值及可由合計推算之數值以「*」表示。",
            "To protect personal data, counts of 1 to 5 and cells from which they could be worked out are shown as *."));

    public SmallNumberRule {
        if (threshold < 1 || threshold > 99) {
            throw new IllegalArgumentException("small-number threshold must be 1 to 99: " + threshold);
        }
        Objects.requireNonNull(note, "note");
    }
}
