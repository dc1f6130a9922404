package tw.huixiao.platform.domain.casework;

import java.util.List;
import java.util.Optional;

/** Cases of the school bound to the current transaction. */
public interface CaseRepository {

    Optional<StudentCase> find(long id);

    /** Newest first. */
    List<StudentCase> search(CaseSearch search);

    long count(CaseSearch search);

    Optional<StudentCase> findOpen(long studentId, String categoryId);

    StudentCase add(StudentCase studentCase);
}
