package tw.huixiao.platform.application.filings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.escalation.BureauFilingView;

/**
 * Filings with the county bureau (V37). Every statement runs on the connection it is given:
 * a school's (bound to its tenant) or a bureau's (bound to its county); row-level security
 * decides what each sees, the statements name the school or county again for the planner.
 */
public interface BureauFilingStore {

    /** What a school files: its student, the record and who filed it. */
    public record Filed(String studentName, String className, long by, String byName, Instant at, String note,
                        byte[] attachment, String attachmentName) {
    }

    /** The filing a duty expects or made first (a re-filing after a return points back to it). */
    Optional<BureauFilingView> firstOfTask(long schoolId, long taskId, LocalDate today, Instant now);

    /** The newest filing of each of the school's duties among the given ones. */
    List<BureauFilingView> latestOfTasks(long schoolId, List<Long> taskIds, LocalDate today,
                                                Instant now);

    Optional<BureauFilingView> find(long id, LocalDate today, Instant now);

    /** A bureau's filings (not the expected ones), newest first; statuses empty = all. */
    List<BureauFilingView> inbox(String county, List<String> statuses, LocalDate today,
                                        Instant now, int limit);

    /** Expected filings past their due date or time, by school then due date. */
    List<BureauFilingView> overdue(String county, LocalDate today, Instant now, int limit);

    /** How many of a bureau's filings are in the given status (FILED: awaiting the bureau). */
    long count(String county, String status);

    /** Overdue expected filings counted per school, most first. */
    List<OverdueSchool> overdueBySchool(String county, LocalDate today, Instant now);

    /** Inserts an expected filing for a duty that arose before its module's filings were known. */
    long expect(long schoolId, long taskId, String ruleId, String produces, String titleZh,
                       String titleEn);

    /** The school files an expected filing; false if it was filed already. */
    boolean file(long schoolId, long id, Filed filed);

    /** Files a returned filing again, as a new row pointing to the one returned. */
    long refile(long schoolId, long returnedId, Filed filed);

    /** The bureau acknowledges or returns a filing at the version read; false if it changed or was decided. */
    boolean decide(String county, long id, long version, String status, long by, String byName,
                          Instant at, String note);

    /** The attached PDF and its name, if the filing is visible on this connection and filed. */
    Optional<FilingAttachment> attachment(long id);

    /** The student's name and class as the register has them, for the filing. */
    String[] studentAndClass(long schoolId, long studentId);
}
