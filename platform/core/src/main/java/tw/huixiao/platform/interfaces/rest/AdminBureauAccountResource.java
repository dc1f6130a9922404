package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.huixiao.platform.application.SchoolOnboarding;

/** Platform administrators: a county bureau's officer account, for a county joining the service. */
@Path("admin/bureau-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminBureauAccountResource {

    @Inject
    SchoolOnboarding onboarding;

    @POST
    @Operation(summary = "Add a county bureau officer account {county, username, displayName, password (at least 12 "
            + "characters)}: sees the county's schools, receives its filings, deploys its module")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SchoolOnboarding.BureauAccountView.class)))
    public Response add(SchoolOnboarding.BureauAccountInput input) {
        if (input == null) {
            throw tw.huixiao.platform.application.InvalidInputException.of("body", "請提供帳號資料 (a body is required)");
        }
        return Response.status(Response.Status.CREATED).entity(onboarding.addBureauOfficer(input)).build();
    }
}
