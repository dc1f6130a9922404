package tw.huixiao.platform.domain.student;

import java.util.List;
import java.util.Optional;

/** The current school's students. Implementations see only the bound tenant's rows. */
public interface StudentRepository {

    Optional<Student> find(long id);

    List<Student> search(StudentSearch search);

    long count(StudentSearch search);

    boolean isMentoredBy(long studentId, long mentorUserId);

    Student add(Student student);

    void remove(Student student);

    Optional<SchoolClass> findClass(long classId);

    List<SchoolClass> classes();

    SchoolClass addClass(SchoolClass schoolClass);

    MentorAssignment addMentorAssignment(MentorAssignment assignment);
}
