package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.escalation.MissingRollService;
import tw.huixiao.platform.application.escalation.MissingRoll;

/** School days whose roll never came (flagged by the daily run for the registrar). */
@Path("attendance/missing-rolls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MissingRollResource {

    @Inject
    MissingRollService rolls;

    @GET
    @Operation(summary = "School days whose roll (per class; classId 0 = the school's file) the daily run found missing "
            + "and that are still missing, newest first")
    public List<MissingRoll> missing() {
        return rolls.missing();
    }
}
