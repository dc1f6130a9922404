package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.casework.CounsellingNoteService;

/** Editing a counselling note by its id (issue 6 §7); the note's case decides who may. */
@Path("counselling-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CounsellingNoteEditResource {

    @Inject
    CounsellingNoteService notes;

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a counselling note; send the version you read (a mentor teacher edits only their own)")
    public CounsellingNoteService.View update(@PathParam("id") long id, CounsellingNoteService.Input input) {
        return notes.update(id, input);
    }
}
