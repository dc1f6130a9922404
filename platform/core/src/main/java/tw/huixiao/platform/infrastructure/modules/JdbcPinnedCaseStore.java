package tw.huixiao.platform.infrastructure.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import tw.huixiao.platform.application.modules.PinnedCaseStore;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/** {@link PinnedCaseStore} on the county-bound connection: county_read (V34) limits it to the county's schools. */
@ApplicationScoped
public class JdbcPinnedCaseStore implements PinnedCaseStore {

    @Inject
    Jdbc jdbc;

    @Override
    public List<VersionCount> openByVersion(String county) {
        return Sql.list(jdbc.county(), "SELECT k.policy_id, k.policy_version, count(*), count(DISTINCT k.tenant_id) "
                        + "FROM student_case k JOIN school s ON s.id = k.tenant_id WHERE s.county = ? AND k.status = "
                        + "'OPEN' GROUP BY k.policy_id, k.policy_version ORDER BY k.policy_id, k.policy_version",
                r -> new VersionCount(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4)), county);
    }

    @Override
    public List<PinnedCase> open(String county, String moduleId, String version) {
        return Sql.list(jdbc.county(), "SELECT k.id, s.id, s.moe_code, s.name, k.category_id, k.state, k.opened_on, "
                        + "p.name FROM student_case k JOIN school s ON s.id = k.tenant_id JOIN student p ON "
                        + "p.tenant_id = k.tenant_id AND p.id = k.student_id WHERE s.county = ? AND k.status = 'OPEN' "
                        + "AND k.policy_id = ? AND k.policy_version = ? ORDER BY s.moe_code, k.opened_on, k.id",
                r -> new PinnedCase(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), Sql.date(r, "opened_on"), r.getString(8)), county, moduleId, version);
    }
}
