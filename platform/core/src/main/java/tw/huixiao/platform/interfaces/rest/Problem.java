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

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
