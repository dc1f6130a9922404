package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.onboarding.Rollover;
import tw.huixiao.platform.application.onboarding.SchoolRollover;

/**
 * A platform administrator rolls one school into the next school year (issue 19). Its own root
 * resource: JAX-RS picks the root resource with the longest literal path first, so under
 * {@link OnboardingResource}'s {@code @Path("")} this path went to {@link AdminSchoolResource}
 * ({@code admin/schools}), which has no such method, and answered 404.
 */
@Path("admin/schools/{id}/rollover")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSchoolRolloverResource {

    @Inject
    Rollover rollover;

    @POST
    @Operation(summary = "Roll a school into the next school year (platform administrators); apply=false is the dry run")
    public SchoolRollover.Report rollSchool(@PathParam("id") long schoolId, @QueryParam("fromYear") Integer fromYear,
                                            @QueryParam("apply") boolean apply) {
        return rollover.school(schoolId, fromYear, apply);
    }
}
