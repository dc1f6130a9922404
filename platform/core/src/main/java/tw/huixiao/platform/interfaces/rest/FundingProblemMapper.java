package tw.huixiao.platform.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.isp.FundingRefusedException;

/**
 * A plan refused by its funding rules: 409 problem+json with the first {@code ruleId} and one
 * entry per violation in {@code errors} ({@code field}: the budget line concerned, or
 * {@code budget} for the whole; the message names its rule id).
 */
@Provider
public class FundingProblemMapper implements ExceptionMapper<FundingRefusedException> {

    @Override
    public Response toResponse(FundingRefusedException refused) {
        List<FieldError> errors = refused.violations().stream().map(v -> new FieldError(
                v.line() == null ? "budget" : "budget.lines[" + v.line() + "]",
                v.message().zhTw() + " (" + v.message().en() + ")")).toList();
        return new Problem("about:blank", "Conflict", 409, refused.getMessage(), null, errors, refused.ruleId(), null)
                .toResponse();
    }
}
