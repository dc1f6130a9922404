package tw.huixiao.platform.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.CaseClosing;
import tw.huixiao.platform.application.CaseEventInput;
import tw.huixiao.platform.application.CaseFactsInput;
import tw.huixiao.platform.application.CaseInput;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.InputLimits;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.Page;
import tw.huixiao.platform.application.audit.AccessEntry;
import tw.huixiao.platform.application.casework.CaseLifecycleService;
import tw.huixiao.platform.application.casework.CaseListQuery;
import tw.huixiao.platform.application.casework.CaseListService;
import tw.huixiao.platform.application.casework.CaseListService.Filter;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.application.forms.FormRecordView;
import tw.huixiao.platform.application.escalation.EscalationRuns;
import tw.huixiao.platform.domain.casework.CaseStatus;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.platform.application.casework.CaseChange;

@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    EscalationRuns escalation;

    @Inject
    CallerProvider callers;

    @Inject
    CaseLifecycleService lifecycle;

    @Inject
    FormRecordService formRecords;

    @Inject
    CaseListService caseList;

    @GET
    @Operation(summary = "Cases of the students the caller may see, newest first, under the case list's filter (the "
            + "export's: kind, categoryId, state — repeated — tier, ladderDay, overdue=true, classId); also ?studentId= "
            + "(alone) and the older ?status=OPEN|CLOSED")
    public Page<CaseView> search(@BeanParam CaseListParameters declared,
                                 @QueryParam("status") @Parameter(schema = @Schema(implementation = CaseStatus.class))
                                 String status,
                                 @QueryParam("studentId") Long studentId,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) @Max(InputLimits.MAX_PAGE) int page,
                                 @QueryParam("size") @DefaultValue("50") @Min(1) @Max(CaseService.MAX_PAGE_SIZE) int size,
                                 @Context UriInfo uri) {
        Filter listFilter = CaseListQuery.parse(uri.getQueryParameters(), Set.of("status", "studentId", "page", "size"));
        CaseStatus listed = parseStatus(status);
        if (listFilter.equals(Filter.ANY)) {
            return cases.search(listed, studentId, page, size);
        }
        if (studentId != null) {
            throw InvalidInputException.of("studentId", "studentId 不能與個案清單篩選條件併用 (studentId cannot be combined "
                    + "with the list filter)");
        }
        Set<CaseState> states = statesOf(listFilter, listed);
        if (states != null && states.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Page<CaseListService.Row> rows = caseList.search(new Filter(listFilter.kind(), listFilter.categoryId(), states,
                listFilter.tier(), listFilter.ladderDay(), listFilter.overdueOnly(), listFilter.classId()), page, size);
        return new Page<>(cases.views(rows.items().stream().map(CaseListService.Row::id).toList()), page, size,
                rows.total());
    }

    /** The filter's states narrowed by the older status (OPEN = every state but CLOSED); null = any. */
    private static Set<CaseState> statesOf(Filter filter, CaseStatus status) {
        if (status == null) {
            return filter.states();
        }
        Set<CaseState> states = filter.states() == null ? EnumSet.allOf(CaseState.class) : EnumSet.copyOf(filter.states());
        if (status == CaseStatus.CLOSED) {
            states.retainAll(EnumSet.of(CaseState.CLOSED));
        } else {
            states.remove(CaseState.CLOSED);
        }
        return states;
    }

    @POST
    @Operation(summary = "Open a case under the newest policy module of the school's county (the case stays pinned to it)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response open(CaseInput input, @Context UriInfo uri) {
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        CaseView opened = cases.open(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build())
                .entity(opened).build();
    }

    @GET
    @Path("{id}")
    public CaseView get(@PathParam("id") long id) {
        return cases.get(id);
    }

    @GET
    @Path("{id}/policy")
    @Operation(summary = "The categories, timeline, forms and funding rules of the module version this case follows")
    public JsonObject policy(@PathParam("id") long id) {
        return PolicyJson.detail(cases.pinnedPolicy(id));
    }

    @GET
    @Path("{id}/tasks")
    @Operation(summary = "The case's tasks from its pinned module's ladder: rule id, duty, role, person, due, status, why")
    public List<TaskView> tasks(@PathParam("id") long id) {
        return cases.tasks(id);
    }

    @POST
    @Path("{id}/events")
    @Operation(summary = "Record a case event (REPORTED, RETURNED, RE_ENROLLED, PLACED, DETAINED…); its duties arise")
    public CaseView event(@PathParam("id") long id, CaseEventInput input) {
        return cases.recordEvent(id, input);
    }

    @PUT
    @Path("{id}/facts")
    @Operation(summary = "Set the facts the ladder branches on (causeKnown, emergency); send the version you read")
    public CaseView facts(@PathParam("id") long id, CaseFactsInput input) {
        cases.updateFacts(id, input);
        // The ladder's branches follow the new facts at once (e.g. TY-D3: cause now known).
        escalation.runSchool(callers.get().requireSchool());
        return cases.get(id);
    }

    @GET
    @Path("{id}/access-log")
    @Operation(summary = "Who read or changed the case and its records, and refused attempts (counselling office and "
            + "principal; newest first, at most 500)")
    public List<AccessEntry> accessLog(@PathParam("id") long id) {
        return cases.accessLog(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a case (結案) with a note; send the version you read. The module's closure rule "
            + "applies (409 with ruleId and earliestDate when it is too early)")
    public CaseView close(@PathParam("id") long id, CaseClosing closing) {
        return lifecycle.transition(id, new CaseLifecycleService.TransitionInput("CLOSED",
                closing == null ? null : closing.note(), closing == null ? null : closing.version()));
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move the case to another state (REPORTED, RETURNED, RE_ENROLLED, PLACEMENT, FOLLOW_UP, CLOSED; "
            + "OPEN reopens a closed case) with a reason and the version you read; records the matching case event. "
            + "A move the module forbids, or closing too early, is refused with the rule id (409)")
    public CaseView transition(@PathParam("id") long id, CaseLifecycleService.TransitionInput input) {
        return lifecycle.transition(id, input);
    }

    @PUT
    @Path("{id}/tier")
    @Operation(summary = "Set the counselling tier (三級輔導: 1, 2, 3) with a reason; send the version you read")
    public CaseView tier(@PathParam("id") long id, CaseLifecycleService.TierInput input) {
        return lifecycle.setTier(id, input);
    }

    @PUT
    @Path("{id}/assignments")
    @Operation(summary = "Assign the homeroom teacher, mentor teacher (認輔老師), counsellor and case manager (user ids "
            + "of the school; null = nobody) with a reason; send the version you read")
    public CaseView assign(@PathParam("id") long id, CaseLifecycleService.AssignmentInput input) {
        return lifecycle.assign(id, input);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change of the case's state, tier and assigned people: who, when, why (oldest first)")
    public List<CaseChange> history(@PathParam("id") long id) {
        return lifecycle.history(id);
    }

    @GET
    @Path("{id}/forms")
    @Operation(summary = "The case's form records, every revision, oldest first")
    public List<FormRecordView.Summary> forms(@PathParam("id") long id) {
        return formRecords.ofCase(id);
    }

    @POST
    @Path("{id}/forms/{formId}")
    @Operation(summary = "Fill in a form of the case's module (newest version, or formVersion): data is checked "
            + "against the form; errors per field as fields.<key>")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormRecordView.class)))
    public Response createForm(@PathParam("id") long id, @PathParam("formId") String formId,
                               FormRecordService.RecordInput input, @Context UriInfo uri) {
        FormRecordView created = formRecords.create(id, formId, input);
        return Response.created(uri.getBaseUriBuilder().path("form-records").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    static CaseStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "狀態應為 OPEN 或 CLOSED (status must be OPEN or CLOSED)");
        }
    }
}
