package tw.huixiao.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;

@ApplicationScoped
public class JpaSchoolRepository implements SchoolRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Override
    public Optional<School> find(long id) {
        return Optional.ofNullable(entityManagers.platform().find(School.class, id));
    }

    @Override
    public Optional<School> findByMoeCode(String moeCode) {
        return entityManagers.platform()
                .createQuery("SELECT s FROM School s WHERE s.moeCode = :code", School.class)
                .setParameter("code", moeCode)
                .getResultStream().findFirst();
    }

    @Override
    public List<School> findAll() {
        return entityManagers.platform().createQuery("SELECT s FROM School s ORDER BY s.county, s.name", School.class)
                .getResultList();
    }

    @Override
    public School add(School school) {
        entityManagers.platform().persist(school);
        return school;
    }
}
