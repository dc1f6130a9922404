package tw.huixiao.platform.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.casework.ProtectiveConcernService;

/** Protective concerns of a case (issue 6 §6, YL-PROTECT). */
@Path("cases/{caseId}/protective-concerns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProtectiveConcernResource {

    @Inject
    ProtectiveConcernService concerns;

    @POST
    @Operation(summary = "Raise a protective concern (kind, details): the county's reports (e.g. within 24 hours) "
            + "arise now and show at once in the principal's and counselling office's task lists")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProtectiveConcernService.View.class)))
    public Response raise(@PathParam("caseId") long caseId, ProtectiveConcernService.Input input,
                          @Context UriInfo uri) {
        ProtectiveConcernService.View raised = concerns.raise(caseId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(raised.id())).build())
                .entity(raised).build();
    }

    @GET
    @Operation(summary = "The case's protective concerns (counselling office and principal only)")
    public List<ProtectiveConcernService.View> list(@PathParam("caseId") long caseId) {
        return concerns.list(caseId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A protective concern with its details (counselling office and principal only)")
    public ProtectiveConcernService.View get(@PathParam("caseId") long caseId, @PathParam("id") long id) {
        return concerns.get(caseId, id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct the kind and details (counselling office and principal); send the version you read")
    public ProtectiveConcernService.View correct(@PathParam("caseId") long caseId, @PathParam("id") long id,
                                                 ProtectiveConcernService.Input input) {
        return concerns.correct(caseId, id, input);
    }
}
