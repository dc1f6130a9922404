package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.staffimport.StaffFile;
import tw.huixiao.platform.application.staffimport.StaffImport;

/**
 * (Its own root resource, not a method of {@link AdminSchoolResource}'s path: JAX-RS picks one root
 * class per request, and a root "admin/schools/{id}" would hide that class's sub-paths.)
 * A school's staff list in (CSV in UTF-8 or Big5, or XLSX): accounts without passwords, the year's
 * homeroom classes and their 導師, and an invitation to each person; all or nothing.
 */
@Path("admin/schools/{id}/staff-import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminStaffImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    StaffImport imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import staff: 姓名/name, 電子郵件/email, 角色/roles (zh-TW labels, 、-separated), optional "
            + "導師班級/homeroomClass, 年級/grade, 帳號/username; ?schoolYear=115, ?charset=UTF-8|Big5 (else detected), "
            + "?dryRun=true checks only. Per-line errors and nothing written on any error; files over 5 MB are 413")
    public Response importStaff(@PathParam("id") long schoolId, InputStream body,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                @QueryParam("schoolYear") Integer schoolYear, @QueryParam("charset") String charset,
                                @QueryParam("dryRun") boolean dryRun) {
        byte[] file = readLimited(body);
        if (file == null) {
            // Its own answer, not an exception: the mapper would replace the sentence with a generic one.
            String tooLarge = StaffFile.tooLarge().errors().get(0).message();
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", "Content Too Large", 413, tooLarge, null, List.of())).build();
        }
        StaffImport.Report report = imports.run(schoolId, schoolYear, file, charset != null ? charset
                : declaredCharset(contentType), !dryRun);
        return Response.status(dryRun ? Response.Status.OK : Response.Status.CREATED).entity(report).build();
    }

    /** Reads at most the allowed size; null for a larger upload, which is refused without being held in memory. */
    private static byte[] readLimited(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] read = body.readNBytes(StaffFile.MAX_BYTES + 1);
            return read.length > StaffFile.MAX_BYTES ? null : read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").trim();
            }
        }
        return null;
    }
}
