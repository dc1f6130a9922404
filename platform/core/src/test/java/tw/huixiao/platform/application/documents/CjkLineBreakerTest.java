package tw.huixiao.platform.application.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chinese line breaking: between any two CJK characters, never before closing or after opening punctuation. */
class CjkLineBreakerTest {

    /** Full-width characters are 1 wide, ASCII 0.5 (like a CJK font at size 1). */
    private static final CjkLineBreaker BREAKER = new CjkLineBreaker(s -> s.codePoints()
            .mapToDouble(c -> c < 0x80 ? 0.5 : 1.0).sum());

    @Test
    void breaksBetweenAnyTwoCjkCharacters() {
        assertEquals(List.of("請家長於", "接獲本通", "知後到校"), BREAKER.wrap("請家長於接獲本通知後到校", 4));
    }

    @Test
    void closingPunctuationNeverStartsALine_theCharacterBeforeItMovesDownWithIt() {
        assertEquals(List.of("一二", "三，四", "五"), BREAKER.wrap("一二三，四五", 3));
        assertEquals(List.of("說明事", "宜。」請", "查照。"), BREAKER.wrap("說明事宜。」請查照。", 4),
                "宜 moves down with 。」");
        assertEquals(List.of("學生（八年", "級）未到校"), BREAKER.wrap("學生（八年級）未到校", 5));
        assertEquals(List.of("學生", "（八年", "級）未", "到校"), BREAKER.wrap("學生（八年級）未到校", 3.5));
        assertEquals(List.of("主旨、", "說明"), BREAKER.wrap("主旨、說明", 3));
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        assertEquals(List.of("一二", "「三」"), BREAKER.wrap("一二「三」", 3));
        assertEquals(List.of("一二", "（三"), BREAKER.wrap("一二（三", 3));
    }

    @Test
    void latinWordsAndNumbersStayWhole_breakingAtSpaces() {
        assertEquals(List.of("ab cd", "ef"), BREAKER.wrap("ab cd ef", 2.5));
        assertEquals(List.of("回校字第", "1150000012", "號"), BREAKER.wrap("回校字第1150000012號", 5));
        assertEquals(List.of("電話：", "03-0000-0101"), BREAKER.wrap("電話：03-0000-0101", 6));
    }

    @Test
    void aUnitWiderThanTheLineIsCut_andNewlinesForceBreaks() {
        assertEquals(List.of("1150", "0000", "12"), BREAKER.wrap("1150000012", 2));
        assertEquals(List.of("一", "", "二"), BREAKER.wrap("一\n\n二", 10));
        assertEquals(List.of(""), BREAKER.wrap("", 10));
    }

    @Test
    void randomTextKeepsEveryCharacterFitsTheWidthAndObeysThePunctuationRules() {
        String alphabet = "回校學生家長到校說明事宜，。、；：）」』（「『○王明 ab12";
        Random random = new Random(115);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            double width = 3 + random.nextInt(12);
            List<String> lines = BREAKER.wrap(text.toString(), width);
            assertEquals(text.toString().replace(" ", ""), String.join("", lines).replace(" ", ""),
                    "no character lost: " + text);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                double w = line.codePoints().mapToDouble(c -> c < 0x80 ? 0.5 : 1.0).sum();
                boolean singleUnit = CjkLineBreaker.units(line).size() == 1;
                assertTrue(w <= width || singleUnit, "line too wide: '" + line + "' of " + text);
                if (i > 0 && !line.isEmpty()) {
                    String previous = lines.get(i - 1);
                    boolean forced = !previous.isEmpty() && CjkLineBreaker.isClosing(line.codePointAt(0))
                            && CjkLineBreaker.units(previous).size() == 1 && w > 0;
                    assertFalse(CjkLineBreaker.isClosing(line.codePointAt(0)) && !forced && !previous.isBlank()
                                    && !startsAfterSpace(text.toString(), previous, line),
                            "line starts with closing punctuation: '" + line + "' in " + lines + " of " + text);
                    // (a unit wider than the line with no legal cut, e.g. 「 （；, is cut where it must be)
                    assertFalse(CjkLineBreaker.isOpening(previous.codePointAt(previous.length() - 1))
                                    && CjkLineBreaker.units(previous).size() > 1,
                            "line ends with opening punctuation: '" + previous + "' in " + lines);
                }
            }
        }
    }

    /** Closing punctuation right after a space is its own unit (the space was the break). */
    private static boolean startsAfterSpace(String text, String previous, String line) {
        int at = text.indexOf(previous + " " + line.charAt(0));
        return at >= 0 || text.contains(" " + line.charAt(0));
    }
}
