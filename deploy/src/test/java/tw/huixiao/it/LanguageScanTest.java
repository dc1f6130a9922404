package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The language scan's judge on text (LanguageScanIT reads it off real pages): what leaks, what is allowed and why. */
class LanguageScanTest {

    @Test
    void anEnglishWordOnAZhTwPageIsALeak() {
        assertEquals(Set.of("Save", "null"), LanguageScan.latinWords("儲存 Save 學生 null"));
    }

    @Test
    void zhTwPagesMayNameIdsAmountsFormatsAndNumbers() {
        assertEquals(Set.of(), LanguageScan.latinWords("TY-D1-CONTACT TW-DROPOUT 匯出 CSV Excel PDF NT$16,200 ISP "
                + "預防中途輟學學生追蹤輔導處理 SOP 流程 UTF-8 Big5 Tab Ctrl+S 文號 0930097532A H123456789 H1******89 "
                + "輔導訪談紀錄（B）表 English"));
    }

    @Test
    void aHanWordOnAnEnglishPageIsALeak() {
        assertEquals(Set.of("儲存"), LanguageScan.hanWords("Save 儲存 Students"));
    }

    @Test
    void englishPagesMayShowMaskedNamesWithTheirTitles() {
        assertEquals(Set.of(), LanguageScan.hanWords("Case of 王○明, signed by 林○宏 校長"));
    }
}
