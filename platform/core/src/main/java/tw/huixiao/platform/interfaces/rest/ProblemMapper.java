package tw.huixiao.platform.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.EditConflictException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
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
        if (t instanceof EditConflictException) {
            return problem(409, "Conflict", t.getMessage());
        }
        if (t instanceof OptimisticLockException) {
            return problem(409, "Conflict", "資料已被他人修改，請重新載入後再修改 (changed by someone else; reload and retry)");
        }
        if (t instanceof RuleRefusedException refused) {
            return new Problem("about:blank", "Conflict", 409, t.getMessage(), null, List.of(), refused.ruleId(),
                    refused.earliestOn() == null ? null : refused.earliestOn().toString());
        }
        if (t instanceof StateConflictException) {
            return problem(409, "Conflict", t.getMessage());
        }
        if (t instanceof tw.huixiao.platform.application.policy.ModuleCallFailedException failed) {
            // The county module's code threw or ran past its budget (issue 21 §5): named, and retried by the next run.
            return problem(503, "Service Unavailable", failed.getMessage()
                    + "；本校的偵測與推進將於下次作業重新進行 (the school's detection is done again by the next run)");
        }
        if (t instanceof ConstraintViolationException violations) {
            return invalid(violations);
        }
        if (t instanceof JsonbException) {
            String property = RequestBodyGuard.propertyOf(t);
            return new Problem("about:blank", "Bad Request", 400,
                    "JSON 格式或欄位型別錯誤 (malformed JSON or wrong field type)", null,
                    property == null ? List.of() : List.of(new FieldError(property,
                            "欄位型別或格式錯誤 (wrong type or format for this field)")));
        }
        if (t instanceof SQLException sql) {
            Problem refused = refusedByDatabase(sql);
            if (refused != null) {
                return refused;
            }
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

    /**
     * A value the database refused as data (too long for its column, out of range, a check it
     * breaks): the input was wrong, so 400 — the last line behind the declared limits, which
     * name the field. Nothing was written: the transaction rolled back.
     */
    private static Problem refusedByDatabase(SQLException thrown) {
        for (SQLException e = thrown; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (state != null && (state.startsWith("22") || state.equals("23514") || state.equals("23502"))) {
                return problem(400, "Bad Request", "資料超出欄位長度、範圍或格式，未寫入任何資料 "
                        + "(a value is too long, out of range or malformed; nothing was written)");
            }
        }
        return null;
    }

    static Problem invalid(ConstraintViolationException violations) {
        return new Problem("about:blank", "Bad Request", 400,
                "資料有誤，請修正下列欄位 (please correct the fields listed)", null,
                violations.getConstraintViolations().stream().map(ProblemMapper::fieldError)
                        .sorted(Comparator.comparing(FieldError::field)).toList());
    }

    /** A violation on the body's own path ({@code guardians[0].phone}), or on the query parameter it names. */
    static FieldError fieldError(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                field.setLength(0);
                if (node.getKind() == ElementKind.PARAMETER) {
                    field.append(node.getName());
                }
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return new FieldError(field.isEmpty() ? "body" : field.toString(), violation.getMessage());
    }

    private static Problem problem(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }
}
