package tw.huixiao.platform.interfaces.rest;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.application.escalation.EscalationRuns;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.infrastructure.AdjustableClock;

/** Operators: the daily escalation run for a date, the office calendar, and (test servers) the clock. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminEscalationResource {

    public record ClockInput(String instant) {
    }

    @Inject
    EscalationRuns runs;

    @Inject
    CalendarService calendars;

    @Inject
    CallerProvider callers;

    @Inject
    AdjustableClock clock;

    @POST
    @Path("escalation-runs")
    @Operation(summary = "Run the daily escalation for ?date=YYYY-MM-DD over every school (re-running a date adds nothing)")
    public EscalationRuns.RunReport run(@QueryParam("date") String date) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = CalendarResource.date("date", date, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return runs.runAsAdministrator(day);
    }

    @GET
    @Path("escalation-runs")
    public List<EscalationRuns.RunReport> recent() {
        return runs.recent();
    }

    @PUT
    @Path("office-calendar/{year}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Replace a year of the office calendar: date,kind(HOLIDAY|MAKE_UP_WORKDAY),reason rows; ?source=")
    public Map<String, Object> officeYear(@PathParam("year") int year, @QueryParam("source") String source, String csv) {
        return Map.of("year", year, "days", calendars.replaceOfficeYear(year, csv, source));
    }

    @PUT
    @Path("clock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Test servers only: freeze the service clock at an instant (ISO-8601 with offset)")
    public Map<String, String> setClock(ClockInput input) {
        requireAdjustable();
        try {
            Instant at = OffsetDateTime.parse(input == null || input.instant() == null ? "" : input.instant()).toInstant();
            clock.set(Optional.of(at));
            return Map.of("instant", at.toString());
        } catch (java.time.DateTimeException e) {
            throw InvalidInputException.of("instant", "時間應為 ISO-8601，例如 2026-03-04T09:00:00+08:00");
        }
    }

    @DELETE
    @Path("clock")
    public Response resetClock() {
        requireAdjustable();
        clock.set(Optional.empty());
        return Response.noContent().build();
    }

    private void requireAdjustable() {
        if (!callers.get().has(Role.PLATFORM_ADMIN) || !clock.isAdjustable()) {
            throw new AccessDeniedException("此伺服器的時鐘不可調整 (this server's clock is not adjustable)");
        }
    }
}
