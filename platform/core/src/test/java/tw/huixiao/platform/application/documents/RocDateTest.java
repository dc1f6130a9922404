package tw.huixiao.platform.application.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ROC (民國) dates as official documents write them. */
class RocDateTest {

    @Test
    void twentyTwentySixIsTheRepublicsYear115() {
        assertEquals("民國 115 年 3 月 4 日", RocDate.of(LocalDate.of(2026, 3, 4)));
        assertEquals("中華民國 115 年 3 月 4 日", RocDate.official(LocalDate.of(2026, 3, 4)));
        assertEquals(115, RocDate.year(LocalDate.of(2026, 12, 31)));
        assertEquals("民國 114 年 12 月 31 日", RocDate.of(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aSignatureTimeIsTaipeiTime_andTablesUseTheNumericForm() {
        // 2026-03-04 17:05 UTC is already the 5th in Taipei (UTC+8).
        assertEquals("民國 115 年 3 月 5 日 01:05", RocDate.of(Instant.parse("2026-03-04T17:05:00Z")));
        assertEquals("115/03/04", RocDate.numeric(LocalDate.of(2026, 3, 4)));
        assertEquals("099/12/31", RocDate.numeric(LocalDate.of(2010, 12, 31)), "sorts as text");
    }

    @Test
    void theFirstYearIs1912_andEarlierDatesHaveNoRocYear() {
        assertEquals("民國 1 年 1 月 1 日", RocDate.of(LocalDate.of(1912, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> RocDate.of(LocalDate.of(1911, 12, 31)));
    }
}
