package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.invitation.PasswordLinks;
import tw.huixiao.platform.application.invitation.PasswordLinks.LinkRefusedException;

/**
 * The one-time link from an invitation or reset e-mail, without a login (web.xml leaves this path
 * open): whose account it opens, and setting the password with it. The set-password page uses the
 * same service.
 */
@Path("password-links/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordLinkResource {

    public record NewPassword(String password) {
    }

    @Inject
    PasswordLinks links;

    @GET
    @Operation(summary = "The account a password link opens (404 unknown, 410 used, replaced or expired)")
    public PasswordLinks.LinkView inspect(@PathParam("token") String token) {
        return links.inspect(token);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the account's password with the link (at least 12 characters); the link is then spent")
    public PasswordLinks.LinkView setPassword(@PathParam("token") String token, NewPassword body) {
        if (body == null) {
            throw InvalidInputException.of("password", "請輸入新密碼 (a password is required)");
        }
        return links.setPassword(token, body.password());
    }

    /** An unknown link is 404; a used, replaced or expired one 410 Gone, each with a readable reason. */
    @Provider
    public static class RefusedMapper implements ExceptionMapper<LinkRefusedException> {
        @Override
        public Response toResponse(LinkRefusedException e) {
            boolean unknown = e.refusal() == PasswordLinks.Refusal.UNKNOWN;
            return new Problem("about:blank", unknown ? "Not Found" : "Gone", unknown ? 404 : 410, e.getMessage(),
                    null, List.of()).toResponse();
        }
    }
}
