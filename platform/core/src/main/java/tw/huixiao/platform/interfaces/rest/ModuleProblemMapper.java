package tw.huixiao.platform.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import tw.huixiao.platform.application.modules.ModuleRefusedException;
import tw.huixiao.platform.application.modules.ModuleRefusedException.Reason;

/**
 * An uploaded module refused (issue 21 §2): 422 problem+json whose type and extension member
 * {@code reason} name the check (e.g. {@code SIGNATURE_INVALID}); 413 for a jar too large; 503
 * when the platform has no trust anchor to verify signatures with. Nothing was kept.
 */
@Provider
public class ModuleProblemMapper implements ExceptionMapper<ModuleRefusedException> {

    /** RFC 9457 with the extension member {@code reason}. */
    public record ModuleProblem(String type, String title, int status, String detail, String reason) {
    }

    @Override
    public Response toResponse(ModuleRefusedException refused) {
        Reason reason = refused.reason();
        int status = switch (reason) {
            case TOO_LARGE -> 413;
            case NO_TRUST_ANCHOR -> 503;
            default -> 422;
        };
        String title = switch (status) {
            case 413 -> "Content Too Large";
            case 503 -> "Service Unavailable";
            default -> "Unprocessable Content";
        };
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(new ModuleProblem(
                "urn:huixiao:problem:module:" + reason.slug(), title, status,
                Problem.bounded("規範模組未被接受，未保留任何資料：" + refused.getMessage(), Problem.MAX_MESSAGE_CHARS),
                reason.name())).build();
    }
}
