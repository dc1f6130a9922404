package tw.huixiao.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** When a duty is due, from its step's deadline and trigger. */
public sealed interface Due {

    /** By the end of this day (same day, N school or working days, a calendar period). */
    record ByDate(LocalDate date) implements Due {
    }

    /** By this moment (an elapsed duration such as 24 hours). */
    record ByTime(ZonedDateTime time) implements Due {
    }

    /** Not before {@code earliest} and not after {@code latest} (e.g. evaluate after 3–6 months). */
    record Between(LocalDate earliest, LocalDate latest) implements Due {
    }

    /** A continuing duty with no end date while its condition holds. */
    record Ongoing() implements Due {
    }
}
