package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.digest.MailPreferences;

/** The caller's own e-mail settings (the profile page uses the same service). */
@Path("me/mail-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailPreferenceResource {

    public record Change(Boolean digests) {
    }

    @Inject
    MailPreferences preferences;

    @GET
    public MailPreferences.Preferences current() {
        return preferences.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn the morning digest on or off ({\"digests\": false}); invitations and reset links always come")
    public MailPreferences.Preferences change(Change change) {
        if (change == null || change.digests() == null) {
            throw InvalidInputException.of("digests", "請指定 digests 為 true 或 false (digests: true or false)");
        }
        return preferences.setDigests(change.digests());
    }
}
