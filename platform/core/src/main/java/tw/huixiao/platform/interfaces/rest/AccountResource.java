package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.account.AccountLifecycle;
import tw.huixiao.platform.application.account.AccountLifecycle.AccountStatus;

/**
 * The administration of staff accounts (state, disable, enable): platform administrators, and a
 * principal for their own school's staff (AccountLifecycle). No API token reaches these.
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountLifecycle accounts;

    @GET
    @Operation(summary = "Staff accounts of a school with their state (platform administrators; the school's principal)")
    public List<AccountStatus> staff(@QueryParam("school") Long schoolId) {
        if (schoolId == null) {
            throw InvalidInputException.of("school", "請指定學校 (school is required)");
        }
        return accounts.staffOf(schoolId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account's state (platform administrators; the principal for their school's staff)")
    public AccountStatus account(@PathParam("id") long id) {
        return accounts.status(id);
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable an account: no login, no tokens, open sessions end at their next request")
    public AccountStatus disable(@PathParam("id") long id) {
        return accounts.disable(id);
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled account again")
    public AccountStatus enable(@PathParam("id") long id) {
        return accounts.enable(id);
    }
}
