package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.calendar.CalendarService;

/** Operators add each year of the office calendar when the Executive Yuan approves it. */
@Path("admin/office-calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminOfficeCalendarResource {

    @Inject
    CalendarService calendars;

    @PUT
    @Path("{year}")
    @Consumes("text/csv")
    @Operation(summary = "Replace a year of the office calendar: date,kind(HOLIDAY|MAKE_UP_WORKDAY),reason rows; ?source=")
    public Map<String, Object> officeYear(@PathParam("year") int year, @QueryParam("source") String source, String csv) {
        return Map.of("year", year, "days", calendars.replaceOfficeYear(year, csv, source));
    }
}
