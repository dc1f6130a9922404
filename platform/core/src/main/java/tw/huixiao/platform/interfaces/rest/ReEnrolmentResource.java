package tw.huixiao.platform.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.casework.ReEnrolmentService;

/** Re-enrolment applications of a case and the placement meeting's decisions (issue 6 §5). */
@Path("cases/{caseId}/re-enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReEnrolmentResource {

    @Inject
    ReEnrolmentService reEnrolments;

    @GET
    public List<ReEnrolmentService.View> list(@PathParam("caseId") long caseId) {
        return reEnrolments.list(caseId);
    }

    @POST
    @Operation(summary = "Take a re-enrolment application (any day; never refused for academic reasons, "
            + "TW-ZERO-REJECT): appliedOn, leftOn, applicant, note; the recommendation and the RE_ENROLLED duties follow")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReEnrolmentService.View.class)))
    public Response apply(@PathParam("caseId") long caseId, ReEnrolmentService.Application input, @Context UriInfo uri) {
        ReEnrolmentService.View applied = reEnrolments.apply(caseId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(applied.id())).build())
                .entity(applied).build();
    }

    @GET
    @Path("{id}")
    public ReEnrolmentService.View get(@PathParam("caseId") long caseId, @PathParam("id") long id) {
        return reEnrolments.get(caseId, id);
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "The placement meeting's decision: placement (the recommendation or an alternative), "
            + "meetingId, guardianApplication (required for 補校 by the module's supplementary-school rule), note, version")
    public ReEnrolmentService.View decide(@PathParam("caseId") long caseId, @PathParam("id") long id,
                                         ReEnrolmentService.Decision input) {
        return reEnrolments.decide(caseId, id, input);
    }
}
