package tw.huixiao.platform.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.huixiao.platform.application.InputLimits;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;

/**
 * Every request body's declared charset is one Java reads; every JSON request body, before and
 * after it becomes the operation's record, is checked too: the text is
 * checked whole (size, well-formed, no NUL or unpaired surrogate in any name or string — each
 * refusal names its place, e.g. {@code data.reason} or {@code entries[2].name}), then the record
 * is checked against its Bean Validation constraints (lengths from the schema's columns,
 * required fields). One place for every operation, so no resource can forget it.
 */
@Provider
public class RequestBodyGuard implements ReaderInterceptor {

    /** Larger than any form or plan, and than a big school's attendance for a semester as JSON. */
    static final int MAX_JSON_BYTES = 16 * 1024 * 1024;

    private static final Pattern PROPERTY = Pattern.compile("property '([^']{1,100})'");

    @Inject
    Validator validator;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        checkCharset(context.getMediaType());
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = readBounded(context.getInputStream());
        if (body.length == 0) {
            return null;
        }
        checkText(body);
        context.setInputStream(new ByteArrayInputStream(body));
        Object read = context.proceed();
        validate(read);
        return read;
    }

    /** A body's declared charset must be one Java reads (a made-up or overlong name would fail the reader: 500). */
    private static void checkCharset(MediaType type) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null) {
            return;
        }
        boolean supported;
        try {
            supported = java.nio.charset.Charset.isSupported(charset.trim());
        } catch (IllegalArgumentException e) {
            supported = false;
        }
        if (!supported) {
            throw InvalidInputException.of("charset", "不支援的字元編碼 " + InputLimits.excerpt(charset)
                    + "，請用 UTF-8 或 Big5 (unsupported charset; use UTF-8 or Big5)");
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (out.size() + n > MAX_JSON_BYTES) {
                throw new InvalidInputException(List.of(new FieldError("body", "JSON 內容超過 "
                        + MAX_JSON_BYTES / (1024 * 1024) + " MB (the JSON body is larger than "
                        + MAX_JSON_BYTES / (1024 * 1024) + " MB)")));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Walks the JSON once, keeping the path of each value, and refuses text the database cannot hold. */
    private static void checkText(byte[] body) {
        List<FieldError> errors = new ArrayList<>();
        Deque<Object> path = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        advanceIndex(path);
                        path.push(event == JsonParser.Event.START_ARRAY ? new int[] {-1} : "");
                    }
                    case END_OBJECT, END_ARRAY -> path.pop();
                    case KEY_NAME -> {
                        String name = parser.getString();
                        path.pop();
                        path.push(name);
                        String problem = InputLimits.textProblem(name);
                        if (problem != null) {
                            errors.add(new FieldError(render(path), "欄位名稱" + problem));
                        }
                    }
                    default -> {
                        advanceIndex(path);
                        if (event == JsonParser.Event.VALUE_STRING) {
                            String problem = InputLimits.textProblem(parser.getString());
                            if (problem != null) {
                                errors.add(new FieldError(render(path), problem));
                            }
                        }
                    }
                }
                if (errors.size() >= 20) {
                    break;
                }
            }
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw InvalidInputException.of("body", "JSON 格式錯誤，位於第 " + at.getLineNumber() + " 行第 "
                    + at.getColumnNumber() + " 字 (malformed JSON at line " + at.getLineNumber() + ", column "
                    + at.getColumnNumber() + ")");
        } catch (jakarta.json.JsonException e) {
            throw InvalidInputException.of("body", "JSON 格式或編碼錯誤 (malformed JSON or not UTF-8)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** An array's next element: its index moves on. */
    private static void advanceIndex(Deque<Object> path) {
        if (!path.isEmpty() && path.peek() instanceof int[] index) {
            index[0]++;
        }
    }

    private static String render(Deque<Object> path) {
        StringBuilder out = new StringBuilder();
        var reversed = path.descendingIterator();
        while (reversed.hasNext()) {
            Object part = reversed.next();
            if (part instanceof int[] index) {
                out.append('[').append(Math.max(index[0], 0)).append(']');
            } else if (!((String) part).isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(InputLimits.excerpt((String) part));
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private void validate(Object read) {
        if (read == null || read.getClass().getName().startsWith("java") || read.getClass().getName().startsWith("jakarta")) {
            return;
        }
        Validator checks = validator != null ? validator
                : jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : checks.validate(read)) {
            errors.add(ProblemMapper.fieldError(violation));
        }
        saneDates(read, "", errors, 0);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Every date in the request within {@link InputLimits#EARLIEST_DATE}..{@link
     * InputLimits#LATEST_DATE}: Java reads a year like -999999999, no column holds it. Walks the
     * request's records and lists by their components' names.
     */
    private static void saneDates(Object value, String path, List<FieldError> errors, int depth) {
        if (value == null || depth > 8) {
            return;
        }
        if (value instanceof java.time.LocalDate date) {
            if (!InputLimits.isSaneDate(date)) {
                errors.add(new FieldError(path.isEmpty() ? "body" : path, InputLimits.dateRangeMessage()));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                saneDates(list.get(i), path + "[" + i + "]", errors, depth + 1);
            }
        } else if (value.getClass().isRecord() && value.getClass().getName().startsWith("tw.huixiao.")) {
            for (java.lang.reflect.RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    saneDates(component.getAccessor().invoke(value), path.isEmpty() ? component.getName()
                            : path + "." + component.getName(), errors, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * The JSON property a JSON-B failure names (Yasson's "Unable to deserialize property 'x'"),
     * innermost last, joined as a path; null when it names none.
     */
    static String propertyOf(Throwable thrown) {
        List<String> names = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getMessage() == null) {
                continue;
            }
            Matcher m = PROPERTY.matcher(t.getMessage());
            while (m.find()) {
                if (names.isEmpty() || !names.get(names.size() - 1).equals(m.group(1))) {
                    names.add(m.group(1));
                }
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }
}
