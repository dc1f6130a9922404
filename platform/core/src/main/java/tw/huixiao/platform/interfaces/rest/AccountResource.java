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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.account.AccountLifecycle;
import tw.huixiao.platform.application.account.AccountLifecycle.AccountStatus;
import tw.huixiao.platform.application.account.AccountLifecycle.PasswordChange;
import tw.huixiao.platform.application.account.ApiTokens;

/**
 * The caller's own account (password, API tokens) and the administration of others' accounts
 * (disable, enable). API tokens cannot reach any of these: they are for data, not for accounts.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountLifecycle accounts;

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password (current password required; ASVS V2.1 policy)")
    public Response changePassword(PasswordChange change) {
        accounts.changeOwnPassword(requireBody(change), request.getRemoteAddr());
        return Response.noContent().build();
    }

    @GET
    @Path("me/tokens")
    @Operation(summary = "The caller's API tokens (never the tokens themselves)")
    public List<ApiTokens.TokenView> myTokens() {
        return tokens.mine();
    }

    @POST
    @Path("me/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API token for the caller's account, scoped and expiring; the token is shown only in this answer")
    public Response issueToken(ApiTokens.TokenInput input) {
        return Response.status(Response.Status.CREATED).entity(tokens.issue(requireBody(input)))
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("me/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's API tokens")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }

    @GET
    @Path("accounts")
    @Operation(summary = "Staff accounts of a school with their state (platform administrators; the school's principal)")
    public List<AccountStatus> staff(@QueryParam("school") Long schoolId) {
        if (schoolId == null) {
            throw InvalidInputException.of("school", "請指定學校 (school is required)");
        }
        return accounts.staffOf(schoolId);
    }

    @GET
    @Path("accounts/{id}")
    @Operation(summary = "One account's state (platform administrators; the principal for their school's staff)")
    public AccountStatus account(@PathParam("id") long id) {
        return accounts.status(id);
    }

    @POST
    @Path("accounts/{id}/disable")
    @Operation(summary = "Disable an account: no login, no tokens, open sessions end at their next request")
    public AccountStatus disable(@PathParam("id") long id) {
        return accounts.disable(id);
    }

    @POST
    @Path("accounts/{id}/enable")
    @Operation(summary = "Enable a disabled account again")
    public AccountStatus enable(@PathParam("id") long id) {
        return accounts.enable(id);
    }

    private static <T> T requireBody(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        return input;
    }
}
