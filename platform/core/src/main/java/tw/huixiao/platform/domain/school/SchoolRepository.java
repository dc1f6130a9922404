package tw.huixiao.platform.domain.school;

import java.util.List;
import java.util.Optional;

public interface SchoolRepository {

    Optional<School> find(long id);

    Optional<School> findByMoeCode(String moeCode);

    List<School> findAll();

    School add(School school);
}
