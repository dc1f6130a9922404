package tw.huixiao.platform.application.audit;

/**
 * The records each account read in its current hour-long window, shared by every server
 * (issue 22 §2): implemented in infrastructure on one row per account ({@code reading_window},
 * V68), its window judged by the database's clock.
 */
public interface ReadingCounter {

    /**
     * Adds {@code records} to the account's window (a new window when the last is over an hour
     * old), in the caller's transaction; the window's count after adding them.
     */
    int add(long userId, int records);
}
