package tw.huixiao.platform.application.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a person's first screen shows beside their duties: a teacher's rolls, the counselling office's caseload. */
public interface LandingStore {

    /**
     * The teacher's classes and today's roll: a class roll, or the school's file for every class
     * (class 0). The latest batch names who saved it and when.
     */
    List<RollState> rolls(long schoolId, long teacherId, LocalDate day);

    /** Cases not closed by counselling tier (1–3). */
    List<TierCount> openByTier(long schoolId);

    /** The meetings held or planned on the days from..to, earliest first. */
    List<Meeting> meetings(long schoolId, LocalDate from, LocalDate to);
}
