package tw.huixiao.platform.application.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.StateConflictException;

/**
 * Leases on work that must happen once across server nodes (issue 22 §3): one lease per kind of
 * work and business date ({@code escalation-run/2026-12-07}). A lease is held by one server until
 * it expires; its expiry is judged by the database's clock, never a server's (node clocks drift),
 * and the holder renews it in the background while it works. A server that dies stops renewing;
 * once the lease has expired any server may take the unfinished work over ({@link WorkTakeover}).
 * Every acquisition raises the lease's token: work written under a lease passes {@link #fence}
 * in its own transaction, so a holder that lost its lease (taken over, or expired) commits nothing
 * more. Implemented in infrastructure on PostgreSQL ({@code work_lease}, V68).
 */
public interface WorkLeases {

    /** How a lease was acquired. */
    enum Start {
        /** The first run of the work. */
        NEW,
        /** A finished work run again (an administrator's run). */
        AGAIN,
        /** An unfinished work whose holder's lease expired: the work goes on where it stopped. */
        TAKEOVER
    }

    /** A held lease; renewed in the background until finished or closed. */
    interface Lease extends AutoCloseable {

        String name();

        String kind();

        LocalDate businessDate();

        /** The fencing token of this acquisition. */
        long token();

        /** This server. */
        String holder();

        Start start();

        /** Whether the lease was lost (a renewal found it expired or taken over): stop working. */
        boolean lost();

        /**
         * Marks the work finished, in a transaction of the lease's own; false (and nothing
         * changed) when the lease was lost.
         */
        boolean finish();

        /** Stops renewing; a lease not finished is handed back at once (expired) for another to take over. */
        @Override
        void close();
    }

    /** An unfinished lease whose holder stopped renewing it. */
    record Expired(String kind, LocalDate businessDate, String holder) {
    }

    /**
     * The lease of a kind of work and date for this server: empty when another server holds it
     * (unexpired) or, unless {@code again}, when the work was finished.
     */
    Optional<Lease> acquire(String kind, LocalDate businessDate, boolean again);

    /**
     * An operator's run of the work again: waits (polling) while another server holds the lease,
     * at most {@code maxMillis}, then acquires it {@code again}.
     */
    default Lease await(String kind, LocalDate businessDate, long maxMillis) {
        long until = System.nanoTime() + maxMillis * 1_000_000;
        while (true) {
            Optional<Lease> lease = acquire(kind, businessDate, true);
            if (lease.isPresent()) {
                return lease.get();
            }
            if (System.nanoTime() > until) {
                throw new StateConflictException("另一台伺服器仍在執行此工作 (another server is still doing this work: "
                        + kind + "/" + businessDate + ")");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StateConflictException("工作被中斷 (interrupted)");
            }
        }
    }

    /**
     * In the caller's transaction: locks the lease's row (FOR SHARE) until that transaction
     * ends and throws {@link LeaseLostException} unless the lease is still this holder's token
     * and unexpired by the database's clock. A takeover waits for the transaction; once taken
     * over, the old holder's fence fails and its transaction rolls back.
     */
    void fence(Lease lease);

    /** Unfinished leases past their expiry (database time), oldest first. */
    List<Expired> expired();

    /** This server's name in the leases: host/pid. */
    String holder();
}
