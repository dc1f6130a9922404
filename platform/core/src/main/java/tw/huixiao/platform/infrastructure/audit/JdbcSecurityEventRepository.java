package tw.huixiao.platform.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.audit.SecurityEventRepository;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;

@ApplicationScoped
public class JdbcSecurityEventRepository implements SecurityEventRepository {

    @Inject
    Jdbc jdbc;

    @Override
    public void add(Event e) {
        try (PreparedStatement insert = jdbc.platform().prepareStatement("INSERT INTO security_event (occurred_at, kind, "
                + "user_id, username, actor_school_id, target_school_id, record_type, record_id, action, channel, "
                + "client_address, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(e.at()));
            insert.setString(2, e.kind());
            setLong(insert, 3, e.userId());
            insert.setString(4, e.username());
            setLong(insert, 5, e.actorSchoolId());
            setLong(insert, 6, e.targetSchoolId());
            insert.setString(7, e.recordType());
            setLong(insert, 8, e.recordId());
            insert.setString(9, e.action());
            insert.setString(10, e.channel());
            insert.setString(11, e.clientAddress());
            insert.setString(12, e.detail());
            insert.executeUpdate();
        } catch (SQLException ex) {
            throw Jdbc.failure(ex);
        }
    }

    @Override
    public Optional<Long> ownerOf(RecordType type, long id) {
        try (PreparedStatement select = jdbc.platform().prepareStatement(
                "SELECT owner_school_id FROM record_owner WHERE record_type = ? AND record_id = ?")) {
            select.setString(1, type.name());
            select.setLong(2, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException ex) {
            throw Jdbc.failure(ex);
        }
    }

    @Override
    public List<Event> find(Collection<Long> schools, String kind, Instant since, int offset, int limit) {
        Connection connection = jdbc.platform();
        StringBuilder sql = new StringBuilder("SELECT * FROM security_event WHERE occurred_at >= ?");
        if (schools != null) {
            sql.append(" AND (actor_school_id = ANY (?) OR target_school_id = ANY (?))");
        }
        if (kind != null) {
            sql.append(" AND kind = ?");
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC OFFSET ? LIMIT ?");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int i = 1;
            select.setTimestamp(i++, Timestamp.from(since));
            if (schools != null) {
                Array ids = connection.createArrayOf("bigint", schools.toArray());
                select.setArray(i++, ids);
                select.setArray(i++, ids);
            }
            if (kind != null) {
                select.setString(i++, kind);
            }
            select.setInt(i++, offset);
            select.setInt(i, limit);
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
                            getLong(rs, "user_id"), rs.getString("username"), getLong(rs, "actor_school_id"),
                            getLong(rs, "target_school_id"), rs.getString("record_type"), getLong(rs, "record_id"),
                            rs.getString("action"), rs.getString("channel"), rs.getString("client_address"),
                            rs.getString("detail")));
                }
            }
            return events;
        } catch (SQLException ex) {
            throw Jdbc.failure(ex);
        }
    }

    private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    private static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
