package tw.huixiao.platform.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.attendance.AttendanceFile;
import tw.huixiao.platform.application.attendance.AttendanceService;
import tw.huixiao.platform.application.attendance.AttendanceService.ImportResult;
import tw.huixiao.platform.application.attendance.AttendanceService.RawRow;
import tw.huixiao.platform.application.escalation.EscalationRuns;
import tw.huixiao.platform.application.escalation.SchoolEscalation;

/**
 * Attendance in, for school systems and the UI: a file (text/csv in UTF-8 or Big5) or JSON
 * entries, a homeroom teacher's class roll, and registration and transfer events. After the
 * batch is stored, the school's escalation runs at once, so a third day of absence shows its
 * duties within the same request.
 */
@Path("attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    private static final Logger LOG = Logger.getLogger(AttendanceResource.class.getName());

    /** A JSON batch: the same fields as a CSV row. */
    public record Entry(@Schema(example = "1024") Long studentId, @Schema(example = "701") String className,
                        @Schema(example = "5") String seat, @Schema(example = "王○明") String name,
                        @Schema(description = "ISO (2026-03-04) or ROC (115/03/04) date", example = "2026-03-04",
                                required = true) String date,
                        @Schema(description = "Attendance status, as a code or as school systems write it (Chinese or English)",
            enumeration = {"PRESENT", "UNEXCUSED", "PERSONAL_LEAVE", "SICK_LEAVE", "OFFICIAL_LEAVE", "OTHER_LEAVE",
                    "出席", "到", "到校", "曠課", "曠", "事假", "事", "病假", "病", "公假", "公", "其他假別", "其他", "喪假", "婚假", "產假",
                    "生理假"}, example = "曠課", required = true)
                        String status,
                        Integer leaveRequests) {
    }

    public record Batch(@Schema(required = true) List<Entry> entries) {
    }

    public record Roll(@Schema(required = true) Long classId,
                       @Schema(required = true, format = "date", example = "2026-03-04") String date,
                       List<AttendanceService.RollEntry> entries) {
    }

    /** The stored batch and what the escalation did with it ({@code escalation} is null if it was deferred). */
    public record Outcome(ImportResult imported, SchoolEscalation.Outcome escalation) {
    }

    @Inject
    AttendanceService attendance;

    @Inject
    EscalationRuns escalation;

    @Inject
    CallerProvider callers;

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Import a CSV file (UTF-8 with or without BOM, or Big5): 日期/date, 班級/class + 座號/seat or "
            + "studentId, 狀態/status, optional 姓名/name and 假單數/leaveRequests; all rows or none")
    public Outcome importCsv(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             @QueryParam("fileName") String fileName) {
        AttendanceFile.Decoded decoded = AttendanceFile.decode(body == null ? new byte[0] : body, charset(contentType));
        ImportResult result = attendance.importRows(AttendanceService.Source.CSV, fileName, decoded.encoding(),
                AttendanceFile.rows(decoded.text()));
        return new Outcome(result, detect());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import JSON entries (same fields as the CSV); all or none")
    public Outcome importJson(Batch batch) {
        if (batch == null || batch.entries() == null) {
            throw InvalidInputException.of("entries", "請提供 entries 陣列 (entries is required)");
        }
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < batch.entries().size(); i++) {
            Entry e = batch.entries().get(i);
            if (e == null) {
                throw InvalidInputException.of("entries[" + i + "]", "空白項目 (empty entry)");
            }
            rows.add(new RawRow(i + 1, e.studentId(), e.className(), e.seat(), e.name(), e.date(), e.status(),
                    e.leaveRequests() == null ? null : String.valueOf(e.leaveRequests()), null));
        }
        return new Outcome(attendance.importRows(AttendanceService.Source.JSON, null, null, rows), detect());
    }

    @POST
    @Path("roll")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A homeroom teacher's roll for the class and day; students not listed were present")
    public Outcome roll(Roll roll) {
        if (roll == null || roll.classId() == null) {
            throw InvalidInputException.of("classId", "請指定班級 (classId is required)");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate day = CalendarResource.date("date", roll.date(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Outcome(attendance.recordRoll(roll.classId(), day,
                roll.entries() == null ? List.of() : roll.entries()), detect());
    }

    @GET
    @Path("classes/{classId}")
    @Operation(summary = "The class roll as recorded for a day")
    public List<AttendanceService.RollLine> classRoll(@PathParam("classId") long classId, @QueryParam("date") String date) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate day = CalendarResource.date("date", date, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return attendance.roll(classId, day);
    }

    /** Whether the class's roll for the day was saved, and when and by whom (the last save). */
    public record RollSavedAnswer(boolean saved, Instant savedAt, Long savedBy, String savedByName) {
    }

    @GET
    @Path("classes/{classId}/saved")
    @Operation(summary = "Whether the class roll for a day was saved: the last save's time and who saved it")
    public RollSavedAnswer rollSaved(@PathParam("classId") long classId, @QueryParam("date") String date) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate day = CalendarResource.date("date", date, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return attendance.rollSaved(classId, day)
                .map(s -> new RollSavedAnswer(true, s.savedAt(), s.savedBy(), s.savedByName()))
                .orElse(new RollSavedAnswer(false, null, null, null));
    }

    @POST
    @Path("enrolment-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record ENROLLED, REGISTERED, TRANSFERRED_OUT (with otherSchool) or ARRIVED: the registration and transfer no-shows the county's categories detect")
    public Outcome enrolmentEvent(AttendanceService.EnrolmentEventInput input) {
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        attendance.recordEnrolmentEvent(input);
        return new Outcome(null, detect());
    }

    /** Detection for the caller's school; a failure leaves the accepted batch for the daily run. */
    private SchoolEscalation.Outcome detect() {
        try {
            return escalation.runSchool(callers.get().requireSchool());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "escalation after an attendance batch failed; the daily run will catch up", e);
            return null;
        }
    }


    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(java.util.Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").trim();
            }
        }
        return null;
    }

}
