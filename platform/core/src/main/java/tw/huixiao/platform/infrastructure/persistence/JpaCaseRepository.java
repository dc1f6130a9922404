package tw.huixiao.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.casework.CaseRepository;
import tw.huixiao.platform.domain.casework.CaseSearch;
import tw.huixiao.platform.domain.casework.CaseStatus;
import tw.huixiao.platform.domain.casework.StudentCase;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Override
    public Optional<StudentCase> find(long id) {
        return entityManagers.tenant().createQuery("SELECT k FROM StudentCase k WHERE k.id = :id", StudentCase.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<StudentCase> search(CaseSearch search) {
        return build(search, "SELECT k FROM StudentCase k", " ORDER BY k.openedAt DESC, k.id DESC", StudentCase.class)
                .setFirstResult(search.offset()).setMaxResults(search.limit()).getResultList();
    }

    @Override
    public long count(CaseSearch search) {
        return build(search, "SELECT COUNT(k) FROM StudentCase k", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> build(CaseSearch search, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (search.status() != null) {
            where.add("k.status = :status");
        }
        if (search.studentId() != null) {
            where.add("k.studentId = :studentId");
        }
        List<String> visibleThrough = new ArrayList<>();
        if (search.homeroomOf() != null) {
            visibleThrough.add("EXISTS (SELECT s FROM Student s JOIN s.schoolClass c "
                    + "WHERE s.id = k.studentId AND c.homeroomTeacher.id = :homeroomOf)");
        }
        if (search.mentoredBy() != null) {
            visibleThrough.add("EXISTS (SELECT m FROM MentorAssignment m "
                    + "WHERE m.student.id = k.studentId AND m.mentor.id = :mentoredBy)");
        }
        if (!visibleThrough.isEmpty()) {
            where.add("(" + String.join(" OR ", visibleThrough) + ")");
        }
        TypedQuery<T> query = entityManagers.tenant()
                .createQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order, type);
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (search.studentId() != null) {
            query.setParameter("studentId", search.studentId());
        }
        if (search.homeroomOf() != null) {
            query.setParameter("homeroomOf", search.homeroomOf());
        }
        if (search.mentoredBy() != null) {
            query.setParameter("mentoredBy", search.mentoredBy());
        }
        return query;
    }

    @Override
    public Optional<StudentCase> findOpen(long studentId, String categoryId) {
        return entityManagers.tenant().createQuery("SELECT k FROM StudentCase k WHERE k.studentId = :student "
                        + "AND k.categoryId = :category AND k.status = :open", StudentCase.class)
                .setParameter("student", studentId).setParameter("category", categoryId)
                .setParameter("open", CaseStatus.OPEN)
                .getResultStream().findFirst();
    }

    @Override
    public StudentCase add(StudentCase studentCase) {
        entityManagers.tenant().persist(studentCase);
        return studentCase;
    }
}
