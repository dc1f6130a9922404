package tw.huixiao.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.infrastructure.persistence.TenantBoundEntityManager;

/**
 * In-server behaviour of EclipseLink's tenant layer, inside Open Liberty with the real
 * persistence unit and data source: nothing without a bound school, only the bound school's
 * rows (queries and {@code em.find} alike, also after the other school's rows were read),
 * one school per transaction.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyInServerIT {

    @Deployment
    static WebArchive application() {
        // The packaged application itself, plus this test class, deployed under /tenancy-it.
        return ShrinkWrap.create(WebArchive.class, "tenancy-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/huixiao.war")))
                .addClass(TenancyInServerIT.class);
    }

    @Inject
    TenantBoundEntityManager tenancy;

    @Inject
    SchoolRepository schools;

    @Inject
    UserTransaction transaction;

    @Test
    void tenantDataNeedsABoundSchool() throws Exception {
        inTransaction(() -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, tenancy::tenant);
            assertTrue(e.getMessage().contains("no school bound"));
            return null;
        });
    }

    @Test
    void aBoundSchoolSeesOnlyItsOwnStudentsEvenByPrimaryKey() throws Exception {
        long taoyuan = school("990101");
        long yunlin = school("990301");
        List<Long> yunlinIds = inTransaction(() -> {
            tenancy.bind(yunlin);
            return tenancy.tenant().createQuery("SELECT s.id FROM Student s", Long.class).getResultList();
        });
        // The demo register holds 300; tests that ran before may have enrolled more.
        assertTrue(yunlinIds.size() >= 300, "the Yunlin register: " + yunlinIds.size());
        inTransaction(() -> {
            tenancy.bind(taoyuan);
            EntityManager em = tenancy.tenant();
            assertNull(em.find(Student.class, yunlinIds.get(0)), "em.find must not cross schools");
            assertEquals(0L, em.createQuery("SELECT COUNT(s) FROM Student s WHERE s.id IN :ids", Long.class)
                    .setParameter("ids", yunlinIds).getSingleResult());
            long seen = em.createQuery("SELECT COUNT(s) FROM Student s", Long.class).getSingleResult();
            assertTrue(seen >= 300, "the Taoyuan register: " + seen);
            return null;
        });
    }

    @Test
    void oneTransactionServesOneSchool() throws Exception {
        long taoyuan = school("990101");
        long tainan = school("990401");
        inTransaction(() -> {
            tenancy.bind(taoyuan);
            tenancy.bind(taoyuan);
            assertThrows(IllegalStateException.class, () -> tenancy.bind(tainan));
            return null;
        });
    }

    @Test
    void bindingOutsideATransactionIsRefused() {
        assertThrows(IllegalStateException.class, () -> tenancy.bind(school("990101")));
    }

    private long school(String moeCode) {
        return schools.findByMoeCode(moeCode).map(School::getId).orElseThrow();
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.rollback();
        }
    }
}
