package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.escalation.EscalationRuns;

/** Schools whose daily run failed, with the module whose code failed it (issue 21 §5). */
@Path("escalation-failures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EscalationFailureResource {

    @Inject
    EscalationRuns runs;

    @GET
    @Operation(summary = "Schools whose daily escalation run failed in the last month, newest first, each with the "
            + "module (id, version, method) whose code threw or ran past its time budget: every county for a platform "
            + "administrator, its own county for a bureau officer")
    public List<EscalationRuns.SchoolFailure> failures() {
        return runs.failures();
    }
}
