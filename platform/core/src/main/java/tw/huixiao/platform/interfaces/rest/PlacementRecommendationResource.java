package tw.huixiao.platform.interfaces.rest;

import tw.huixiao.platform.application.InputLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.casework.ReEnrolmentService;

/** The module's placement recommendation for a case (NT-PLACEMENT), without recording anything. */
@Path("cases/{caseId}/placement-recommendation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlacementRecommendationResource {

    @Inject
    ReEnrolmentService reEnrolments;

    @GET
    @Operation(summary = "Recommendation for re-enrolling ?on= (default today) after leaving ?leftOn= (default the "
            + "case's first day away): time away, age, code, alternatives")
    public ReEnrolmentService.Preview recommendation(@PathParam("caseId") long caseId, @QueryParam("leftOn") String leftOn,
                                                 @QueryParam("on") String on) {
        return reEnrolments.recommend(caseId, optionalDate("leftOn", leftOn), optionalDate("on", on));
    }

    private static LocalDate optionalDate(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (!InputLimits.isSaneDate(date)) {
                throw InvalidInputException.of(field, InputLimits.dateRangeMessage());
            }
            return date;
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field, "日期應為 YYYY-MM-DD (date as YYYY-MM-DD)");
        }
    }
}
