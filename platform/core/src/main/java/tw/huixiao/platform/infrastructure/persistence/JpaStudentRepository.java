package tw.huixiao.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.student.BackgroundFlag;
import tw.huixiao.platform.domain.student.MentorAssignment;
import tw.huixiao.platform.domain.student.SchoolClass;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.domain.student.StudentRepository;
import tw.huixiao.platform.domain.student.StudentSearch;

@ApplicationScoped
public class JpaStudentRepository implements StudentRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Override
    public Optional<Student> find(long id) {
        // A query, not em.find: the tenant filter applies to queries on every code path.
        return entityManagers.tenant().createQuery("SELECT s FROM Student s WHERE s.id = :id", Student.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<Student> search(StudentSearch search) {
        TypedQuery<Student> query = build(search, "SELECT s FROM Student s LEFT JOIN s.schoolClass c",
                " ORDER BY c.name, s.seatNumber, s.id", Student.class);
        return query.setFirstResult(search.offset()).setMaxResults(search.limit()).getResultList();
    }

    @Override
    public long count(StudentSearch search) {
        return build(search, "SELECT COUNT(s) FROM Student s LEFT JOIN s.schoolClass c", "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> build(StudentSearch search, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (search.text() != null) {
            where.add("(LOCATE(:text, s.name) > 0 OR c.name = :text)");
        }
        if (search.nationalIndex() != null) {
            where.add("s.nationalIdIndex = :nationalIndex");
        }
        if (search.classId() != null) {
            where.add("c.id = :classId");
        }
        if (!search.background().isEmpty()) {
            where.add("(" + String.join(" OR ", search.background().stream().sorted()
                    .map(JpaStudentRepository::condition).toList()) + ")");
        }
        List<String> visibleThrough = new ArrayList<>();
        if (search.homeroomOf() != null) {
            visibleThrough.add("c.homeroomTeacher.id = :homeroomOf");
        }
        if (search.mentoredBy() != null) {
            visibleThrough.add(
                    "EXISTS (SELECT m FROM MentorAssignment m WHERE m.student = s AND m.mentor.id = :mentoredBy)");
        }
        if (!visibleThrough.isEmpty()) {
            where.add("(" + String.join(" OR ", visibleThrough) + ")");
        }
        String jpql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order;
        TypedQuery<T> query = entityManagers.tenant().createQuery(jpql, type);
        if (search.text() != null) {
            query.setParameter("text", search.text());
        }
        if (search.nationalIndex() != null) {
            query.setParameter("nationalIndex", search.nationalIndex());
        }
        if (search.classId() != null) {
            query.setParameter("classId", search.classId());
        }
        if (search.homeroomOf() != null) {
            query.setParameter("homeroomOf", search.homeroomOf());
        }
        if (search.mentoredBy() != null) {
            query.setParameter("mentoredBy", search.mentoredBy());
        }
        return query;
    }

    /** The JPQL condition of one background flag (constants only: no parameters to bind). */
    private static String condition(BackgroundFlag flag) {
        return switch (flag) {
            case INDIGENOUS -> "s.indigenous = TRUE";
            case NEW_IMMIGRANT -> "s.newImmigrant = TRUE";
            case LOW_INCOME -> "s.householdIncome = tw.huixiao.platform.domain.student.HouseholdIncome.LOW";
            case MID_LOW_INCOME -> "s.householdIncome = tw.huixiao.platform.domain.student.HouseholdIncome.MID_LOW";
            case SINGLE_PARENT -> "s.singleParent = TRUE";
            case GRANDPARENT_CARE -> "s.grandparentCare = TRUE";
        };
    }

    @Override
    public boolean isMentoredBy(long studentId, long mentorUserId) {
        return entityManagers.tenant().createQuery(
                        "SELECT COUNT(m) FROM MentorAssignment m WHERE m.student.id = :s AND m.mentor.id = :u", Long.class)
                .setParameter("s", studentId).setParameter("u", mentorUserId)
                .getSingleResult() > 0;
    }

    @Override
    public Student add(Student student) {
        entityManagers.tenant().persist(student);
        return student;
    }

    @Override
    public void remove(Student student) {
        entityManagers.tenant().remove(student);
    }

    @Override
    public Optional<SchoolClass> findClass(long classId) {
        return entityManagers.tenant().createQuery("SELECT c FROM SchoolClass c WHERE c.id = :id", SchoolClass.class)
                .setParameter("id", classId)
                .getResultStream().findFirst();
    }

    @Override
    public List<SchoolClass> classes() {
        return entityManagers.tenant()
                .createQuery("SELECT c FROM SchoolClass c ORDER BY c.schoolYear DESC, c.name", SchoolClass.class)
                .getResultList();
    }

    @Override
    public SchoolClass addClass(SchoolClass schoolClass) {
        entityManagers.tenant().persist(schoolClass);
        return schoolClass;
    }

    @Override
    public MentorAssignment addMentorAssignment(MentorAssignment assignment) {
        entityManagers.tenant().persist(assignment);
        return assignment;
    }
}
