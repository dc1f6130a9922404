package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.invitation.PasswordLinks;

/**
 * Administrators (platform, or the school's own) send a person a link to set their password;
 * they never see or choose it. The answer names the address the link went to, never the link.
 */
@Path("admin/accounts/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountResource {

    @Inject
    PasswordLinks links;

    @POST
    @Path("invitation")
    @Operation(summary = "Send a new invitation to an account that has no password yet (earlier links stop working)")
    public PasswordLinks.LinkSent resendInvitation(@PathParam("id") long userId) {
        return links.resendInvitation(userId);
    }

    @POST
    @Path("password-reset")
    @Operation(summary = "Send the account's owner a link to choose a new password (valid 24 hours, once)")
    public PasswordLinks.LinkSent sendReset(@PathParam("id") long userId) {
        return links.sendReset(userId);
    }
}
