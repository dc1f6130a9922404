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
 *
 * <p>Of a student they see, guardians' phone and address go to the offices and the 導師 (who
 * makes the day-1 contact with the family); the family background (原住民 and 族別, 新移民子女,
 * 低收入戶／中低收入戶, 單親, 隔代教養) to the offices and the 認輔老師 (who counsel the student; a
 * mentor's family contact goes through 輔導室). The homeroom teacher sees neither the background
 * nor a filter by it, the mentor no guardian contact details.
 */
@ApplicationScoped
public class StudentAccess {

    static final Role[] WHOLE_SCHOOL = {Role.PRINCIPAL, Role.STUDENT_AFFAIRS, Role.ACADEMIC_AFFAIRS,
            Role.REGISTRAR, Role.COUNSELING};

    /** Guardians' phone and address. */
    static final Role[] GUARDIAN_CONTACTS = {Role.PRINCIPAL, Role.STUDENT_AFFAIRS, Role.ACADEMIC_AFFAIRS,
            Role.REGISTRAR, Role.COUNSELING, Role.HOMEROOM_TEACHER};

    /** The family-background flags. */
    static final Role[] BACKGROUND = {Role.PRINCIPAL, Role.STUDENT_AFFAIRS, Role.ACADEMIC_AFFAIRS,
            Role.REGISTRAR, Role.COUNSELING, Role.MENTOR_TEACHER};

    @Inject
    StudentRepository students;

    public boolean seesGuardianContacts(Caller caller) {
        return caller.hasAny(GUARDIAN_CONTACTS);
    }

    public boolean seesBackground(Caller caller) {
        return caller.hasAny(BACKGROUND);
    }

    /**
     * The indigenous answer alone (not 族別, not the rest of the background): the background roles,
     * and the homeroom teacher because their own day-1 contact record asks it (it decides the
     * 原民局 branch) — so every form prefill asks this matrix, not a rule of its own.
     */
    public boolean seesIndigenousAnswer(Caller caller) {
        return seesBackground(caller) || caller.has(Role.HOMEROOM_TEACHER);
    }

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
