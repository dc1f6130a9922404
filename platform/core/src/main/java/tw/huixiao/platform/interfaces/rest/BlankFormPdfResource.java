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

/** A case's form printed blank but prefilled, to fill in and sign by hand (its own path, like …/prefill). */
@Path("cases/{id}/forms/{formId}/pdf")
@RequestScoped
public class BlankFormPdfResource {

    @Inject
    PrintService print;

    @GET
    @Produces({DocumentResource.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The form (newest version of the case's module) as an A4 PDF prefilled from the case, the "
            + "rest and the sign-off boxes left to fill in by hand (e.g. the 復學申請書 the parent signs); logged as "
            + "FORM_RECORD PRINT_BLANK")
    public Response pdf(@PathParam("id") long id, @PathParam("formId") String formId) {
        return PrintResources.pdf(print.blankForm(id, formId));
    }
}
