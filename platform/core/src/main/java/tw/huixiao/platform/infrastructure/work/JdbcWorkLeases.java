package tw.huixiao.platform.infrastructure.work;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.work.LeaseLostException;
import tw.huixiao.platform.application.work.WorkLeases;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/**
 * Work leases on PostgreSQL ({@code work_lease}, V68), on the owner data source (not enlisted in
 * transactions: each lease operation is a short transaction of its own). Every comparison with
 * the time is the database's ({@code now()} in a lease's own statements, {@code clock_timestamp()}
 * in the fence, which runs in a longer transaction); no server's clock takes part. The holder
 * renews its lease every quarter of its length ({@code huixiao.leases.seconds}, 60 s) until it
 * finishes or closes it.
 */
@ApplicationScoped
public class JdbcWorkLeases implements WorkLeases {

    private static final Logger LOG = Logger.getLogger(JdbcWorkLeases.class.getName());

    @Resource(lookup = "jdbc/huixiaoOwner")
    DataSource owner;

    @Resource
    ManagedScheduledExecutorService managedScheduler;

    @Inject
    Jdbc jdbc;

    /** How long a lease lasts without renewal: how soon another server takes over a dead server's work. */
    @Inject
    @ConfigProperty(name = "huixiao.leases.seconds", defaultValue = "60")
    int seconds;

    private ScheduledExecutorService scheduler;
    private String holder;

    public JdbcWorkLeases() {
    }

    /** Outside a container (tests): the owner's data source, a scheduler for renewals, the lease length, this holder. */
    public JdbcWorkLeases(DataSource owner, ScheduledExecutorService scheduler, int seconds, String holder) {
        this.owner = owner;
        this.scheduler = scheduler;
        this.seconds = seconds;
        this.holder = holder;
    }

    @PostConstruct
    void init() {
        scheduler = managedScheduler;
        holder = serverName();
    }

    @Override
    public String holder() {
        return holder;
    }

    @Override
    public Optional<Lease> acquire(String kind, LocalDate businessDate, boolean again) {
        String name = kind + "/" + businessDate;
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                Sql.update(c, "INSERT INTO work_lease (name, kind, business_date, holder, token, started_at, acquired_at, "
                        + "renewed_at, expires_at) VALUES (?, ?, ?, ?, 0, now(), now(), now(), '-infinity') "
                        + "ON CONFLICT (name) DO NOTHING", name, kind, businessDate, holder);
                record Current(long token, boolean finished, boolean held) {
                }
                Current now = Sql.one(c, "SELECT token, finished_at IS NOT NULL, expires_at > now() FROM work_lease "
                                + "WHERE name = ? FOR UPDATE",
                        rows -> new Current(rows.getLong(1), rows.getBoolean(2), rows.getBoolean(3)), name)
                        .orElseThrow();
                Start start;
                if (now.token() == 0) {
                    start = Start.NEW;
                } else if (now.held() && !now.finished()) {
                    c.rollback();
                    return Optional.empty();
                } else if (now.finished()) {
                    if (!again) {
                        c.rollback();
                        return Optional.empty();
                    }
                    start = Start.AGAIN;
                } else {
                    start = Start.TAKEOVER;
                }
                boolean takeover = start == Start.TAKEOVER;
                long token = Sql.one(c, "UPDATE work_lease SET holder = ?, token = token + 1, acquired_at = now(), "
                                + "renewed_at = now(), expires_at = now() + make_interval(secs => ?), finished_at = NULL, "
                                + "started_at = CASE WHEN ? THEN started_at ELSE now() END, "
                                + "takeovers = takeovers + CASE WHEN ? THEN 1 ELSE 0 END WHERE name = ? RETURNING token",
                        rows -> rows.getLong(1), holder, seconds, takeover, takeover, name).orElseThrow();
                c.commit();
                HeldLease lease = new HeldLease(name, kind, businessDate, token, start);
                lease.renewEvery(Math.max(250L, seconds * 1000L / 4));
                if (takeover) {
                    LOG.warning(() -> "took over " + name + " (token " + token + ") whose holder stopped renewing it");
                }
                return Optional.of(lease);
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void fence(Lease lease) {
        fence(jdbc.platform(), lease.name(), lease.token());
    }

    /** The fence on a given connection, in its transaction (see {@link WorkLeases#fence}). */
    public static void fence(Connection c, String name, long token) {
        if (Sql.one(c, "SELECT 1 FROM work_lease WHERE name = ? AND token = ? AND finished_at IS NULL "
                + "AND expires_at > clock_timestamp() FOR SHARE", rows -> true, name, token).isEmpty()) {
            throw new LeaseLostException(name);
        }
    }

    /**
     * Marks a lease finished on a connection, in its transaction (a ledger recording the work's
     * end with it): false when the lease was lost, and then nothing of that transaction may commit.
     */
    public static boolean finish(Connection c, String name, long token) {
        return Sql.update(c, "UPDATE work_lease SET finished_at = now(), expires_at = now(), renewed_at = now() "
                + "WHERE name = ? AND token = ? AND finished_at IS NULL AND expires_at > clock_timestamp()",
                name, token) == 1;
    }

    @Override
    public List<Expired> expired() {
        try (Connection c = connection()) {
            return Sql.list(c, "SELECT kind, business_date, holder FROM work_lease WHERE finished_at IS NULL "
                    + "AND expires_at <= now() ORDER BY expires_at",
                    rows -> new Expired(rows.getString(1), Sql.date(rows, 2), rows.getString(3)));
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private Connection connection() throws SQLException {
        Connection c = owner.getConnection();
        c.setSchema(SchemaMigrator.SCHEMA);
        return c;
    }

    private static String serverName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }

    private final class HeldLease implements Lease {
        private final String name;
        private final String kind;
        private final LocalDate businessDate;
        private final long token;
        private final Start start;
        private volatile boolean lost;
        private volatile boolean closed;
        private ScheduledFuture<?> renewal;

        HeldLease(String name, String kind, LocalDate businessDate, long token, Start start) {
            this.name = name;
            this.kind = kind;
            this.businessDate = businessDate;
            this.token = token;
            this.start = start;
        }

        void renewEvery(long millis) {
            renewal = scheduler.scheduleAtFixedRate(this::renew, millis, millis, TimeUnit.MILLISECONDS);
        }

        /** Extends the lease by its length from the database's now, while it is still this holder's and unexpired. */
        private void renew() {
            if (closed || lost) {
                return;
            }
            try (Connection c = connection()) {
                int renewed = Sql.update(c, "UPDATE work_lease SET renewed_at = now(), expires_at = now() + "
                        + "make_interval(secs => ?) WHERE name = ? AND token = ? AND finished_at IS NULL "
                        + "AND expires_at > now()", seconds, name, token);
                if (renewed == 0 && !closed) {
                    lost = true;
                    renewal.cancel(false);
                    LOG.warning(() -> "lost the lease " + name + " (token " + token + "): expired or taken over");
                }
            } catch (SQLException | RuntimeException e) {
                // The database is unreachable: the lease expires unless a later renewal gets through.
                LOG.log(Level.WARNING, e, () -> "could not renew the lease " + name);
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public LocalDate businessDate() {
            return businessDate;
        }

        @Override
        public long token() {
            return token;
        }

        @Override
        public String holder() {
            return holder;
        }

        @Override
        public Start start() {
            return start;
        }

        @Override
        public boolean lost() {
            return lost;
        }

        @Override
        public boolean finish() {
            try (Connection c = connection()) {
                boolean finished = JdbcWorkLeases.finish(c, name, token);
                lost = lost || !finished;
                return finished;
            } catch (SQLException e) {
                throw Jdbc.failure(e);
            }
        }

        @Override
        public void close() {
            closed = true;
            if (renewal != null) {
                renewal.cancel(false);
            }
            try (Connection c = connection()) {
                // Not finished (the work failed): handed back at once, for any server to take over.
                Sql.update(c, "UPDATE work_lease SET expires_at = now() WHERE name = ? AND token = ? "
                        + "AND finished_at IS NULL AND expires_at > now()", name, token);
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "could not hand back the lease " + name + "; it expires by itself");
            }
        }
    }
}
