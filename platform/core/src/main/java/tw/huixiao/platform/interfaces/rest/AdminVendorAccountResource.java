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
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.SchoolOnboarding;

/** Platform administrators: a module vendor's account (issue 21 §2), which counties' bureaus then grant. */
@Path("admin/vendor-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminVendorAccountResource {

    @Inject
    SchoolOnboarding onboarding;

    @POST
    @Operation(summary = "Add a module vendor account {username, displayName, password (at least 12 characters)}: "
            + "no school or county; it uploads a county's module only while that county's bureau grants it")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SchoolOnboarding.VendorAccountView.class)))
    public Response add(SchoolOnboarding.VendorAccountInput input) {
        if (input == null) {
            throw InvalidInputException.of("body", "請提供帳號資料 (a body is required)");
        }
        return Response.status(Response.Status.CREATED).entity(onboarding.addModuleVendor(input)).build();
    }
}
