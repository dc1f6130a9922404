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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.screening.ScreeningService;
import tw.huixiao.platform.application.screening.ScreeningView;

/**
 * Yunlin screening campaigns (附表一, YL-SCREEN). The records are read, filled and signed through
 * {@code /form-records/{recordId}} like any form record; stamping stage 4 starts what its strategy asks.
 */
@Path("screening-campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScreeningCampaignResource {

    @Inject
    ScreeningService screenings;

    @POST
    @Operation(summary = "Start a screening: schoolYear, semester, classId or grade, assessedOn (default today), note; "
            + "each enrolled student gets a prefilled 附表一 (counselling office or principal)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.Campaign.class)))
    public Response start(ScreeningService.CampaignInput input, @Context UriInfo uri) {
        ScreeningView.Campaign created = screenings.start(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "The campaigns the caller may see, newest first, with their progress (a 導師: their classes)")
    public List<ScreeningView.Campaign> list(@QueryParam("schoolYear") Integer schoolYear) {
        return screenings.list(schoolYear);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A campaign and its progress: students per number of stages signed and per outcome, per class")
    public ScreeningView.Campaign get(@PathParam("id") long id) {
        return screenings.get(id);
    }

    @GET
    @Path("{id}/assessments")
    @Operation(summary = "The campaign's students (a 導師: their own class): 附表一 record, stages signed, next stage, "
            + "outcome, case and what stage 4 started")
    public List<ScreeningView.Assessment> assessments(@PathParam("id") long id) {
        return screenings.assessments(id);
    }
}
