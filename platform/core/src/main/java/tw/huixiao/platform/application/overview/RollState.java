package tw.huixiao.platform.application.overview;

import java.time.Instant;

/** A class's roll for a day: taken or not; when taken, by whom and when (the batch that recorded it). */
public record RollState(long classId, String className, boolean taken, Instant savedAt, String savedBy,
                        boolean byFile) {
}
