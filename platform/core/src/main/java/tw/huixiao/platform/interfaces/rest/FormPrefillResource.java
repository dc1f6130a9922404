package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.forms.FormPrefillService;

/**
 * A new record's data prefilled from the case. Its own path (…/prefill), so that it never takes
 * {@code POST /cases/{id}/forms/{formId}} away from the case resource.
 */
@Path("cases/{id}/forms/{formId}/prefill")
@RequestScoped
public class FormPrefillResource {

    @Inject
    FormPrefillService prefills;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Data for a new record of the form (newest version) filled in from the case as the module's "
            + "prefill declares (SPI 1.3; choice and yes/no fields SPI 1.4); with ?task= a duty of the case, whose "
            + "rule id and due date fill what the module maps them to; nothing is stored; send it (edited) to "
            + "POST /cases/{id}/forms/{formId}")
    public JsonObject prefill(@PathParam("id") long id, @PathParam("formId") String formId,
                              @QueryParam("task") Long taskId) {
        FormPrefillService.Prefilled prefilled = prefills.prefill(id, formId, taskId);
        return Json.createObjectBuilder().add("formId", prefilled.form().id())
                .add("formVersion", prefilled.form().version()).add("data", prefilled.data()).build();
    }
}
