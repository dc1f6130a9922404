package tw.huixiao.platform.application.staffimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.attendance.AttendanceFile;

/**
 * A staff list as schools keep it: CSV (UTF-8, UTF-8 with BOM or Big5 — detected, or as the user
 * says) read with Commons CSV, or the first sheet of an XLSX workbook read with fastexcel's reader.
 * Columns by Chinese or English header: 姓名, 電子郵件, 角色 (several, separated by 、 or commas),
 * 導師班級 (optional), 年級 (optional; else the class name's first digit, 801 → 8), 帳號 (optional).
 */
public final class StaffFile {

    /** Larger files are refused before they are read (a staff list of a large school is tens of kilobytes). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;

    public record RawRow(int line, String name, String email, String roles, String homeroomClass, String grade,
                         String username) {
    }

    public record Parsed(String format, String encoding, List<RawRow> rows) {
    }

    private static final Map<String, String> HEADERS = headers();

    private StaffFile() {
    }

    /** Reads the file; {@code charset} (UTF-8 or Big5) overrides detection for CSV. */
    public static Parsed read(byte[] bytes, String charset) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "檔案是空的 (the file is empty)");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (isZip(bytes)) {
            return new Parsed("XLSX", "XLSX", xlsx(bytes));
        }
        AttendanceFile.Decoded decoded = AttendanceFile.decode(bytes, charset);
        return new Parsed("CSV", decoded.encoding(), csv(decoded.text()));
    }

    public static InvalidInputException tooLarge() {
        return InvalidInputException.of("file", "檔案超過 " + MAX_BYTES / (1024 * 1024) + " MB，請只匯出教職員名單 "
                + "(the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB)");
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static List<RawRow> csv(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw InvalidInputException.of("file", "檔案沒有內容 (the file has no rows)");
            }
            Map<String, Integer> columns = columns(records.next().toList());
            List<RawRow> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (rows.size() == MAX_ROWS) {
                    throw tooManyRows();
                }
                rows.add(row((int) record.getRecordNumber(), columns, record.toList()));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw InvalidInputException.of("file", "CSV 格式錯誤：" + e.getMessage() + " (malformed CSV)");
        }
    }

    private static List<RawRow> xlsx(byte[] bytes) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            List<RawRow> rows = new ArrayList<>();
            Map<String, Integer> columns = null;
            try (var stream = sheet.openStream()) {
                for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
                    Row row = it.next();
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell cell = row.getCell(i);
                        values.add(cell == null ? "" : Optional.ofNullable(cell.getText()).orElse("").trim());
                    }
                    if (values.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (columns == null) {
                        columns = columns(values);
                    } else {
                        if (rows.size() == MAX_ROWS) {
                            throw tooManyRows();
                        }
                        rows.add(row(row.getRowNum(), columns, values));
                    }
                }
            }
            if (columns == null) {
                throw InvalidInputException.of("file", "工作表沒有內容 (the sheet has no rows)");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "無法讀取 XLSX 活頁簿，請另存為 .xlsx 或 CSV (the workbook cannot be read)");
        }
    }

    private static InvalidInputException tooManyRows() {
        return InvalidInputException.of("file", "一個檔案最多 " + MAX_ROWS + " 位教職員 (at most " + MAX_ROWS + " rows)");
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replace("\uFEFF", "").trim();
            String column = HEADERS.get(h.toLowerCase(Locale.ROOT).replace(" ", ""));
            if (column == null) {
                if (!h.isEmpty()) {
                    unknown.add(h);
                }
            } else {
                columns.put(column, i);
            }
        }
        if (!unknown.isEmpty() || !columns.containsKey("name") || !columns.containsKey("email")
                || !columns.containsKey("roles")) {
            throw InvalidInputException.of("header", "第 1 行欄位名稱應為 姓名、電子郵件、角色，可另有 導師班級、年級、帳號"
                    + (unknown.isEmpty() ? "" : "；無法辨識：" + String.join("、", unknown))
                    + " (header: name, email, roles; optional homeroomClass, grade, username)");
        }
        return columns;
    }

    private static RawRow row(int line, Map<String, Integer> columns, List<String> values) {
        return new RawRow(line, value(columns, values, "name"), value(columns, values, "email"),
                value(columns, values, "roles"), value(columns, values, "homeroomClass"),
                value(columns, values, "grade"), value(columns, values, "username"));
    }

    private static String value(Map<String, Integer> columns, List<String> values, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= values.size()) {
            return null;
        }
        String v = values.get(index).trim();
        return v.isEmpty() ? null : v;
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        for (String name : List.of("name", "姓名", "教職員姓名")) {
            h.put(name, "name");
        }
        for (String name : List.of("email", "e-mail", "電子郵件", "電子信箱", "email地址", "電子郵件地址")) {
            h.put(name, "email");
        }
        for (String name : List.of("roles", "role", "角色", "職務")) {
            h.put(name, "roles");
        }
        for (String name : List.of("homeroomclass", "homeroom", "導師班級", "導師班")) {
            h.put(name, "homeroomClass");
        }
        for (String name : List.of("grade", "年級")) {
            h.put(name, "grade");
        }
        for (String name : List.of("username", "帳號")) {
            h.put(name, "username");
        }
        return Map.copyOf(h);
    }
}
