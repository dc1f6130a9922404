package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.casework.AgencyDirectory;

@Path("agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    AgencyDirectory directory;

    @GET
    @Operation(summary = "The county module's referral directory for the caller's school: id, name (per-district "
            + "agencies carry the school's district), kind, contact, guardian consent needed, reply kind, rule id")
    public List<AgencyDirectory.AgencyView> list() {
        return directory.forCallersSchool();
    }
}
