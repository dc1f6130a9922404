package tw.huixiao.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.domain.student.StudentRepository;

/**
 * Who may see which student, for every feature about students: whole school — 校長, 學務處,
 * 教務處, 註冊組, 輔導室; 導師 — their own classes; 認輔老師 — their assigned students. Anything a
 * caller may not see is "not found", exactly like a missing id.
 */
@ApplicationScoped
public class StudentAccess {

    static final Role[] WHOLE_SCHOOL = {Role.PRINCIPAL, Role.STUDENT_AFFAIRS, Role.ACADEMIC_AFFAIRS,
            Role.REGISTRAR, Role.COUNSELING};

    @Inject
    StudentRepository students;

    public boolean seesWholeSchool(Caller caller) {
        return caller.hasAny(WHOLE_SCHOOL);
    }

    /** The student, if the caller may see them; call inside a transaction bound to the caller's school. */
    public Student visible(long id, Caller caller) {
        Student student = students.find(id).orElseThrow(() -> new RecordNotFoundException("student", id));
        if (seesWholeSchool(caller)) {
            return student;
        }
        boolean ownClass = caller.has(Role.HOMEROOM_TEACHER) && student.getSchoolClass() != null
                && student.getSchoolClass().getHomeroomTeacher() != null
                && student.getSchoolClass().getHomeroomTeacher().getId() == caller.userId();
        boolean mentored = caller.has(Role.MENTOR_TEACHER) && students.isMentoredBy(id, caller.userId());
        if (ownClass || mentored) {
            return student;
        }
        throw new RecordNotFoundException("student", id);
    }

    /** Homeroom teachers and mentors see their own students; other roles see none. */
    public void requireSomeStudentAccess(Caller caller) {
        if (!seesWholeSchool(caller) && !caller.hasAny(Role.HOMEROOM_TEACHER, Role.MENTOR_TEACHER)) {
            throw new AccessDeniedException("您的角色無法查看學生資料 (your roles do not include student records)");
        }
    }
}
