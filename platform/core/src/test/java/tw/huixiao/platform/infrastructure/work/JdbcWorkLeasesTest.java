package tw.huixiao.platform.infrastructure.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.escalation.EscalationRuns.RunReport;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.platform.application.work.LeaseLostException;
import tw.huixiao.platform.application.work.WorkLeases;
import tw.huixiao.platform.application.work.WorkLeases.Lease;
import tw.huixiao.platform.application.work.WorkLeases.Start;
import tw.huixiao.platform.infrastructure.escalation.JdbcRunLedger;
import tw.huixiao.platform.infrastructure.persistence.TestDatabase;

/**
 * Issue 22 §3 on PostgreSQL: work leases between two servers (two holders on one database).
 * A lease is held once until finished or expired; its expiry is the database's time (moved here
 * by moving the lease's expiry in the database, as the database's clock passing it would); a
 * server takes an expired, unfinished lease over with a higher token; the holder that lost it can
 * neither renew, nor pass the fence in a transaction, nor finish; a takeover waits for a school's
 * transaction that passed the fence and then sees its progress; a school is never recorded twice.
 * Renewals are run by hand (a scheduler that only records them), not by waiting.
 */
class JdbcWorkLeasesTest {

    private static final String KIND = "test-lease";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ManualScheduler scheduler = new ManualScheduler();
    private final JdbcWorkLeases a = new JdbcWorkLeases(TestDatabase.ownerDataSource(), scheduler, 60, "server-a/101");
    private final JdbcWorkLeases b = new JdbcWorkLeases(TestDatabase.ownerDataSource(), scheduler, 60, "server-b/202");
    /** A business date of its own per test, far before any real run. */
    private final LocalDate day = LocalDate.of(1990, 1, 1).plusDays(RANDOM.nextInt(3000));
    private final List<Long> schools = new ArrayList<>();

    @AfterEach
    void removeTestLeases() throws SQLException {
        scheduler.shutdownNow();
        try (Connection owner = TestDatabase.asOwner()) {
            owner.setAutoCommit(true);
            owner.createStatement().execute("DELETE FROM work_lease WHERE kind IN ('" + KIND + "', 'escalation-run') "
                    + "AND business_date < '1999-01-01'");
            owner.createStatement().execute("DELETE FROM escalation_run WHERE business_date < '1999-01-01'");
            for (long school : schools) {
                owner.createStatement().execute("DELETE FROM school WHERE id = " + school);
            }
        }
    }

    @Test
    void aLeaseIsHeldOnceUntilFinishedAndRunAgainOnlyOnRequest() {
        Lease held = a.acquire(KIND, day, false).orElseThrow();
        assertEquals(Start.NEW, held.start());
        assertEquals(1, held.token());
        assertEquals(Optional.empty(), b.acquire(KIND, day, false), "held by server a");
        assertEquals(Optional.empty(), b.acquire(KIND, day, true), "held: not even an operator's run takes it");
        assertTrue(held.finish());
        held.close();
        assertEquals(Optional.empty(), b.acquire(KIND, day, false), "finished: a scheduled run skips it");
        try (Lease again = b.acquire(KIND, day, true).orElseThrow()) {
            assertEquals(Start.AGAIN, again.start());
            assertEquals(2, again.token());
            assertEquals("server-b/202", holderOf(again));
        }
    }

    @Test
    void expiryIsJudgedByTheDatabasesClockAndAnExpiredLeaseIsTakenOver() throws SQLException {
        Lease held = a.acquire(KIND, day, false).orElseThrow();
        double left = secondsLeft(held);
        assertTrue(left > 55 && left <= 60, "expires 60 s after the database's now: " + left);
        assertTrue(b.expired().stream().noneMatch(e -> e.businessDate().equals(day) && e.kind().equals(KIND)));

        expireInDatabase(held);
        assertTrue(b.expired().contains(new WorkLeases.Expired(KIND, day, "server-a/101")), b.expired().toString());
        Lease taken = b.acquire(KIND, day, false).orElseThrow();
        assertEquals(Start.TAKEOVER, taken.start());
        assertEquals(2, taken.token());
        assertEquals(1, intOf("SELECT takeovers FROM work_lease WHERE name = '" + taken.name() + "'"));
        assertTrue(b.expired().stream().noneMatch(e -> e.businessDate().equals(day) && e.kind().equals(KIND)),
                "held again");
    }

    @Test
    void theHolderRenewsItsLeaseFromTheDatabasesNowEveryQuarterOfItsLength() throws SQLException {
        Lease held = a.acquire(KIND, day, false).orElseThrow();
        assertEquals(15_000L, scheduler.periods.get(0), "60 s lease, renewed every 15 s");
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("UPDATE work_lease SET expires_at = now() + interval '2 seconds' "
                    + "WHERE name = '" + held.name() + "'");
        }
        assertTrue(secondsLeft(held) <= 2);
        scheduler.runRenewals();
        assertTrue(secondsLeft(held) > 55, "renewed: " + secondsLeft(held));
        assertFalse(held.lost());
    }

    @Test
    void aHolderThatLostItsLeaseCannotRenewPassTheFenceOrFinish() throws SQLException {
        Lease old = a.acquire(KIND, day, false).orElseThrow();
        expireInDatabase(old);
        Lease taken = b.acquire(KIND, day, false).orElseThrow();

        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            assertThrows(LeaseLostException.class, () -> JdbcWorkLeases.fence(c, old.name(), old.token()));
            c.rollback();
            JdbcWorkLeases.fence(c, taken.name(), taken.token());
            c.rollback();
        }
        assertFalse(old.finish(), "the old holder cannot finish the work");
        scheduler.runRenewals();
        assertTrue(old.lost(), "its renewal found the lease taken over");
        assertFalse(taken.lost());
        assertTrue(taken.finish());
    }

    @Test
    void anExpiredLeaseFailsItsOwnHoldersFenceToo() throws SQLException {
        Lease held = a.acquire(KIND, day, false).orElseThrow();
        expireInDatabase(held);
        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            assertThrows(LeaseLostException.class, () -> JdbcWorkLeases.fence(c, held.name(), held.token()));
            c.rollback();
        }
        scheduler.runRenewals();
        assertTrue(held.lost(), "an expired lease is not renewed: another server may be taking it over");
    }

    /**
     * The daily run's ledger under a lease: a school's progress commits with the school's
     * transaction behind the fence; a takeover that comes while a school's transaction holds the
     * fence waits for it and then skips that school; a school is never recorded twice; the taker
     * records the date with the totals of every school, whoever did it.
     */
    @Test
    void aTakeoverWaitsForASchoolThatPassedTheFenceSkipsItAndRecordsTheWholeRun() throws Exception {
        JdbcRunLedger ledger = new JdbcRunLedger(TestDatabase.ownerDataSource());
        JdbcWorkLeases shortA = new JdbcWorkLeases(TestDatabase.ownerDataSource(), scheduler, 1, "server-a/101");
        long first = school();
        long second = school();
        long third = school();
        Lease old = shortA.acquire("escalation-run", day, false).orElseThrow();
        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            JdbcRunLedger.schoolDone(c, old, first, new SchoolEscalation.Outcome(1, 4));
            c.commit();
        }
        // The second school's transaction passes the fence just before the 1 s lease runs out…
        CompletableFuture<Optional<Lease>> takeover;
        try (Connection inFlight = TestDatabase.asApplication()) {
            inFlight.setAutoCommit(false);
            try {
                JdbcRunLedger.schoolDone(inFlight, old, second, new SchoolEscalation.Outcome(0, 2));
                awaitExpiredInDatabase(old);
                // …and server b, seeing the lease expired, takes over: it waits for that transaction.
                takeover = CompletableFuture.supplyAsync(() -> b.acquire("escalation-run", day, false));
                Thread.sleep(300);
                assertFalse(takeover.isDone(), "the takeover waits for the school's transaction that passed the fence");
                inFlight.commit();
            } finally {
                inFlight.rollback();
            }
        }
        Lease taken = takeover.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals(Start.TAKEOVER, taken.start());
        assertTrue(ledger.schoolsDone(day).containsAll(Set.of(first, second)), "the taker skips both");
        assertFalse(ledger.schoolsDone(day).contains(third));

        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            assertThrows(LeaseLostException.class,
                    () -> JdbcRunLedger.schoolDone(c, old, third, new SchoolEscalation.Outcome(5, 5)),
                    "the old holder commits no further progress");
            c.rollback();
            assertThrows(RuntimeException.class,
                    () -> JdbcRunLedger.schoolDone(c, taken, first, new SchoolEscalation.Outcome(0, 0)),
                    "a school done is never recorded again");
            c.rollback();
            JdbcRunLedger.schoolDone(c, taken, third, new SchoolEscalation.Outcome(0, 1));
            c.commit();
        }
        assertEquals(Optional.empty(), ledger.record(old, List.of(), 0), "the old holder records nothing");
        RunReport run = ledger.record(taken, List.of(), 0).orElseThrow();
        assertEquals(3, run.schools());
        assertEquals(1, run.casesOpened());
        assertEquals(7, run.tasksCreated());
        assertEquals("server-b/202", run.node());
        assertEquals(1, intOf("SELECT count(*) FROM escalation_run WHERE business_date = '" + day + "'"));
        assertEquals(2, intOf("SELECT count(*) FROM escalation_run_school WHERE business_date = '" + day
                + "' AND holder = 'server-a/101'"));
        assertEquals(1, intOf("SELECT count(*) FROM escalation_run_school WHERE business_date = '" + day
                + "' AND holder = 'server-b/202'"));
        assertEquals(Optional.empty(), b.acquire("escalation-run", day, false), "finished");
    }

    private long school() throws SQLException {
        try (Connection owner = TestDatabase.asOwner(); PreparedStatement s = owner.prepareStatement("""
                INSERT INTO school (moe_code, name, county, level, district, address)
                VALUES (?, '租約測試國民中學', 'TAOYUAN', 'JUNIOR_HIGH', '測試區', '測試路 1 號') RETURNING id""")) {
            s.setString(1, String.format("96%04d", RANDOM.nextInt(10_000)));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                schools.add(rs.getLong(1));
                return rs.getLong(1);
            }
        }
    }

    private static String holderOf(Lease lease) {
        try (Connection owner = TestDatabase.asOwner(); ResultSet rs = owner.createStatement()
                .executeQuery("SELECT holder FROM work_lease WHERE name = '" + lease.name() + "'")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double secondsLeft(Lease lease) throws SQLException {
        try (Connection owner = TestDatabase.asOwner(); ResultSet rs = owner.createStatement().executeQuery(
                "SELECT extract(epoch FROM expires_at - now()) FROM work_lease WHERE name = '" + lease.name() + "'")) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private static int intOf(String sql) throws SQLException {
        try (Connection owner = TestDatabase.asOwner(); ResultSet rs = owner.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The database's time passes the lease's expiry: as if the holder had stopped renewing (killed). */
    private static void expireInDatabase(Lease lease) throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("UPDATE work_lease SET expires_at = now() - interval '1 millisecond' "
                    + "WHERE name = '" + lease.name() + "'");
        }
    }

    /** Waits (reading, never locking) until the database's clock passes the lease's expiry. */
    private static void awaitExpiredInDatabase(Lease lease) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (intOf("SELECT count(*) FROM work_lease WHERE name = '" + lease.name() + "' AND expires_at <= now()") == 1) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the lease did not expire");
    }

    /** Records the renewals a lease schedules; {@link #runRenewals()} runs them now. */
    private static final class ManualScheduler extends ScheduledThreadPoolExecutor {
        final List<Runnable> renewals = new ArrayList<>();
        final List<Long> periods = new ArrayList<>();

        ManualScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
            renewals.add(command);
            periods.add(unit.toMillis(period));
            return super.schedule(() -> { }, 1, TimeUnit.DAYS);
        }

        void runRenewals() {
            renewals.forEach(Runnable::run);
        }
    }
}
