package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.ProfileService;
import tw.huixiao.platform.application.account.AccountLifecycle;
import tw.huixiao.platform.application.account.AccountLifecycle.PasswordChange;
import tw.huixiao.platform.application.account.ApiTokens;

/** The caller: who they are, their password and their API tokens (no token reaches the last two). */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    ProfileService profiles;

    @Inject
    AccountLifecycle accounts;

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The caller: roles, school (id, name, county) and the school's policy module")
    public ProfileService.Profile me() {
        return profiles.current();
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password (current password required; ASVS V2.1 policy)")
    public Response changePassword(PasswordChange change) {
        accounts.changeOwnPassword(requireBody(change), request.getRemoteAddr());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The caller's API tokens (never the tokens themselves)")
    public List<ApiTokens.TokenView> myTokens() {
        return tokens.mine();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API token for the caller's account, scoped and expiring; the token is shown only in this answer")
    public Response issueToken(ApiTokens.TokenInput input) {
        return Response.status(Response.Status.CREATED).entity(tokens.issue(requireBody(input)))
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of the caller's API tokens")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }

    private static <T> T requireBody(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        return input;
    }
}
