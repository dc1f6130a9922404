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
import tw.huixiao.platform.application.casework.MeetingInput;
import tw.huixiao.platform.application.casework.MeetingService;
import tw.huixiao.platform.application.casework.MeetingView;

/** Meetings on a case (issue 6 §3); decisions become tasks on the case's list. */
@Path("cases/{caseId}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @GET
    @Operation(summary = "The case's meetings, oldest first")
    public List<MeetingView> list(@PathParam("caseId") long caseId) {
        return meetings.list(caseId);
    }

    @POST
    @Operation(summary = "Record a meeting: kind, heldOn, chairUserId or chairName, attendeeIds, participants (name, "
            + "agency, contact), minutes, decisions (decision, ownerRole and/or ownerUserId, dueOn) that become tasks")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response record(@PathParam("caseId") long caseId, MeetingInput input, @Context UriInfo uri) {
        MeetingView recorded = meetings.record(caseId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(recorded.id())).build())
                .entity(recorded).build();
    }

    @GET
    @Path("{id}")
    public MeetingView get(@PathParam("caseId") long caseId, @PathParam("id") long id) {
        return meetings.get(caseId, id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct a meeting's record (not its decisions); send the version you read")
    public MeetingView correct(@PathParam("caseId") long caseId, @PathParam("id") long id, MeetingInput input) {
        return meetings.correct(caseId, id, input);
    }

    @POST
    @Path("{id}/decisions")
    @Operation(summary = "Add decisions to a meeting (each becomes a task); send the meeting's version")
    public MeetingView decide(@PathParam("caseId") long caseId, @PathParam("id") long id,
                              MeetingInput.Decisions input) {
        return meetings.decide(caseId, id, input);
    }
}
