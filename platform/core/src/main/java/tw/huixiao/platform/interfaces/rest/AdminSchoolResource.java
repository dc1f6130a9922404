package tw.huixiao.platform.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.SchoolOnboarding;

/** Platform administrators: onboarding schools (any county), their staff accounts, classes and mentor assignments. */
@Path("admin/schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminSchoolResource {

    @Inject
    SchoolOnboarding onboarding;

    @POST
    @Operation(summary = "Add a school; its county decides the policy module")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = tw.huixiao.platform.application.ProfileService.SchoolView.class)))
    public Response addSchool(SchoolOnboarding.SchoolInput input) {
        return Response.status(Response.Status.CREATED).entity(onboarding.addSchool(requireBody(input))).build();
    }

    @POST
    @Path("{id}/accounts")
    @Operation(summary = "Add a staff account to a school, with an initial password of at least 12 characters")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolOnboarding.AccountView.class)))
    public Response addStaff(@PathParam("id") long schoolId, SchoolOnboarding.AccountInput input) {
        return Response.status(Response.Status.CREATED).entity(onboarding.addStaff(schoolId, requireBody(input)))
                .build();
    }

    @POST
    @Path("{id}/classes")
    @Operation(summary = "Add a homeroom class (schoolYear, grade, name) with its homeroom teacher (a staff account "
            + "holding HOMEROOM_TEACHER)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolOnboarding.ClassView.class)))
    public Response addClass(@PathParam("id") long schoolId, SchoolOnboarding.ClassInput input) {
        return Response.status(Response.Status.CREATED).entity(onboarding.addClass(schoolId, requireBody(input))).build();
    }

    @POST
    @Path("{id}/mentor-assignments")
    @Operation(summary = "Assign a mentor teacher (認輔老師, a staff account holding MENTOR_TEACHER) to a student")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolOnboarding.MentorView.class)))
    public Response addMentor(@PathParam("id") long schoolId, SchoolOnboarding.MentorInput input) {
        return Response.status(Response.Status.CREATED).entity(onboarding.addMentor(schoolId, requireBody(input)))
                .build();
    }

    private static <T> T requireBody(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        return input;
    }
}
