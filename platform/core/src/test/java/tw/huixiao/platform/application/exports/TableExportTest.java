package tw.huixiao.platform.application.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.InvalidInputException;

/** The reusable table writer: CSV that Excel opens as UTF-8, XLSX with text and number cells. */
class TableExportTest {

    private static final TableExport TABLE = new TableExport("cases-2026-03-04", "個案清單", List.of("個案編號", "學生姓名", "備註"),
            List.of(Arrays.asList(12, "王○明", "=HYPERLINK(\"x\")"), Arrays.asList(13, "陳○安, 8 年級", null)));

    @Test
    void csvStartsWithTheByteOrderMarkAndReadsBackWithCommonsCsv() throws Exception {
        TableExport.File file = TABLE.write(TableExport.Format.CSV);
        assertEquals("cases-2026-03-04.csv", file.filename());
        assertEquals("text/csv; charset=UTF-8", file.mediaType());
        byte[] bytes = file.content();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "Excel's line ends");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        assertEquals(List.of("個案編號", "學生姓名", "備註"), records.get(0).toList());
        assertEquals(List.of("12", "王○明", "'=HYPERLINK(\"x\")"), records.get(1).toList(), "a formula stays text");
        assertEquals(List.of("13", "陳○安, 8 年級", ""), records.get(2).toList());
    }

    @Test
    void xlsxHoldsOneSheetWithTheHeaderTextAndNumbers() throws Exception {
        TableExport.File file = TABLE.write(TableExport.Format.XLSX);
        assertEquals("cases-2026-03-04.xlsx", file.filename());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = workbook.getFirstSheet();
            assertEquals("個案清單", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(List.of("個案編號", "學生姓名", "備註"), rows.get(0).stream().map(Cell::getRawValue).toList());
            assertEquals(CellType.NUMBER, rows.get(1).getCell(0).getType());
            assertEquals(12, rows.get(1).getCell(0).asNumber().intValue());
            assertEquals("王○明", rows.get(1).getCell(1).asString());
            assertEquals("=HYPERLINK(\"x\")", rows.get(1).getCell(2).asString(), "a text cell, not a formula");
            assertEquals(CellType.STRING, rows.get(1).getCell(2).getType());
            assertEquals("陳○安, 8 年級", rows.get(2).getCell(1).asString());
        }
    }

    @Test
    void onlyCsvAndXlsxAreFormats() {
        assertEquals(TableExport.Format.XLSX, TableExport.Format.parse(" XLSX "));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TableExport.Format.parse("pdf"));
        assertEquals("format", e.errors().get(0).field());
        assertThrows(IllegalArgumentException.class, () -> new TableExport("x", "x", List.of("a"), List.of(List.of(1, 2))));
    }
}
