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
import tw.huixiao.platform.application.casework.CounsellingNoteService;

/**
 * Counselling notes (輔導紀錄) of a case (issue 6 §7): for the counselling office and the principal,
 * and a mentor teacher's own notes on a student they mentor; anyone else who sees the case gets 403.
 * Edits go to {@link CounsellingNoteEditResource}.
 */
@Path("cases/{caseId}/counselling-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CounsellingNoteResource {

    @Inject
    CounsellingNoteService notes;

    @GET
    @Operation(summary = "The case's counselling notes, oldest first (counselling office and principal; a mentor "
            + "teacher sees the notes they wrote)")
    public List<CounsellingNoteService.View> list(@PathParam("caseId") long caseId) {
        return notes.list(caseId);
    }

    @POST
    @Operation(summary = "Write a counselling note: notedOn, kind (INDIVIDUAL, GROUP, HOME_VISIT, PHONE, OTHER with "
            + "kindOther), content, tier (default: the case's)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CounsellingNoteService.View.class)))
    public Response create(@PathParam("caseId") long caseId, CounsellingNoteService.Input input, @Context UriInfo uri) {
        CounsellingNoteService.View created = notes.create(caseId, input);
        return Response.created(uri.getBaseUriBuilder().path("counselling-notes").path(String.valueOf(created.id()))
                .build()).entity(created).build();
    }
}
