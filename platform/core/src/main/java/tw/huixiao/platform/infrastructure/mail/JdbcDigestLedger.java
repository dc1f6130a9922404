package tw.huixiao.platform.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import tw.huixiao.platform.application.digest.DigestLedger;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;

/** mail_digest through the transaction's connection, bound to the school (RLS). */
@ApplicationScoped
public class JdbcDigestLedger implements DigestLedger {

    @Inject
    Jdbc jdbc;

    @Override
    public boolean claim(long schoolId, long userId, LocalDate date, Instant at, String node, int duties,
                         int schoolOverdue) {
        try (PreparedStatement insert = jdbc.tenant().prepareStatement("INSERT INTO mail_digest (tenant_id, user_id, "
                + "digest_date, sent_at, node, duties, overdue_school_wide) VALUES (?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (user_id, digest_date) DO NOTHING")) {
            insert.setLong(1, schoolId);
            insert.setLong(2, userId);
            insert.setDate(3, Date.valueOf(date));
            insert.setTimestamp(4, Timestamp.from(at));
            insert.setString(5, node);
            insert.setInt(6, duties);
            insert.setInt(7, schoolOverdue);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }
}
