package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.overview.SchoolOverviewService;
import tw.huixiao.platform.application.overview.SchoolOverviewService.Overview;

@Path("school-overview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchoolOverviewResource {

    @Inject
    SchoolOverviewService overview;

    @GET
    @Operation(summary = "The principal's school overview: children per ladder day today, open cases by category and "
            + "state, overdue duties by office (role) and by person, idle cases, the semester's weekly absences and "
            + "open cases (403 for other roles)")
    public Response get() {
        long start = System.nanoTime();
        Overview answer = overview.overview();
        // The service's own time (the login before it is not counted), for the 500 ms budget.
        return Response.ok(answer).header("Server-Timing", "overview;dur=" + (System.nanoTime() - start) / 1_000_000)
                .build();
    }
}
