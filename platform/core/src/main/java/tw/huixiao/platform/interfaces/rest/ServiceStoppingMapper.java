package tw.huixiao.platform.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import tw.huixiao.platform.application.lifecycle.ServiceStoppingException;

/** The server is stopping (issue 22 §4): 503 with Retry-After; the balancer sends the retry to another server. */
@Provider
public class ServiceStoppingMapper implements ExceptionMapper<ServiceStoppingException> {

    @Override
    public Response toResponse(ServiceStoppingException e) {
        Response problem = new Problem("about:blank", "Service Unavailable", 503, e.getMessage(), null, List.of())
                .toResponse();
        return Response.fromResponse(problem).header("Retry-After", "5").build();
    }
}
