package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.staffimport.StaffImport;

/** A school's staff accounts as their administrators see them, with each invitation's state. */
@Path("admin/schools/{id}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminStaffResource {

    @Inject
    StaffImport imports;

    @GET
    @Operation(summary = "The school's staff accounts with e-mail, roles and the state of their invitation or reset link")
    public List<StaffImport.StaffMember> staff(@PathParam("id") long schoolId) {
        return imports.staff(schoolId);
    }
}
