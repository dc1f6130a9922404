package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.exports.TableExport;
import tw.huixiao.platform.application.overview.CountyPictureService;
import tw.huixiao.platform.application.overview.CountyPictureService.Filter;
import tw.huixiao.platform.application.overview.CountyPictureService.Picture;
import tw.huixiao.platform.application.overview.CaseRow;
import tw.huixiao.platform.application.overview.DutyRow;
import tw.huixiao.platform.application.overview.Measure;

/** The county picture of a county bureau (issue 20 §1–2); 403 for anyone but a bureau officer. */
@Path("county-picture")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountyPictureResource {

    @Inject
    CountyPictureService picture;

    @GET
    @Operation(summary = "The bureau's county: its schools with enrolled students, open cases, dropouts this semester "
            + "(and per 1,000 students), re-enrolled, long absence, overdue duties and reports; open cases by category "
            + "and state, overdue duties by ladder step, monthly trends. Filters: district, level, remoteArea")
    public Response get(@QueryParam("district") String district, @QueryParam("level") String level,
                        @QueryParam("remoteArea") String remoteArea) {
        long start = System.nanoTime();
        Picture answer = picture.picture(new Filter(district, level, flag(remoteArea)));
        return Response.ok(answer).header("Server-Timing", "county;dur=" + (System.nanoTime() - start) / 1_000_000)
                .build();
    }

    @GET
    @Path("cases")
    @Operation(summary = "The cases behind a number: measure OPEN, DROPOUTS, RE_ENROLLED or LONG_ABSENCE, optionally "
            + "school (id), categoryId, state and the picture's filters. Counts only: the student's name only for "
            + "DROPOUTS (the 中輟通報 sends it to the bureau)")
    public List<CaseRow> cases(@QueryParam("measure") String measure, @QueryParam("school") Long school,
                               @QueryParam("categoryId") String categoryId, @QueryParam("state") String state,
                               @QueryParam("district") String district, @QueryParam("level") String level,
                               @QueryParam("remoteArea") String remoteArea) {
        return picture.cases(new Filter(district, level, flag(remoteArea)), measure(measure), school, blank(categoryId),
                blank(state));
    }

    @GET
    @Path("duties")
    @Operation(summary = "The duties behind a number: measure OVERDUE or REPORTS_OVERDUE, optionally school (id), "
            + "ruleId (the ladder step) and the picture's filters")
    public List<DutyRow> duties(@QueryParam("measure") String measure, @QueryParam("school") Long school,
                                @QueryParam("ruleId") String ruleId, @QueryParam("district") String district,
                                @QueryParam("level") String level, @QueryParam("remoteArea") String remoteArea) {
        return picture.duties(new Filter(district, level, flag(remoteArea)), measure(measure), school, blank(ruleId));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"})
    @Operation(summary = "The county picture's schools table as CSV or XLSX, small numbers suppressed by the county's "
            + "rule (1–5 and the cells that would give them away shown as *)")
    public Response export(@QueryParam("format") String format, @QueryParam("district") String district,
                           @QueryParam("level") String level, @QueryParam("remoteArea") String remoteArea) {
        return PrintResources.attachment(picture.export(new Filter(district, level, flag(remoteArea)),
                TableExport.Format.parse(format == null ? "csv" : format)));
    }

    static Measure measure(String value) {
        try {
            return Measure.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("measure", "不明的統計項目 (unknown measure): " + value);
        }
    }

    static Boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw InvalidInputException.of("remoteArea", "偏遠地區應為 true 或 false (remoteArea is true or false)");
        }
        return Boolean.valueOf(value);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
