package tw.huixiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The platform's "中文 (English)" messages against what a person typed (issue 24 §1: one language per screen). */
class PlatformTextTest {

    @Test
    void aPlatformMessageShowsTheUsersHalf() {
        String message = "「學生姓名」為必填 (Student is required)";
        assertTrue(PlatformText.isBilingual(message));
        assertEquals("Student is required", PlatformText.in(UiLocale.ENGLISH, message));
        assertEquals("「學生姓名」為必填", PlatformText.in(UiLocale.CHINESE, message));
    }

    @Test
    void whatAPersonTypedIsNotAPlatformMessage() {
        assertFalse(PlatformText.isBilingual("學習意願低落、常態性遲到，導師轉介輔導室（示範資料）"));
        assertFalse(PlatformText.isBilingual("家訪未遇 (父在外地工作)"));
        assertFalse(PlatformText.isBilingual(null));
    }
}
