package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.filings.BureauFilingService;
import tw.huixiao.platform.domain.escalation.BureauFilingView;
import tw.huixiao.platform.application.filings.FilingAttachment;

/** Filings with the county bureau: the bureau's inbox and decisions, the school's view and re-filing. */
@Path("filings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BureauFilingResource {

    /** A school's note when filing again. */
    public record Refiling(String note) {
    }

    @Inject
    BureauFilingService filings;

    @GET
    @Operation(summary = "The bureau's inbox (BUREAU_OFFICER): its county's filings (?status=FILED|ACKNOWLEDGED|RETURNED, "
            + "repeatable) and the duties whose filing is overdue, per school")
    public BureauFilingService.Inbox inbox(@QueryParam("status") List<String> status) {
        return filings.inbox(status);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One filing: the bureau of its county, or its own school")
    public BureauFilingView get(@PathParam("id") long id) {
        return filings.get(id);
    }

    @GET
    @Path("{id}/attachment")
    @Produces({DocumentResource.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The record filed, as the school filed it (PDF)")
    public Response attachment(@PathParam("id") long id) {
        FilingAttachment attachment = filings.attachment(id);
        return Response.ok(attachment.pdf(), DocumentResource.PDF)
                .header("Content-Disposition", "inline; filename=\"" + attachment.filename() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "The bureau acknowledges a filing (收件備查); {note?, version}")
    public BureauFilingView acknowledge(@PathParam("id") long id, BureauFilingService.Decision decision) {
        return filings.acknowledge(id, decision);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "The bureau returns a filing (退回) with a reason; {note, version}")
    public BureauFilingView giveBack(@PathParam("id") long id, BureauFilingService.Decision decision) {
        return filings.giveBack(id, decision);
    }

    @POST
    @Path("{id}/refile")
    @Operation(summary = "The school files a returned filing again, with the duty's record as it stands; {note?}")
    public BureauFilingView refile(@PathParam("id") long id, Refiling refiling) {
        return filings.refile(id, refiling == null ? null : refiling.note());
    }

    @GET
    @Path("tasks/{taskId}")
    @Operation(summary = "The newest filing of one of the school's duties (204 when the duty files nothing)")
    public Response ofTask(@PathParam("taskId") long taskId) {
        return filings.ofTask(taskId).map(f -> Response.ok(f).build()).orElse(Response.noContent().build());
    }
}
