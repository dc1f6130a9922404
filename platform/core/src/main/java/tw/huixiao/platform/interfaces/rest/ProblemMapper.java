package tw.huixiao.platform.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.EditConflictException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.RuleRefusedException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.interfaces.web.ErrorPage;

/**
 * Turns every failure into problem+json. Unexpected failures get a generic message and a
 * reference; their details (which may include SQL or personal data) stay in the server log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            Problem known = known(t);
            if (known != null) {
                return known.toResponse();
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, reference " + reference, thrown);
        return new Problem("about:blank", "Internal Server Error", 500,
                "系統發生錯誤，請稍後再試；如持續發生請提供參考編號 (unexpected error; quote the reference)",
                "urn:huixiao:error:" + reference, List.of()).toResponse();
    }

    private static Problem known(Throwable t) {
        if (t instanceof RecordNotFoundException) {
            return problem(404, "Not Found", "查無此資料 (no such record)");
        }
        if (t instanceof AccessDeniedException) {
            return problem(403, "Forbidden", t.getMessage());
        }
        if (t instanceof InvalidInputException invalid) {
            return new Problem("about:blank", "Bad Request", 400,
                    "資料有誤，請修正下列欄位 (please correct the fields listed)", null, invalid.errors());
        }
        if (t instanceof EditConflictException || t instanceof OptimisticLockException) {
            return problem(409, "Conflict", "資料已被他人修改，請重新載入後再修改 (changed by someone else; reload and retry)");
        }
        if (t instanceof RuleRefusedException refused) {
            return new Problem("about:blank", "Conflict", 409, t.getMessage(), null, List.of(), refused.ruleId(),
                    refused.earliestOn() == null ? null : refused.earliestOn().toString());
        }
        if (t instanceof StateConflictException) {
            return problem(409, "Conflict", t.getMessage());
        }
        if (t instanceof JsonbException) {
            return problem(400, "Bad Request", "JSON 格式或欄位型別錯誤 (malformed JSON or wrong field type)");
        }
        if (t instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status < 500) {
                return problem(status, web.getResponse().getStatusInfo().getReasonPhrase(),
                        // The framework's own message names internal codes (RESTEASY…): never shown (ASVS V7.4.1).
                        status == 404 ? "查無此資源 (no such resource)" : ErrorPage.text(status));
            }
        }
        return null;
    }

    private static Problem problem(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }
}
