package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.retention.RetentionRules;
import tw.huixiao.platform.application.retention.RetentionRun;
import tw.huixiao.platform.application.retention.RetentionService;

/**
 * Platform administrators: records kept for their legal time (issue 22 §7) — the rules, a dry-run
 * that counts per school and record kind what is past its time, and the purge that follows it
 * (with a reason; audited: who, when, counts per kind, never content).
 */
@Path("admin/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminRetentionResource {

    /** A purge: the dry-run of today it follows and why. */
    public record PurgeInput(Long dryRunId, @Size(max = 500) String reason) {
    }

    @Inject
    RetentionService retention;

    @GET
    @Path("rules")
    @Operation(summary = "The retention rule of every record kind: period, action and legal basis")
    public List<RetentionRules.Rule> rules() {
        return retention.rules();
    }

    @GET
    @Path("runs")
    @Operation(summary = "The last 20 dry-runs and purges (without their counts)")
    public List<RetentionRun> runs() {
        return retention.recent();
    }

    @GET
    @Path("runs/{id}")
    @Operation(summary = "A dry-run or purge with its counts per school and record kind")
    public RetentionRun run(@PathParam("id") long id) {
        return retention.run(id);
    }

    @POST
    @Path("dry-runs")
    @Operation(summary = "Count, per school and record kind, what is past its time as of today; nothing is changed")
    public Response dryRun() {
        return Response.status(Response.Status.CREATED).entity(retention.dryRun("API")).build();
    }

    @POST
    @Path("purges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete or anonymise what today's dry-run {dryRunId} counted, with a reason; each school whole or not at all")
    public Response purge(PurgeInput input) {
        PurgeInput in = input == null ? new PurgeInput(null, null) : input;
        return Response.status(Response.Status.CREATED).entity(retention.purge(in.dryRunId(), in.reason(), "API")).build();
    }
}
