package tw.huixiao.platform.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InputLimits;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.Page;
import tw.huixiao.platform.application.StudentInput;
import tw.huixiao.platform.application.StudentService;
import tw.huixiao.platform.application.StudentView;
import tw.huixiao.platform.domain.student.BackgroundFlag;

@Path("students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentResource {

    @Inject
    StudentService students;

    @GET
    @Operation(summary = "Students the caller may see, by name, class name, exact national ID or class id, and "
            + "?background=INDIGENOUS,NEW_IMMIGRANT,LOW_INCOME,MID_LOW_INCOME,SINGLE_PARENT,GRANDPARENT_CARE (any of "
            + "them; for roles that see the family background)")
    public Page<StudentView> search(@QueryParam("q") String text, @QueryParam("nationalId") String nationalId,
                                    @QueryParam("classId") Long classId, @QueryParam("background") String background,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(InputLimits.MAX_PAGE) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(StudentService.MAX_PAGE_SIZE)
                                    int size) {
        return students.search(new StudentService.Filter(text, nationalId, classId, flags(background)), page, size);
    }

    private static Set<BackgroundFlag> flags(String text) {
        Set<BackgroundFlag> flags = EnumSet.noneOf(BackgroundFlag.class);
        if (text == null || text.isBlank()) {
            return flags;
        }
        for (String word : text.split(",")) {
            try {
                flags.add(BackgroundFlag.valueOf(word.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("background", "家庭背景應為 " + Arrays.toString(BackgroundFlag.values())
                        + " 之一，以逗號分隔 (comma-separated background flags)");
            }
        }
        return flags;
    }

    @GET
    @Path("{id}")
    public StudentView get(@PathParam("id") long id) {
        return students.get(id);
    }

    @POST
    @Operation(summary = "Add a student to the register (registrar, academic affairs)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudentView.class)))
    public Response create(StudentInput input, @Context UriInfo uri) {
        StudentView created = students.create(requireBody(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a student's register data; send the version you read")
    public StudentView update(@PathParam("id") long id, StudentInput input) {
        return students.update(id, requireBody(input));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        students.delete(id);
        return Response.noContent().build();
    }

    private static StudentInput requireBody(StudentInput input) {
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        return input;
    }
}
