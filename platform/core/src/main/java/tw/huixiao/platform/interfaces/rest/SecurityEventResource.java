package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.audit.SecurityEvents;

@Path("security-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SecurityEventResource {

    @Inject
    SecurityEvents events;

    @GET
    @Operation(summary = "Refusals, attempts on another school's records and unusual reading, newest first "
            + "(platform administrators: all schools; bureau officers: their county's); ?kind=, ?days= (default 30)")
    public List<SecurityEvents.EventView> recent(@QueryParam("kind") String kind, @QueryParam("days") Integer days,
                                                 @QueryParam("page") @DefaultValue("0") int page,
                                                 @QueryParam("size") @DefaultValue("50") int size) {
        return events.recent(kind, days, page, size);
    }
}
