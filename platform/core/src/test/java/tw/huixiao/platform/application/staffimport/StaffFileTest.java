package tw.huixiao.platform.application.staffimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.InvalidInputException;

/** Reading staff lists as schools export them: CSV in UTF-8 or Big5, or an XLSX workbook. */
class StaffFileTest {

    private static final String CSV = "姓名,電子郵件,角色,導師班級\n陳○家,chen@example.tw,導師、認輔老師,801\n林○宏,lin@example.tw,輔導室,\n";

    @Test
    void readsUtf8AndBig5CsvWithChineseHeaders() {
        StaffFile.Parsed utf8 = StaffFile.read(CSV.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("UTF-8", utf8.encoding());
        assertEquals(2, utf8.rows().size());
        assertEquals(new StaffFile.RawRow(2, "陳○家", "chen@example.tw", "導師、認輔老師", "801", null, null),
                utf8.rows().get(0));
        assertEquals(null, utf8.rows().get(1).homeroomClass());

        StaffFile.Parsed big5 = StaffFile.read(CSV.getBytes(Charset.forName("x-windows-950")), null);
        assertEquals("Big5", big5.encoding());
        assertEquals("林○宏", big5.rows().get(1).name());
    }

    @Test
    void big5DeclaredAsUtf8IsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> StaffFile.read(CSV.getBytes(Charset.forName("x-windows-950")), "UTF-8"));
        assertTrue(refused.errors().get(0).message().contains("UTF-8"), refused.errors().toString());
    }

    @Test
    void readsTheFirstSheetOfAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "huixiao-test", "1.0");
        Worksheet sheet = workbook.newWorksheet("教職員");
        String[][] cells = {{"name", "email", "roles", "grade", "homeroomClass"},
                {"黃○玲", "huang@example.tw", "HOMEROOM_TEACHER", "7", "忠班"}};
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                sheet.value(r, c, cells[r][c]);
            }
        }
        workbook.finish();
        StaffFile.Parsed parsed = StaffFile.read(out.toByteArray(), null);
        assertEquals("XLSX", parsed.format());
        assertEquals(new StaffFile.RawRow(2, "黃○玲", "huang@example.tw", "HOMEROOM_TEACHER", "忠班", "7", null),
                parsed.rows().get(0));
    }

    @Test
    void anUnknownHeaderNamesItAndTooLargeFilesAreRefused() {
        InvalidInputException header = assertThrows(InvalidInputException.class,
                () -> StaffFile.read("姓名,電郵地址X,角色\n".getBytes(StandardCharsets.UTF_8), null));
        assertTrue(header.errors().get(0).message().contains("電郵地址X"), header.errors().toString());
        assertThrows(InvalidInputException.class, () -> StaffFile.read(new byte[StaffFile.MAX_BYTES + 1], null));
    }

    @Test
    void usernamesComeFromTheAddressAndTheSchoolCode() {
        assertEquals("wang.ming.990301", StaffImport.derivedUsername("Wang.Ming@school.edu.tw", "990301"));
        assertEquals("staff.990301", StaffImport.derivedUsername("王老師@school.edu.tw", "990301"));
    }
}
