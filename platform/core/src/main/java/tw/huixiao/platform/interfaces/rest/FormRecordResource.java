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
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.application.forms.FormRecordView;

/** Form records by id: read, edit, sign a stage, correct (cases/{id}/forms lists and creates them). */
@Path("form-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormRecordResource {

    @Inject
    FormRecordService records;

    @GET
    @Path("{id}")
    @Operation(summary = "A form record: its form version, data, sign-off stages and revisions")
    public FormRecordView get(@PathParam("id") long id) {
        return records.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace the record's data (checked against the form); signed stages' fields cannot change; "
            + "send the version you read")
    public FormRecordView update(@PathParam("id") long id, FormRecordService.RecordInput input) {
        return records.update(id, input);
    }

    @POST
    @Path("{id}/sign/{stage}")
    @Operation(summary = "Sign (or stamp) the next stage of the form's sign-off chain, as a user holding one of its "
            + "roles; send the version you read")
    public FormRecordView sign(@PathParam("id") long id, @PathParam("stage") String stage,
                               FormRecordService.SignInput input) {
        return records.sign(id, stage, input);
    }

    @POST
    @Path("{id}/corrections")
    @Operation(summary = "Correct a signed record: a new revision with the corrected data and a reason, signed again; "
            + "the old revision stays readable (SUPERSEDED)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormRecordView.class)))
    public Response correct(@PathParam("id") long id, FormRecordService.CorrectionInput input, @Context UriInfo uri) {
        FormRecordView corrected = records.correct(id, input);
        return Response.created(uri.getBaseUriBuilder().path("form-records").path(String.valueOf(corrected.id())).build())
                .entity(corrected).build();
    }
}
