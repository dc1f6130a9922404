package tw.huixiao.platform.application.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.casework.CounsellingNoteService.Input;

/** A counselling note's fields: date not in the future, a known kind ("other" says what), content, tier 1–3 (TW-TIERS). */
class CounsellingNoteCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void theTierDefaultsToTheCasesAndOtherNeedsItsText() {
        var checked = CounsellingNoteService.check(new Input(TODAY, "HOME_VISIT", "ignored", "家訪，母親在家（測試資料）", null,
                null), 2, TODAY, false);
        assertEquals(2, checked.tier(), "the case's tier");
        assertEquals(null, checked.kindOther(), "only OTHER keeps its text");
        var other = CounsellingNoteService.check(new Input(TODAY.minusDays(1), "OTHER", " 視訊晤談 ", "內容", 3, null),
                1, TODAY, false);
        assertEquals("視訊晤談", other.kindOther());
        assertEquals(3, other.tier());
    }

    @Test
    void everyProblemIsReportedPerField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CounsellingNoteService.check(
                new Input(TODAY.plusDays(1), "OTHER", " ", " ", 4, null), 1, TODAY, true));
        assertEquals(List.of("notedOn", "kindOther", "content", "tier", "version"),
                e.errors().stream().map(InvalidInputException.FieldError::field).toList());
        InvalidInputException kind = assertThrows(InvalidInputException.class, () -> CounsellingNoteService.check(
                new Input(null, "CHAT", null, "內容", null, 0L), 1, TODAY, true));
        assertEquals(List.of("notedOn", "kind"), kind.errors().stream().map(InvalidInputException.FieldError::field).toList());
    }
}
