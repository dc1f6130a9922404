package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.ProfileService;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    ProfileService profiles;

    @GET
    @Operation(summary = "The caller: roles, school (id, name, county) and the school's policy module")
    public ProfileService.Profile me() {
        return profiles.current();
    }
}
