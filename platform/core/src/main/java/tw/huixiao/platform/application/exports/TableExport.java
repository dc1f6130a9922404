package tw.huixiao.platform.application.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tw.huixiao.platform.application.InvalidInputException;

/**
 * A table for staff to open in a spreadsheet — a header and rows — written as CSV or XLSX under
 * a file name. Cells are text or numbers (numbers become number cells in XLSX); null is empty.
 * The case list uses it, and so will the Yunlin roster (masked names: the caller masks).
 *
 * <ul>
 *   <li>CSV: UTF-8 with a byte-order mark, so that Excel on Taiwanese Windows (which otherwise
 *       assumes Big5) opens the Chinese correctly; CRLF and quoting as Excel writes them
 *       (Commons CSV, {@code CSVFormat.EXCEL}). A text cell that begins like a formula (=, +,
 *       -, @) gets a leading apostrophe, so a spreadsheet shows it instead of evaluating it.</li>
 *   <li>XLSX: one worksheet (fastexcel), the header bold and frozen, columns sized to content.</li>
 * </ul>
 */
public final class TableExport {

    public enum Format {
        CSV("text/csv; charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** csv or xlsx (any case); anything else is a 400 on {@code format}. */
        public static Format parse(String format) {
            try {
                return valueOf(format == null ? "" : format.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("format", "匯出格式應為 csv 或 xlsx (format is csv or xlsx)");
            }
        }
    }

    /** The written file. */
    public record File(byte[] content, String filename, String mediaType) {
    }

    private static final char BOM = '\uFEFF';
    private static final String FORMULA_START = "=+-@\t\r";
    private static final int MAX_COLUMN_WIDTH = 60;

    private final String name;
    private final String sheet;
    private final List<String> header;
    private final List<List<Object>> rows;

    /**
     * @param name  the file name without extension, e.g. {@code cases-2026-03-04}
     * @param sheet the worksheet's title in XLSX, e.g. 個案清單
     */
    public TableExport(String name, String sheet, List<String> header, List<List<Object>> rows) {
        this.name = name;
        this.sheet = sheet;
        this.header = List.copyOf(header);
        this.rows = rows.stream().map(r -> {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + r.size() + " cells for " + header.size() + " columns");
            }
            return Collections.unmodifiableList(new ArrayList<>(r));
        }).toList();
    }

    public File write(Format format) {
        byte[] content = format == Format.CSV ? csv() : xlsx();
        return new File(content, name + "." + format.extension(), format.mediaType());
    }

    public int size() {
        return rows.size();
    }

    private byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
            out.write(BOM);
            csv.printRecord(header.stream().map(TableExport::inert).toList());
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> v == null ? "" : v instanceof Number ? v.toString()
                        : inert(v.toString())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A text that a spreadsheet would take for a formula, shown as text instead. */
    private static String inert(String text) {
        return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private byte[] xlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "回校 Huixiao", "1.0");
            Worksheet ws = workbook.newWorksheet(sheet);
            int[] widths = new int[header.size()];
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                widths[c] = width(header.get(c));
            }
            ws.range(0, 0, 0, header.size() - 1).style().bold().fillColor("DDDDDD").set();
            ws.freezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (value != null) {
                        ws.value(r + 1, c, value.toString());
                    }
                    widths[c] = Math.max(widths[c], value == null ? 0 : width(value.toString()));
                }
            }
            for (int c = 0; c < widths.length; c++) {
                ws.width(c, Math.min(MAX_COLUMN_WIDTH, widths[c] + 2));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Column width in characters: a Chinese character takes two. */
    private static int width(String text) {
        return text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0xFFEF ? 2 : 1).sum();
    }
}
