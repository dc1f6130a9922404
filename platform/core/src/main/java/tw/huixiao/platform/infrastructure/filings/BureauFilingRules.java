package tw.huixiao.platform.infrastructure.filings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;
import tw.huixiao.platform.application.policy.LoadedModule;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.casework.BureauFiling;

/**
 * Copies each loaded module version's bureau filings (SPI 1.5) into {@code bureau_filing_rule},
 * so the database expects a filing the moment a duty that files with the bureau arises (V37's
 * trigger on case_task). Written by the owner role at start-up; the application role only reads.
 */
public final class BureauFilingRules {

    private static final Logger LOG = Logger.getLogger(BureauFilingRules.class.getName());

    private BureauFilingRules() {
    }

    public static void sync(DataSource owner, List<LoadedModule> modules) {
        try (Connection c = owner.getConnection()) {
            c.setSchema(SchemaMigrator.SCHEMA);
            c.setAutoCommit(false);
            List<Object[]> rules = new ArrayList<>();
            for (LoadedModule module : modules) {
                if (module.status() != LoadedModule.Status.ACTIVE) {
                    continue;
                }
                CountyPolicy policy = module.policy();
                for (BureauFiling filing : policy.bureauFilings()) {
                    rules.add(new Object[] {policy.identity().id(), policy.identity().version().toString(),
                            filing.ruleId().value(), filing.produces(), filing.title().zhTw(), filing.title().en()});
                }
            }
            Sql.batch(c, "INSERT INTO bureau_filing_rule (policy_id, policy_version, rule_id, produces, title_zh, "
                    + "title_en) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (policy_id, policy_version, rule_id, produces) "
                    + "DO UPDATE SET title_zh = EXCLUDED.title_zh, title_en = EXCLUDED.title_en", rules);
            c.commit();
            int count = rules.size();
            LOG.info(() -> count + " bureau filing rules from the loaded county modules");
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }
}
