package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.exports.CaseExportService;
import tw.huixiao.platform.application.exports.TableExport;

/** The case list as CSV or XLSX for staff (its own path, which the case resource's {id} never takes). */
@Path("cases/export")
@RequestScoped
public class CaseExportResource {

    @Inject
    CaseExportService exports;

    @GET
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "Every case the caller may see under the list's filters (?status=OPEN|CLOSED, ?studentId=) as "
            + "?format=csv (UTF-8 with BOM, for Excel) or xlsx; one access-log entry (EXPORT) lists the cases exported")
    public Response export(@QueryParam("format") String format, @QueryParam("status") String status,
                           @QueryParam("studentId") Long studentId) {
        TableExport.Format parsed = TableExport.Format.parse(format);
        return PrintResources.attachment(exports.export(CaseResource.parseStatus(status), studentId, parsed));
    }
}
