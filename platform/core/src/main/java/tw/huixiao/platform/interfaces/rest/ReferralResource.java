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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.casework.ReferralInputs;
import tw.huixiao.platform.application.casework.ReferralService;
import tw.huixiao.platform.application.casework.ReferralView;

/**
 * Referrals of a case (issue 6 §4): draft → send → accept / reject → reply → close. Every step
 * carries the version read; a step not possible from the referral's state is a 409.
 */
@Path("cases/{caseId}/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    ReferralService referrals;

    @GET
    public List<ReferralView> list(@PathParam("caseId") long caseId) {
        return referrals.list(caseId);
    }

    @POST
    @Operation(summary = "Draft a referral to an agency of the county directory (agencyId, reason, optional consent)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public Response draft(@PathParam("caseId") long caseId, ReferralInputs.Draft input, @Context UriInfo uri) {
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        ReferralView drafted = referrals.draft(caseId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(drafted.id())).build())
                .entity(drafted).build();
    }

    @GET
    @Path("{id}")
    public ReferralView get(@PathParam("caseId") long caseId, @PathParam("id") long id) {
        return referrals.get(caseId, id);
    }

    @POST
    @Path("{id}/consent")
    @Operation(summary = "Record the guardian's consent on the draft (givenBy, givenOn, version)")
    public ReferralView consent(@PathParam("caseId") long caseId, @PathParam("id") long id,
                                ReferralInputs.Consent input) {
        return referrals.consent(caseId, id, input);
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send the draft: method LETTER, FAX, ONLINE or PHONE, referenceNumber, version")
    public ReferralView send(@PathParam("caseId") long caseId, @PathParam("id") long id, ReferralInputs.Sending input) {
        return referrals.send(caseId, id, input);
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "The agency accepted the referral (version; reason as an optional note)")
    public ReferralView accept(@PathParam("caseId") long caseId, @PathParam("id") long id, ReferralInputs.Answer input) {
        return referrals.accept(caseId, id, input);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "The agency rejected the referral (reason, version)")
    public ReferralView reject(@PathParam("caseId") long caseId, @PathParam("id") long id, ReferralInputs.Answer input) {
        return referrals.reject(caseId, id, input);
    }

    @POST
    @Path("{id}/reply")
    @Operation(summary = "Record the agency's reply as its reply kind asks: NOTE (repliedOn, text), TIER_DECISION "
            + "(Yunlin 回覆表: tier 1|2, tierTeacher, thirdTierReferral), RETURN_RULING (附表四: ruling, rulingDetail)")
    public ReferralView reply(@PathParam("caseId") long caseId, @PathParam("id") long id, ReferralInputs.Reply input) {
        return referrals.reply(caseId, id, input);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a replied or rejected referral, or withdraw a draft (note required then)")
    public ReferralView close(@PathParam("caseId") long caseId, @PathParam("id") long id, ReferralInputs.Closing input) {
        return referrals.close(caseId, id, input);
    }
}
