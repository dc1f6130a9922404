package tw.huixiao.platform.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.audit.SecurityEventRepository;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;

@ApplicationScoped
public class JdbcSecurityEventRepository implements SecurityEventRepository {

    @Inject
    Jdbc jdbc;

    @Override
    public void add(Event e) {
        Sql.update(jdbc.platform(), "INSERT INTO security_event (occurred_at, kind, user_id, username, actor_school_id, "
                + "target_school_id, record_type, record_id, action, channel, client_address, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.at(), e.kind(), e.userId(), e.username(),
                e.actorSchoolId(), e.targetSchoolId(), e.recordType(), e.recordId(), e.action(), e.channel(),
                e.clientAddress(), e.detail());
    }

    @Override
    public Optional<Long> ownerOf(RecordType type, long id) {
        return Sql.one(jdbc.platform(), "SELECT owner_school_id FROM record_owner WHERE record_type = ? "
                + "AND record_id = ?", rs -> rs.getLong(1), type.name(), id);
    }

    @Override
    public List<Event> find(Collection<Long> schools, String kind, Instant since, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM security_event WHERE occurred_at >= ?");
        List<Object> parameters = new ArrayList<>(List.of(since));
        if (schools != null) {
            sql.append(" AND (actor_school_id = ANY (?) OR target_school_id = ANY (?))");
            Long[] ids = schools.toArray(Long[]::new);
            parameters.add(ids);
            parameters.add(ids);
        }
        if (kind != null) {
            sql.append(" AND kind = ?");
            parameters.add(kind);
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC OFFSET ? LIMIT ?");
        parameters.add(offset);
        parameters.add(limit);
        return Sql.list(jdbc.platform(), sql.toString(), rs -> new Event(rs.getLong("id"), Sql.instant(rs, "occurred_at"),
                rs.getString("kind"), Sql.longOrNull(rs, "user_id"), rs.getString("username"),
                Sql.longOrNull(rs, "actor_school_id"), Sql.longOrNull(rs, "target_school_id"), rs.getString("record_type"),
                Sql.longOrNull(rs, "record_id"), rs.getString("action"), rs.getString("channel"),
                rs.getString("client_address"), rs.getString("detail")), parameters.toArray());
    }
}
