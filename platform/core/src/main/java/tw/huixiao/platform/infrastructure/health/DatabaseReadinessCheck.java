package tw.huixiao.platform.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import tw.huixiao.platform.infrastructure.persistence.ApplicationStartup;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/** Ready when the schema is migrated and the application role can reach it. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/huixiao")
    DataSource dataSource;

    @Inject
    ApplicationStartup startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", startup.isStarted());
        try (Connection c = dataSource.getConnection()) {
            long schools = Sql.one(c, "SELECT count(*) FROM huixiao.school", rs -> rs.getLong(1)).orElseThrow();
            return response.withData("schools", schools).status(startup.isStarted()).build();
        } catch (Exception e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
