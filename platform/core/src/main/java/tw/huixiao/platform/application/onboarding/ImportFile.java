package tw.huixiao.platform.application.onboarding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.attendance.AttendanceFile;

/**
 * An onboarding file (the MOE school list, a school system's student export): an XLSX workbook
 * (its first sheet) or CSV in UTF-8 (with or without BOM) or Big5, decoded as {@link AttendanceFile} decodes attendance, each column found
 * by any of the names Taiwanese systems give it. The whole file is read before anything is checked,
 * so every bad line is reported at once.
 */
public final class ImportFile {

    /** Larger files are refused before they are decoded: a whole county's students fit in far less. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    /** One data line: its number in the file (the header is line 1) and its values by column. */
    public record Line(int number, Map<String, String> values) {
        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    public record Parsed(String encoding, List<Line> lines) {
    }

    private ImportFile() {
    }

    /**
     * Decodes and splits the file; {@code aliases} maps each accepted header (lower case) to its
     * column, {@code required} names the columns that must be present.
     */
    public static Parsed read(byte[] bytes, String declaredCharset, Map<String, String> aliases, Set<String> required,
                              String headerHelp) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("body", "檔案是空的 (the file is empty)");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("body", "檔案 " + (bytes.length / 1024 / 1024) + " MB 超過上限 "
                    + (MAX_BYTES / 1024 / 1024) + " MB，請分批匯出 (the file is larger than "
                    + (MAX_BYTES / 1024 / 1024) + " MB; export it in parts)");
        }
        if (ReadableWorkbook.isOLE2Header(bytes)) {
            throw InvalidInputException.of("body", "舊版 Excel 檔無法讀取，請另存為新版 Excel 活頁簿或 CSV "
                    + "(old .xls workbooks are not read; save as .xlsx or CSV)");
        }
        if (isXlsx(bytes)) {
            return xlsx(bytes, aliases, required, headerHelp);
        }
        AttendanceFile.Decoded decoded = AttendanceFile.decode(bytes, declaredCharset);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(decoded.text()))) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String header : parser.getHeaderNames()) {
                String column = aliases.get(header.trim().toLowerCase(Locale.ROOT));
                if (column != null) {
                    columns.putIfAbsent(column, header);
                }
            }
            requireColumns(columns, required, headerHelp);
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                columns.forEach((column, header) -> values.put(column, record.isSet(header) ? record.get(header) : null));
                lines.add(new Line((int) parser.getCurrentLineNumber(), values));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw InvalidInputException.of("body", "CSV 格式錯誤：" + e.getMessage() + " (malformed CSV)");
        }
        if (lines.isEmpty()) {
            throw InvalidInputException.of("body", "檔案沒有資料列 (the file has no data lines)");
        }
        return new Parsed(decoded.encoding(), lines);
    }

    private static void requireColumns(Map<String, ?> columns, Set<String> required, String headerHelp) {
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("header", "第 1 行缺少欄位：" + headerHelp
                    + " (the header lacks required columns: " + String.join(", ", missing) + ")");
        }
    }

    /** An XLSX workbook (a ZIP: "PK\3\4"); the first sheet, header on its first row. */
    private static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static Parsed xlsx(byte[] bytes, Map<String, String> aliases, Set<String> required, String headerHelp) {
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            boolean[] header = {true};
            rows.forEach(row -> {
                if (header[0]) {
                    header[0] = false;
                    for (int i = 0; i < row.getCellCount(); i++) {
                        String column = aliases.get(text(row, i).toLowerCase(Locale.ROOT));
                        if (column != null) {
                            columns.putIfAbsent(column, i);
                        }
                    }
                    requireColumns(columns, required, headerHelp);
                    return;
                }
                Map<String, String> values = new HashMap<>();
                columns.forEach((column, i) -> values.put(column, text(row, i)));
                if (values.values().stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(new Line(row.getRowNum(), values));
                }
            });
            if (header[0]) {
                throw InvalidInputException.of("body", "工作表是空的 (the sheet is empty)");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("body", "無法讀取此 Excel 活頁簿 (unreadable XLSX workbook: "
                    + e.getMessage() + ")");
        }
        if (lines.isEmpty()) {
            throw InvalidInputException.of("body", "檔案沒有資料列 (the file has no data lines)");
        }
        return new Parsed("XLSX", lines);
    }

    /** A cell as text; whole numbers without ".0", dates as ISO dates. */
    private static String text(Row row, int i) {
        if (!row.hasCell(i) || row.getCell(i) == null) {
            return "";
        }
        Cell cell = row.getCell(i);
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            Integer formatId = cell.getDataFormatId();
            boolean builtInDate = formatId != null && formatId >= 14 && formatId <= 22;
            if (builtInDate || format != null && (format.contains("yy") || format.contains("d"))) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText().trim();
    }

    /** Adds each name (lower-cased) as an alias of the column. */
    static void alias(Map<String, String> aliases, String column, String... names) {
        for (String name : names) {
            aliases.put(name.toLowerCase(Locale.ROOT), column);
        }
    }

    /** "第 N 行：中文 (line N: english)". */
    static InvalidInputException.FieldError lineError(Line line, String column, String zh, String en) {
        return new InvalidInputException.FieldError("lines[" + line.number() + "]." + column,
                "第 " + line.number() + " 行：" + zh + " (line " + line.number() + ": " + en + ")");
    }
}
