package tw.huixiao.platform.application.work;

import java.time.LocalDate;

/**
 * Work of one business date held under a lease ({@link WorkLeases}) that any server can take over
 * when its holder stopped renewing the lease ({@link WorkTakeover}).
 */
public interface LeasedWork {

    /** The lease kind: the first part of the lease's name. */
    String kind();

    /** Takes the date's work over if its lease is (still) expired and unfinished, and finishes it. */
    void takeOver(LocalDate businessDate);
}
