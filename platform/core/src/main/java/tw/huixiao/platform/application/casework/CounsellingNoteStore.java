package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Counselling notes (輔導紀錄) of the bound school's cases (V9). */
public interface CounsellingNoteStore {

    public record Note(long id, long caseId, LocalDate notedOn, String kind, String kindOther, String content, int tier,
                       long authorId, String authorName, Instant createdAt, Instant updatedAt, long updatedBy,
                       long version) {
    }

    long insert(long schoolId, long caseId, LocalDate notedOn, String kind, String kindOther, String content,
                       int tier, Instant at, long by);

    /** Replaces the note's date, kind, content and tier if it still has {@code version}. */
    boolean update(long schoolId, long id, long version, LocalDate notedOn, String kind, String kindOther,
                          String content, int tier, Instant at, long by);

    Optional<Note> find(long schoolId, long id);

    /** The case's notes, oldest first. */
    List<Note> ofCase(long schoolId, long caseId);
}
