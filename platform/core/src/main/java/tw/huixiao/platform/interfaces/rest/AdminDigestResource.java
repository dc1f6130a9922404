package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import tw.huixiao.platform.application.digest.Digests;

/** Operators: the morning digest for a day now (whoever already got that day's digest gets nothing more). */
@Path("admin/digests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminDigestResource {

    @Inject
    Digests digests;

    @POST
    @Operation(summary = "Send the morning digests of ?date=YYYY-MM-DD now (each person at most once a day)")
    public Digests.RunReport run(@QueryParam("date") String date) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = CalendarResource.date("date", date, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return digests.runAsAdministrator(day);
    }
}
