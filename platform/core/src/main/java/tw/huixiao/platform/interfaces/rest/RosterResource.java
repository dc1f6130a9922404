package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.exports.TableExport;
import tw.huixiao.platform.application.screening.RosterService;

/**
 * The Yunlin school-year roster of high-care students (附表二, YL-ROSTER), masked names only;
 * stamped 承辦人 → 主任 → 校長 through {@code /form-records/{id}/sign/{stage}}.
 */
@Path("rosters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class RosterResource {

    @Inject
    RosterService rosters;

    @POST
    @Operation(summary = "Generate (or regenerate) the school year's roster from the stamped 附表一 records: a new "
            + "revision once someone signed it (counselling office or principal)")
    public RosterService.RosterView generate(@QueryParam("schoolYear") Integer schoolYear) {
        return rosters.generate(schoolYear);
    }

    @GET
    @Path("{schoolYear}")
    @Operation(summary = "The school year's roster: its current revision and the open cases not on it yet")
    public RosterService.RosterView get(@PathParam("schoolYear") int schoolYear) {
        return rosters.get(schoolYear);
    }

    @GET
    @Path("{schoolYear}/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "The roster's current revision as ?format=csv (UTF-8 with BOM) or xlsx: 附表二's columns, masked "
            + "names only, ROC dates; offices and principal; one access-log entry (EXPORT)")
    public Response export(@PathParam("schoolYear") int schoolYear, @QueryParam("format") String format) {
        return PrintResources.attachment(rosters.export(schoolYear, TableExport.Format.parse(format)));
    }
}
