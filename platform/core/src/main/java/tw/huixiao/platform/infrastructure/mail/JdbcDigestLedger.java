package tw.huixiao.platform.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import tw.huixiao.platform.application.digest.DigestLedger;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/** mail_digest through the transaction's connection, bound to the school (RLS). */
@ApplicationScoped
public class JdbcDigestLedger implements DigestLedger {

    @Inject
    Jdbc jdbc;

    @Override
    public boolean claim(long schoolId, long userId, LocalDate date, Instant at, String node, int duties,
                         int schoolOverdue) {
        return Sql.update(jdbc.tenant(), "INSERT INTO mail_digest (tenant_id, user_id, digest_date, sent_at, node, "
                + "duties, overdue_school_wide) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, digest_date) DO NOTHING",
                schoolId, userId, date, at, node, duties, schoolOverdue) == 1;
    }
}
