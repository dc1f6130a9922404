package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.exports.TableExport;
import tw.huixiao.platform.application.overview.MonthlyStatisticsService;
import tw.huixiao.platform.application.overview.MonthlyStatisticsService.Statistics;

/**
 * The county's monthly statistics (issue 20 §4), read by its bureau and its schools' principals;
 * small numbers already suppressed. Operators generate a date's due months with
 * {@code POST /admin/monthly-statistics?date=}.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonthlyStatisticsResource {

    @Inject
    MonthlyStatisticsService statistics;

    @GET
    @Path("monthly-statistics")
    @Operation(summary = "The months generated for the caller's county (bureau officer or principal), newest first")
    public List<String> months() {
        return statistics.months().stream().map(m -> m.toString().substring(0, 7)).toList();
    }

    @GET
    @Path("monthly-statistics/{month}")
    @Operation(summary = "One month (YYYY-MM): the schools table and open cases by category and state, suppressed")
    public Statistics get(@PathParam("month") String month) {
        return statistics.get(month(month));
    }

    @GET
    @Path("monthly-statistics/{month}/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"})
    @Operation(summary = "One month's schools table as CSV or XLSX (format=csv|xlsx), suppressed")
    public Response export(@PathParam("month") String month, @QueryParam("format") String format) {
        return PrintResources.attachment(statistics.export(month(month),
                TableExport.Format.parse(format == null ? "csv" : format)));
    }

    @GET
    @Path("monthly-statistics/{month}/pdf")
    @Produces({DocumentResource.PDF, "application/problem+json"})
    @Operation(summary = "One month as an A4 PDF, suppressed")
    public Response pdf(@PathParam("month") String month) {
        return PrintResources.pdf(statistics.pdf(month(month)));
    }

    @POST
    @Path("admin/monthly-statistics")
    @Operation(summary = "Generate every county's month due on ?date=YYYY-MM-DD (from its first school day) that is "
            + "not generated yet; answers the counties generated now (a second call generates nothing)")
    public List<String> generate(@QueryParam("date") String date) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = CalendarResource.date("date", date, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return statistics.generateAsAdministrator(day);
    }

    private static LocalDate month(String value) {
        try {
            return YearMonth.parse(value).atDay(1);
        } catch (DateTimeParseException | NullPointerException e) {
            throw InvalidInputException.of("month", "月份格式應為 YYYY-MM (month is YYYY-MM)");
        }
    }
}
