package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.documents.PrintService;

/** A form record printed with its sign-off chain. */
@Path("form-records/{id}/pdf")
@RequestScoped
public class FormRecordPdfResource {

    @Inject
    PrintService print;

    @GET
    @Produces({DocumentResource.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The record as an A4 PDF from its module form: every field in zh-TW (choices as ☑/☐), tables, "
            + "the sign-off chain (signer, role, ROC time; unsigned stages as empty boxes), 密件, the school's letterhead; "
            + "logged as FORM_RECORD PRINT")
    public Response pdf(@PathParam("id") long id) {
        return PrintResources.pdf(print.formRecord(id));
    }
}
