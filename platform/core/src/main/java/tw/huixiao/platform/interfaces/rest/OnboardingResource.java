package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.onboarding.Consoles;
import tw.huixiao.platform.application.onboarding.ImportFile;
import tw.huixiao.platform.application.onboarding.Rollover;
import tw.huixiao.platform.application.onboarding.SchoolListImport;
import tw.huixiao.platform.application.onboarding.SchoolRollover;
import tw.huixiao.platform.application.onboarding.StudentImport;

/**
 * Issue 19: a county onboarded from files. The MOE school list (platform administrators), a
 * school's students from its school system's export (the school's administrator, registrar or
 * academic affairs), the school-year rollover (a school's administrator for their school, the
 * platform administrator for any school or county), and what the two consoles read. Every import
 * and rollover answers a report; {@code apply=false} (the default) writes nothing. One school's rollover
 * by a platform administrator is {@link AdminSchoolRolloverResource}.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    private static final long DRAIN_LIMIT = 256L * 1024 * 1024;

    @Inject
    SchoolListImport schoolList;

    @Inject
    StudentImport studentImport;

    @Inject
    Rollover rollover;

    @Inject
    Consoles consoles;

    @POST
    @Path("admin/school-list")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The MOE school list (CSV or XLSX; 學校代碼, 學校名稱, 縣市, 鄉鎮市區, 學制, 地址, 電話, 偏遠地區): "
            + "validated whole, upserted by code; apply=false previews the report of added and changed schools")
    public SchoolListImport.Report schoolList(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                                              @QueryParam("apply") boolean apply) {
        return schoolList.importList(read(body), AttendanceResource.charset(type), apply);
    }

    @POST
    @Path("school/students/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The caller's school's students from the school system's export (CSV in UTF-8 or Big5, or XLSX; "
            + "學號, 班級, 座號, 姓名, 性別, 出生日期, 身分證統一編號, 原住民身分, 監護人, 電話, 地址): every line checked, "
            + "nothing written on any error; apply=false previews adds, changes and enrolled students missing from the file")
    public StudentImport.Report students(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                                         @QueryParam("apply") boolean apply, @QueryParam("schoolYear") Integer schoolYear,
                                         @QueryParam("fileName") String fileName) {
        return studentImport.importFile(read(body), fileName, AttendanceResource.charset(type), schoolYear, apply);
    }

    @GET
    @Path("school/students/{id}/changes")
    @Operation(summary = "What imports and rollovers changed on a student (field → [before, after]), oldest first")
    public List<tw.huixiao.platform.domain.student.Register.ChangeRow> studentChanges(@PathParam("id") long studentId) {
        return studentImport.history(studentId);
    }

    @POST
    @Path("school/rollover")
    @Operation(summary = "Roll the caller's school into the next school year; apply=false is the dry run")
    public SchoolRollover.Report rollOwnSchool(@QueryParam("fromYear") Integer fromYear,
                                               @QueryParam("apply") boolean apply) {
        return rollover.school(null, fromYear, apply);
    }

    @POST
    @Path("admin/rollover")
    @Operation(summary = "Roll every school of a county into the next school year; apply=false is the dry run, and apply "
            + "refuses the whole county if any school would be refused")
    public List<SchoolRollover.Report> rollCounty(@QueryParam("county") String county,
                                                  @QueryParam("fromYear") Integer fromYear,
                                                  @QueryParam("apply") boolean apply) {
        if (county == null || county.isBlank()) {
            throw InvalidInputException.of("county", "請指定縣市代碼，例如 TAOYUAN (county is required)");
        }
        return rollover.county(county.trim(), fromYear, apply);
    }

    @GET
    @Path("admin/console/counties")
    @Operation(summary = "Counties with schools and the module serving each")
    public List<Consoles.CountyRow> counties() {
        return consoles.counties();
    }

    @GET
    @Path("admin/console/schools")
    @Operation(summary = "Every school")
    public List<Consoles.SchoolRow> schools() {
        return consoles.schools();
    }

    @GET
    @Path("admin/console/schools/{id}/users")
    @Operation(summary = "A school's accounts")
    public List<Consoles.Person> users(@PathParam("id") long schoolId) {
        return consoles.users(schoolId);
    }

    @GET
    @Path("school/console/classes")
    @Operation(summary = "The school administrator's classes with their 導師 and students")
    public List<Consoles.ClassSummary> classes() {
        return consoles.classes();
    }

    @GET
    @Path("school/console/staff")
    @Operation(summary = "The school administrator's staff")
    public List<Consoles.Person> staff() {
        return consoles.staff();
    }

    /** The body up to the import limit; a larger file is refused without reading it all. */
    static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] data = body.readNBytes(ImportFile.MAX_BYTES + 1);
            if (data.length > ImportFile.MAX_BYTES) {
                // Read (and drop) what the client still sends, up to a bound, so that it receives the answer.
                for (long skipped = 0; skipped < DRAIN_LIMIT && body.read() >= 0; skipped++) {
                    skipped += body.skip(DRAIN_LIMIT - skipped);
                }
                throw InvalidInputException.of("body", "檔案超過上限 " + (ImportFile.MAX_BYTES / 1024 / 1024)
                        + " MB，請分批匯出 (the file is larger than " + (ImportFile.MAX_BYTES / 1024 / 1024)
                        + " MB; export it in parts)");
            }
            return data;
        } catch (IOException e) {
            throw InvalidInputException.of("body", "檔案上傳中斷 (the upload was interrupted)");
        }
    }
}
