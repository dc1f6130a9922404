package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.isp.FundingInput;
import tw.huixiao.platform.application.isp.FundingService;
import tw.huixiao.platform.application.isp.FundingValidation;

/** Validates a budget against the funding rules of the caller's school's county module. */
@Path("funding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundingResource {

    @Inject
    FundingService funding;

    @POST
    @Path("validate")
    @Operation(summary = "Validate budget lines (itemKind, payee, date, quantity, unitAmount, attributes) for the "
            + "caller's school: totals and every violation with its rule id")
    public FundingValidation validate(FundingInput input) {
        return funding.validate(input);
    }
}
