package tw.huixiao.platform.application.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines for a given width, the way Chinese is set (the line-breaking rules of
 * UAX #14 and the Chinese typesetting convention 避頭尾): a line may break between any two CJK
 * characters, Latin words and numbers stay whole (breaking at spaces), a line never starts
 * with closing punctuation （，。、；：！？）」』 …) and never ends with opening punctuation
 * （（「『 …): such a character is carried over together with its neighbour. A unit wider than
 * a whole line (a very long number) is cut where it must. {@code \n} forces a break.
 */
public final class CjkLineBreaker {

    /** Characters that may not begin a line (行首禁則). */
    static final String NO_BREAK_BEFORE = "，。、；：？！）」』】》〉〕｝…‥—–・·．,.;:?!)]}%％’”～〜ー";
    /** Characters that may not end a line (行尾禁則). */
    static final String NO_BREAK_AFTER = "（「『【《〈〔｛‘“([{";

    private final ToDoubleFunction<String> width;

    /** @param width the width of a string in the unit of {@code maxWidth} (e.g. points at a font size) */
    public CjkLineBreaker(ToDoubleFunction<String> width) {
        this.width = width;
    }

    public List<String> wrap(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, double maxWidth, List<String> lines) {
        List<String> units = units(paragraph);
        StringBuilder line = new StringBuilder();
        for (String unit : units) {
            if (line.isEmpty() && unit.isBlank()) {
                continue; // no spaces at the start of a continued line
            }
            String candidate = line + unit;
            if (width.applyAsDouble(stripTrailing(candidate)) <= maxWidth) {
                line.append(unit);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(stripTrailing(line.toString()));
                line.setLength(0);
            }
            if (unit.isBlank()) {
                continue;
            }
            // A unit wider than a whole line: cut it where it must be cut.
            String rest = unit;
            while (width.applyAsDouble(rest) > maxWidth && rest.codePointCount(0, rest.length()) > 1) {
                int fit = fitting(rest, maxWidth);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty() || paragraph.isEmpty()) {
            lines.add(stripTrailing(line.toString()));
        }
    }

    /** The longest prefix (in chars, on a code point boundary, at least one code point) that fits. */
    private int fitting(String text, double maxWidth) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (width.applyAsDouble(text.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        // Prefer a cut that keeps the punctuation rules, if there is one.
        int legal = end;
        while (legal > 0 && legal < text.length() && (isClosing(text.codePointAt(legal))
                || isOpening(text.codePointBefore(legal)) || Character.isWhitespace(text.codePointBefore(legal)))) {
            legal = text.offsetByCodePoints(legal, -1);
        }
        return legal > 0 ? legal : end;
    }

    /**
     * The unbreakable units of a paragraph: a CJK character, a run of other non-space
     * characters (a word, a number), or a run of spaces; closing punctuation sticks to the unit
     * before it and opening punctuation to the unit after it.
     */
    static List<String> units(String paragraph) {
        List<String> raw = new ArrayList<>();
        int i = 0;
        while (i < paragraph.length()) {
            int cp = paragraph.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                while (next < paragraph.length() && Character.isWhitespace(paragraph.codePointAt(next))) {
                    next += Character.charCount(paragraph.codePointAt(next));
                }
            } else if (!breaksAround(cp)) {
                while (next < paragraph.length()) {
                    int c = paragraph.codePointAt(next);
                    if (Character.isWhitespace(c) || breaksAround(c)) {
                        break;
                    }
                    next += Character.charCount(c);
                }
            }
            raw.add(paragraph.substring(i, next));
            i = next;
        }
        List<String> units = new ArrayList<>();
        StringBuilder pendingOpen = new StringBuilder();
        for (String unit : raw) {
            int first = unit.codePointAt(0);
            if (!pendingOpen.isEmpty() && unit.isBlank()) {
                pendingOpen.append(unit); // an opening bracket waits for the next word, spaces and all
                continue;
            }
            if (isOpening(first) && unit.codePointCount(0, unit.length()) == 1) {
                pendingOpen.append(unit);
                continue;
            }
            if (isClosing(first) && unit.codePointCount(0, unit.length()) == 1 && !units.isEmpty()
                    && pendingOpen.isEmpty() && !units.get(units.size() - 1).isBlank()) {
                units.set(units.size() - 1, units.get(units.size() - 1) + unit);
                continue;
            }
            units.add(pendingOpen + unit);
            pendingOpen.setLength(0);
        }
        if (!pendingOpen.isEmpty()) {
            units.add(pendingOpen.toString());
        }
        return units;
    }

    /** A character around which a line may break: CJK ideographs, kana, and CJK or full-width punctuation. */
    private static boolean breaksAround(int cp) {
        if (cp < 0x80) {
            return false; // ASCII punctuation belongs to the word or number it is in
        }
        if (isOpening(cp) || isClosing(cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GEOMETRIC_SHAPES
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION;
    }

    static boolean isClosing(int cp) {
        return NO_BREAK_BEFORE.indexOf(cp) >= 0;
    }

    static boolean isOpening(int cp) {
        return NO_BREAK_AFTER.indexOf(cp) >= 0;
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }
}
