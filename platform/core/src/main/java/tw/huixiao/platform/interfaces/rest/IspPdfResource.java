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

/** A Tainan ISP printed with its timetable and budget page. */
@Path("cases/{caseId}/isps/{id}/pdf")
@RequestScoped
public class IspPdfResource {

    @Inject
    PrintService print;

    @GET
    @Produces({DocumentResource.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The ISP as an A4 PDF: team, services, measures, the 課程總表 grid, 師資來源, visits and a budget "
            + "page (every computed line with quantity × rate = amount, the total, the per-case cap, violations with rule "
            + "ids); logged as ISP PRINT")
    public Response pdf(@PathParam("caseId") long caseId, @PathParam("id") long id) {
        return PrintResources.pdf(print.isp(caseId, id));
    }
}
