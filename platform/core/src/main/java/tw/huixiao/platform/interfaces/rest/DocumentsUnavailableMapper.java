package tw.huixiao.platform.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.huixiao.platform.application.documents.DocumentsUnavailableException;

/** Documents cannot be produced on this server (the font is missing): 503 with what to install. */
@Provider
public class DocumentsUnavailableMapper implements ExceptionMapper<DocumentsUnavailableException> {

    private static final Logger LOG = Logger.getLogger(DocumentsUnavailableMapper.class.getName());

    @Override
    public Response toResponse(DocumentsUnavailableException e) {
        LOG.log(Level.SEVERE, e.getMessage(), e.getCause());
        return problem(e).toResponse();
    }

    public static Problem problem(DocumentsUnavailableException e) {
        return new Problem("about:blank", "Service Unavailable", 503, e.getMessage(), null, List.of());
    }
}
