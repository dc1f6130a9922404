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
import tw.huixiao.platform.application.casework.DetentionService;

/** Detention of a case's student in a juvenile detention centre (NT-DET-IN, NT-DET-OUT). */
@Path("cases/{caseId}/detentions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DetentionResource {

    @Inject
    DetentionService detentions;

    @GET
    public List<DetentionService.View> list(@PathParam("caseId") long caseId) {
        return detentions.list(caseId);
    }

    @POST
    @Operation(summary = "Record admission (admittedOn, centre, note): the county's duties on admission, in working days from it")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DetentionService.View.class)))
    public Response admit(@PathParam("caseId") long caseId, DetentionService.Admission input, @Context UriInfo uri) {
        DetentionService.View admitted = detentions.admit(caseId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(admitted.id())).build())
                .entity(admitted).build();
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Record the release (releasedOn, furtherCustody, version): the county's duties on release; a student "
            + "not back in time is tracked as a dropout again from the first school day after release")
    public DetentionService.View release(@PathParam("caseId") long caseId, @PathParam("id") long id,
                                         DetentionService.Release input) {
        return detentions.release(caseId, id, input);
    }
}
