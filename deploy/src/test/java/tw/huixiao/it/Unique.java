package tw.huixiao.it;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique test data by construction, not by chance (issue 25 §6): every value comes from one
 * counter, so no two calls in a test run collide ("a school with this code exists"). The run's
 * starting point comes from the clock, so a rerun against a database that was not recreated most
 * likely starts elsewhere; school codes stay in a range no fixed test code or demo school uses.
 */
final class Unique {

    /** School codes drawn here: 200000–899999; fixed codes in tests and demo data lie outside. */
    private static final int MOE_FIRST = 200_000;
    private static final int MOE_RANGE = 700_000;
    private static final int SEVEN_DIGITS = 10_000_000;

    private static final long START = System.currentTimeMillis() / 1000;
    private static final AtomicLong NEXT = new AtomicLong();

    private Unique() {
    }

    private static long next() {
        return START + NEXT.getAndIncrement();
    }

    /** A 6-digit MOE school code no other call of this run returns. */
    static String moeCode() {
        return String.valueOf(MOE_FIRST + Math.floorMod(next(), MOE_RANGE));
    }

    /** Seven digits for a national id's stem (letter, gender digit, seven digits, check digit). */
    static String sevenDigits() {
        return String.format("%07d", Math.floorMod(next(), SEVEN_DIGITS));
    }

    /** A suffix for user names and display names. */
    static String suffix() {
        return String.valueOf(Math.floorMod(next(), SEVEN_DIGITS));
    }
}
