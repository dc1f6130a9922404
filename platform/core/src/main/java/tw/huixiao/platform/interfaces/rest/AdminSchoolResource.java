package tw.huixiao.platform.interfaces.rest;

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
    public Response addSchool(SchoolOnboarding.SchoolInput input) {
        return Response.status(Response.Status.CREATED).entity(onboarding.addSchool(requireBody(input))).build();
    }

    @POST
    @Path("{id}/accounts")
    @Operation(summary = "Add a staff account to a school, with an initial password of at least 12 characters")
    public Response addStaff(@PathParam("id") long schoolId, SchoolOnboarding.AccountInput input) {
        return Response.status(Response.Status.CREATED).entity(onboarding.addStaff(schoolId, requireBody(input)))
                .build();
    }

    @POST
    @Path("{id}/classes")
    @Operation(summary = "Add a homeroom class (schoolYear, grade, name) with its homeroom teacher (a staff account "
            + "holding HOMEROOM_TEACHER)")
    public Response addClass(@PathParam("id") long schoolId, SchoolOnboarding.ClassInput input) {
        return Response.status(Response.Status.CREATED).entity(onboarding.addClass(schoolId, requireBody(input))).build();
    }

    @POST
    @Path("{id}/mentor-assignments")
    @Operation(summary = "Assign a mentor teacher (認輔老師, a staff account holding MENTOR_TEACHER) to a student")
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
