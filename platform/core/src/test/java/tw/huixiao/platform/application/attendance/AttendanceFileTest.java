package tw.huixiao.platform.application.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.InvalidInputException;

/** Files as Taiwanese school systems export them: UTF-8 with or without BOM, or Big5 (CP950). */
class AttendanceFileTest {

    private static final String CSV = "日期,班級,座號,姓名,假別\n115/03/04,701,5,王○明,曠課\n2026-03-04,701,6,李○華,病假\n";

    @Test
    void utf8WithAndWithoutByteOrderMarkAndBig5ReadTheSame() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        byte[] big5 = CSV.getBytes(AttendanceFile.BIG5);

        assertEquals("UTF-8", AttendanceFile.decode(utf8, null).encoding());
        assertEquals("UTF-8 (BOM)", AttendanceFile.decode(withBom, null).encoding());
        assertEquals("Big5", AttendanceFile.decode(big5, null).encoding());
        for (byte[] file : List.of(utf8, withBom, big5)) {
            List<AttendanceService.RawRow> rows = AttendanceFile.rows(AttendanceFile.decode(file, null).text());
            assertEquals(2, rows.size());
            AttendanceService.RawRow first = rows.get(0);
            assertEquals(2, first.line(), "the header is line 1");
            assertEquals("701", first.className());
            assertEquals("5", first.seat());
            assertEquals("王○明", first.name());
            assertEquals("曠課", first.status());
            assertEquals("115/03/04", first.date());
        }
    }

    @Test
    void aDeclaredCharsetWinsAndBadBytesAreRefusedWithAReadableMessage() {
        byte[] big5 = CSV.getBytes(AttendanceFile.BIG5);
        assertEquals("Big5", AttendanceFile.decode(big5, "big5").encoding());
        InvalidInputException wrong = assertThrows(InvalidInputException.class,
                () -> AttendanceFile.decode(big5, "UTF-8"));
        assertTrue(wrong.errors().get(0).message().contains("UTF-8"), wrong.errors().toString());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsNamesWhatIsMissing() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AttendanceFile.rows("date,student,status\n2026-03-04,5,曠課\n"));
        assertEquals("header", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("student"), "names the column it could not read");
    }
}
