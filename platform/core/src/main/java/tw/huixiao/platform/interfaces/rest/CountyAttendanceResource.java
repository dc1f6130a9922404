package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.attendance.AttendanceFile;
import tw.huixiao.platform.application.attendance.CountyAttendanceImport;

/** A county-run school system's attendance file for many schools (bureau officers, operators). */
@Path("county-attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountyAttendanceResource {

    @Inject
    CountyAttendanceImport imports;

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Import a multi-school CSV (學校代碼/school column plus the school file's columns); all or none")
    public CountyAttendanceImport.Result importCsv(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        AttendanceFile.Decoded decoded = AttendanceFile.decode(body == null ? new byte[0] : body,
                AttendanceResource.charset(contentType));
        return imports.importFile(decoded.encoding(), AttendanceFile.rows(decoded.text()));
    }
}
