package tw.huixiao.platform.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.casework.CounsellingPeriodService;

/** A case's counselling periods (輔導期程); two without effect propose the 轉向評估 referral (YL-REF-DROPOUT). */
@Path("cases/{caseId}/counselling-periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CounsellingPeriodResource {

    @Inject
    CounsellingPeriodService periods;

    @GET
    @Operation(summary = "The case's counselling periods, how many had no effect and the diversion proposal (offices)")
    public CounsellingPeriodService.Periods list(@PathParam("caseId") long caseId) {
        return periods.list(caseId);
    }

    @POST
    @Operation(summary = "Record a period: startsOn, endsOn, effective, evaluatedById (default: the caller), "
            + "evaluatedOn (default today), note (counselling office or principal)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CounsellingPeriodService.Periods.class)))
    public Response record(@PathParam("caseId") long caseId, CounsellingPeriodService.Input input) {
        return Response.status(Response.Status.CREATED).entity(periods.record(caseId, input)).build();
    }
}
