package tw.huixiao.platform.interfaces.rest;

import tw.huixiao.platform.application.InputLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.domain.calendar.Closure;
import tw.huixiao.platform.domain.calendar.Semester;

/** The school calendar: days, counts of school and working days, semesters and closures. */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    public record SemesterInput(Integer schoolYear, Integer term, String firstDay, String lastDay) {
    }

    public record ClosureInput(String day, String reason) {
    }

    @Inject
    CalendarService calendars;

    @GET
    @Operation(summary = "The school's days from..to: school day, working day, reason; semesters and closures")
    public CalendarService.CalendarView view(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = date("from", from, errors);
        LocalDate t = date("to", to, errors);
        fail(errors);
        return calendars.view(f, t);
    }

    @GET
    @Path("count")
    @Operation(summary = "N school days (?schoolDays=N) or working days (?workingDays=N) after ?from=")
    public CalendarService.Count count(@QueryParam("from") String from, @QueryParam("schoolDays") Integer schoolDays,
                                       @QueryParam("workingDays") Integer workingDays) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = date("from", from, errors);
        fail(errors);
        return calendars.count(f, schoolDays, workingDays);
    }

    @PUT
    @Path("semesters")
    @Operation(summary = "Add or change a semester (school year in ROC years, term 1 or 2, first and last day)")
    public Semester saveSemester(SemesterInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input == null || input.schoolYear() == null || input.term() == null) {
            errors.add(new FieldError("schoolYear", "請填學年度與學期 (schoolYear and term are required)"));
        }
        LocalDate first = date("firstDay", input == null ? null : input.firstDay(), errors);
        LocalDate last = date("lastDay", input == null ? null : input.lastDay(), errors);
        fail(errors);
        return calendars.saveSemester(new Semester(null, input.schoolYear(), input.term(), first, last));
    }

    @DELETE
    @Path("semesters/{id}")
    public Response deleteSemester(@PathParam("id") long id) {
        calendars.deleteSemester(id);
        return Response.noContent().build();
    }

    @POST
    @Path("closures")
    @Operation(summary = "A day this school is closed (停課), with the reason")
    public Closure addClosure(ClosureInput input) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = date("day", input == null ? null : input.day(), errors);
        fail(errors);
        return calendars.addSchoolClosure(day, input.reason());
    }

    @DELETE
    @Path("closures/{id}")
    public Response deleteClosure(@PathParam("id") long id) {
        calendars.deleteSchoolClosure(id);
        return Response.noContent().build();
    }

    @POST
    @Path("county-closures")
    @Operation(summary = "A county bureau's closure for every school of its county (e.g. 颱風停課)")
    public Closure addCountyClosure(ClosureInput input) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = date("day", input == null ? null : input.day(), errors);
        fail(errors);
        return calendars.addCountyClosure(day, input.reason());
    }

    @DELETE
    @Path("county-closures/{id}")
    public Response deleteCountyClosure(@PathParam("id") long id) {
        calendars.deleteCountyClosure(id);
        return Response.noContent().build();
    }

    static LocalDate date(String field, String text, List<FieldError> errors) {
        try {
            LocalDate date = LocalDate.parse(text == null ? "" : text.trim());
            if (!InputLimits.isSaneDate(date)) {
                errors.add(new FieldError(field, InputLimits.dateRangeMessage()));
                return null;
            }
            return date;
        } catch (java.time.DateTimeException e) {
            errors.add(new FieldError(field, "日期應為 YYYY-MM-DD (date as YYYY-MM-DD)"));
            return null;
        }
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
