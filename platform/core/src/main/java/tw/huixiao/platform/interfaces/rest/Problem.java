package tw.huixiao.platform.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import tw.huixiao.platform.application.InvalidInputException.FieldError;

/**
 * An RFC 9457 problem detail. {@code errors} lists field problems for 400 responses;
 * {@code instance} carries a reference the support desk can find in the server log. A refusal
 * by a county rule adds the extension members {@code ruleId} and, when time will lift it,
 * {@code earliestDate} (absent otherwise).
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, String ruleId, String earliestDate) {

    /** The longest detail or field message sent back: messages may quote what was sent, never all of it. */
    static final int MAX_MESSAGE_CHARS = 400;
    private static final int MAX_FIELD_CHARS = 120;

    public Problem {
        detail = bounded(detail, MAX_MESSAGE_CHARS);
        errors = errors == null ? List.of() : errors.stream()
                .map(e -> new FieldError(bounded(e.field(), MAX_FIELD_CHARS), bounded(e.message(), MAX_MESSAGE_CHARS)))
                .toList();
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The text's head and tail around an ellipsis when it is longer than {@code max} (the English tail stays). */
    static String bounded(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int tail = max / 3;
        int head = max - tail - 1;
        if (Character.isHighSurrogate(text.charAt(head - 1))) {
            head--;
        }
        int tailStart = text.length() - tail;
        if (Character.isLowSurrogate(text.charAt(tailStart))) {
            tailStart++;
        }
        return text.substring(0, head) + "…" + text.substring(tailStart);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
