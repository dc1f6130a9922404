package tw.huixiao.platform.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.isp.BudgetView;
import tw.huixiao.platform.application.isp.IspInput;
import tw.huixiao.platform.application.isp.IspService;
import tw.huixiao.platform.application.isp.IspView;

/** Tainan's individualised support plan (ISP) of a case, its timetable and its computed budget (issue 7). */
@Path("cases/{caseId}/isps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IspResource {

    @Inject
    IspService isps;

    @GET
    @Operation(summary = "The case's ISPs, oldest term first")
    public List<IspView> list(@PathParam("caseId") long caseId) {
        return isps.list(caseId);
    }

    @POST
    @Operation(summary = "Write a draft ISP: term, team, needsMeetingIds, services, measures, teachers, timetable "
            + "(day, period, course, teacher, studentIds), visits, extras; the budget is computed from it")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IspView.class)))
    public Response create(@PathParam("caseId") long caseId, IspInput input, @Context UriInfo uri) {
        IspView created = isps.create(caseId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The plan with its teacher sources, timetable, each student's timetable and computed budget")
    public IspView get(@PathParam("caseId") long caseId, @PathParam("id") long id) {
        return isps.get(caseId, id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a draft; send the version you read")
    public IspView update(@PathParam("caseId") long caseId, @PathParam("id") long id, IspInput input) {
        return isps.update(caseId, id, input);
    }

    @GET
    @Path("{id}/budget")
    @Operation(summary = "The budget computed from the plan, with every funding rule's violation")
    public BudgetView budget(@PathParam("caseId") long caseId, @PathParam("id") long id) {
        return isps.budget(caseId, id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit the draft to the school's review (counselling office); 409 with ruleId while the "
            + "budget breaks a funding rule (the module's per-plan cap first)")
    public IspView submit(@PathParam("caseId") long caseId, @PathParam("id") long id, IspInput.Step step) {
        return isps.submit(caseId, id, step);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "The principal approves the submitted plan")
    public IspView approve(@PathParam("caseId") long caseId, @PathParam("id") long id, IspInput.Step step) {
        return isps.approve(caseId, id, step);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "The principal returns the submitted plan to a draft, with the reason (note)")
    public IspView returnForRevision(@PathParam("caseId") long caseId, @PathParam("id") long id, IspInput.Step step) {
        return isps.returnForRevision(caseId, id, step);
    }

    @POST
    @Path("{id}/file")
    @Operation(summary = "Record the filing with the bureau (送本局備查): filedOn, reference")
    public IspView file(@PathParam("caseId") long caseId, @PathParam("id") long id, IspInput.Filing filing) {
        return isps.file(caseId, id, filing);
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Record the completion (辦理完畢): the module's duties on completion follow (e.g. an expense statement due within a month)")
    public IspView complete(@PathParam("caseId") long caseId, @PathParam("id") long id, IspInput.Completion completion) {
        return isps.complete(caseId, id, completion);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a draft or submitted plan, with the reason (note)")
    public IspView withdraw(@PathParam("caseId") long caseId, @PathParam("id") long id, IspInput.Step step) {
        return isps.withdraw(caseId, id, step);
    }
}
