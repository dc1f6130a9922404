package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.escalation.EscalationRuns;

/** Operators: the daily escalation run for a date (re-running a date adds nothing). */
@Path("admin/escalation-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminEscalationResource {

    @Inject
    EscalationRuns runs;

    @POST
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
    public List<EscalationRuns.RunReport> recent() {
        return runs.recent();
    }
}
