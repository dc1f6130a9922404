package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import tw.huixiao.platform.application.casework.CaseListQuery;
import tw.huixiao.platform.application.casework.CaseListService.Filter;
import tw.huixiao.platform.application.exports.CaseExportService;
import tw.huixiao.platform.application.exports.TableExport;

/** The case list as CSV or XLSX for staff (its own path, which the case resource's {id} never takes). */
@Path("cases/export")
@RequestScoped
public class CaseExportResource {

    private static final String FORMAT = "format";

    @Inject
    CaseExportService exports;

    @GET
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "Every case the caller may see under the case list's filter (kind, categoryId, state — repeated "
            + "— tier, ladderDay, overdue=true, classId) as ?format=csv (UTF-8 with BOM, for Excel) or xlsx; "
            + "one access-log entry (EXPORT) lists the cases exported")
    public Response export(@BeanParam CaseListParameters declared,
                           @QueryParam(FORMAT) @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"})) String format,
                           @Context UriInfo uri) {
        Filter filter = CaseListQuery.parse(uri.getQueryParameters(), Set.of(FORMAT));
        return PrintResources.attachment(exports.export(filter, TableExport.Format.parse(format)));
    }
}
