package tw.huixiao.platform.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Semesters and closures; school rows are read and written in the transaction's school. */
public interface CalendarRepository {

    List<Semester> semesters(long schoolId);

    Semester saveSemester(long schoolId, Semester semester);

    boolean deleteSemester(long schoolId, long id);

    /** The school's own closures and its county's, by day. */
    List<Closure> closures(long schoolId, String county);

    Closure addSchoolClosure(long schoolId, LocalDate day, String reason, long by, Instant at);

    boolean deleteSchoolClosure(long schoolId, long id);

    Closure addCountyClosure(String county, LocalDate day, String reason, long by, Instant at);

    Optional<Closure> findCountyClosure(String county, LocalDate day);

    boolean deleteCountyClosure(String county, long id);
}
