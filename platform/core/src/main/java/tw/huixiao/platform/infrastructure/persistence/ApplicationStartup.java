package tw.huixiao.platform.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;
import tw.huixiao.platform.application.policy.ModuleCalls;
import tw.huixiao.platform.infrastructure.calendar.JdbcOfficeCalendarStore;
import tw.huixiao.platform.infrastructure.demo.DemoData;
import tw.huixiao.platform.infrastructure.filings.BureauFilingRules;
import tw.huixiao.platform.infrastructure.policy.PolicyRegistry;

/**
 * On start: migrate the schema as the owner role, add the bundled office calendar years, then (demo profile only) seed the demo
 * schools. Readiness reports DOWN until both are done.
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "jdbc/huixiaoOwner")
    DataSource ownerDataSource;

    @Inject
    @ConfigProperty(name = "huixiao.db.app-user")
    String applicationRole;

    @Inject
    @ConfigProperty(name = "huixiao.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    @Inject
    DemoData demoData;

    @Inject
    PolicyRegistry policies;

    @Inject
    ModuleCalls moduleCalls;

    private volatile boolean started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long begin = System.nanoTime();
        MigrateResult result = SchemaMigrator.migrate(ownerDataSource, applicationRole);
        LOG.info(() -> "schema " + SchemaMigrator.SCHEMA + " at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied)");
        JdbcOfficeCalendarStore.seedBundled(ownerDataSource);
        BureauFilingRules.sync(ownerDataSource, policies.modules());
        if (demoEnabled) {
            moduleCalls.onTheCallersThread(demoData::seedMissing);
        }
        started = true;
        LOG.info(() -> "Huixiao started in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
    }

    public boolean isStarted() {
        return started;
    }
}
