package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.casework.EventTasks;
import tw.huixiao.platform.application.casework.EventTask;

/** The tasks one occurrence of a case event laid out (their keys share a prefix), for the bound school. */
@ApplicationScoped
public class JdbcEventTasks implements EventTasks {

    @Inject
    Jdbc jdbc;

    @Override
    public List<EventTask> withKeyPrefix(long schoolId, String keyPrefix) {
        return Sql.list(jdbc.tenant(), "SELECT id, rule_id, responsible_role, duty_zh, duty_en, produces, due_kind, "
                        + "earliest_on, due_on, due_at, status FROM case_task WHERE tenant_id = ? AND left(task_key, ?) = ? "
                        + "ORDER BY arose_at, step_index, occurrence",
                rows -> new EventTask(rows.getLong("id"), rows.getString("rule_id"), rows.getString("responsible_role"),
                        rows.getString("duty_zh"), rows.getString("duty_en"), rows.getString("produces"),
                        rows.getString("due_kind"), Sql.date(rows, "earliest_on"), Sql.date(rows, "due_on"),
                        Sql.instant(rows, "due_at"), rows.getString("status")), schoolId, keyPrefix.length(), keyPrefix);
    }
}
