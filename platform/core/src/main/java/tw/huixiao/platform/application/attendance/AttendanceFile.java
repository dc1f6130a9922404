package tw.huixiao.platform.application.attendance;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tw.huixiao.platform.application.InputLimits;
import tw.huixiao.platform.application.InvalidInputException;

/**
 * An attendance file as Taiwanese school systems export it: CSV in UTF-8 (with or without a
 * byte-order mark) or Big5 (Windows code page 950, which older 校務系統 still write), with
 * Chinese or English column names. Decoding and column mapping only; the rows are checked by
 * {@link AttendanceService}.
 */
public final class AttendanceFile {

    /** Big5 as Windows writes it (CP950, a superset of Big5 with the common extensions). */
    public static final Charset BIG5 = Charset.forName("x-windows-950");
    public static final int MAX_ROWS = 200_000;

    /** The columns, each with the headers that name it. */
    private static final Map<String, String> HEADERS = headers();

    public record Decoded(String text, String encoding) {
    }

    private AttendanceFile() {
    }

    /**
     * Decodes the bytes: a declared charset wins; otherwise a UTF-8 byte-order mark or valid
     * UTF-8 means UTF-8, anything else is read as Big5 (CP950) and must decode cleanly.
     */
    public static Decoded decode(byte[] bytes, String declaredCharset) {
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset charset;
            try {
                charset = declaredCharset.trim().equalsIgnoreCase("big5") ? BIG5 : Charset.forName(declaredCharset.trim());
                charset.newDecoder();
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                throw InvalidInputException.of("charset", "不支援的字元編碼 " + InputLimits.excerpt(declaredCharset)
                        + "，請用 UTF-8 或 Big5 (unsupported charset; use UTF-8 or Big5)");
            }
            return new Decoded(strict(bytes, charset, declaredCharset), charset == BIG5 ? "Big5" : charset.name());
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(java.util.Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8,
                    "UTF-8"), "UTF-8 (BOM)");
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(strict(bytes, BIG5, "Big5"), "Big5");
        }
    }

    /** The data rows as column → value maps, with their line numbers (the header is line 1). */
    public static List<AttendanceService.RawRow> rows(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        List<AttendanceService.RawRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, String> columns = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            for (String header : parser.getHeaderNames()) {
                String problem = InputLimits.textProblem(header);
                if (problem != null) {
                    throw InvalidInputException.of("header", "第 1 行欄位名稱" + problem);
                }
                String column = HEADERS.get(header.trim().toLowerCase(Locale.ROOT));
                if (column == null) {
                    unknown.add(header);
                } else {
                    columns.put(column, header);
                }
            }
            if (!unknown.isEmpty() || !columns.containsKey("date") || !columns.containsKey("status")
                    || !(columns.containsKey("studentId") || (columns.containsKey("class") && columns.containsKey("seat")))) {
                throw InvalidInputException.of("header", "第 1 行欄位名稱應包含 日期、狀態（或 假別）以及 班級＋座號 或 學生編號；"
                        + "可另有 姓名、假單數" + (unknown.isEmpty() ? "" : "；無法辨識：" + String.join("、", unknown))
                        + " (header: date, status, and class + seat or studentId; optional name, leaveRequests)");
            }
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw InvalidInputException.of("body", "一個檔案最多 " + MAX_ROWS + " 筆 (at most " + MAX_ROWS + " rows per file)");
                }
                if (record.size() > parser.getHeaderNames().size()) {
                    throw InvalidInputException.of("lines[" + parser.getCurrentLineNumber() + "]", "第 "
                            + parser.getCurrentLineNumber() + " 行有 " + record.size() + " 欄，多於標題列的 "
                            + parser.getHeaderNames().size() + " 欄 (line " + parser.getCurrentLineNumber() + " has "
                            + record.size() + " values; the header names " + parser.getHeaderNames().size() + ")");
                }
                for (int i = 0; i < record.size(); i++) {
                    String problem = InputLimits.textProblem(record.get(i));
                    if (problem != null) {
                        throw InvalidInputException.of("lines[" + parser.getCurrentLineNumber() + "]."
                                + InputLimits.excerpt(parser.getHeaderNames().get(i)), problem);
                    }
                }
                Map<String, String> values = new HashMap<>();
                columns.forEach((column, header) -> values.put(column, record.isSet(header) ? record.get(header) : null));
                rows.add(new AttendanceService.RawRow((int) parser.getCurrentLineNumber(), parseLong(values.get("studentId")),
                        values.get("class"), values.get("seat"), values.get("name"), values.get("date"),
                        values.get("status"), values.get("leaveRequests"), values.get("school")));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.of("body", "CSV 格式錯誤，例如引號未結束 (malformed CSV, e.g. a quote left open)");
        }
        return rows;
    }

    private static Long parseLong(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String strict(byte[] bytes, Charset charset, String name) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("body", "檔案不是有效的 " + name + " 文字，請以 UTF-8 或 Big5 匯出 "
                    + "(the file is not valid " + name + "; export it as UTF-8 or Big5)");
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        for (String name : List.of("date", "日期", "缺曠日期")) {
            h.put(name, "date");
        }
        for (String name : List.of("class", "classname", "班級", "班級名稱")) {
            h.put(name, "class");
        }
        for (String name : List.of("seat", "seatnumber", "座號")) {
            h.put(name, "seat");
        }
        for (String name : List.of("studentid", "student_id", "學生編號")) {
            h.put(name, "studentId");
        }
        for (String name : List.of("school", "schoolcode", "學校代碼")) {
            h.put(name, "school");
        }
        for (String name : List.of("name", "姓名")) {
            h.put(name, "name");
        }
        for (String name : List.of("status", "狀態", "假別", "缺曠別", "缺曠類別")) {
            h.put(name, "status");
        }
        for (String name : List.of("leaverequests", "leave_requests", "假單數")) {
            h.put(name, "leaveRequests");
        }
        return Map.copyOf(h);
    }
}
