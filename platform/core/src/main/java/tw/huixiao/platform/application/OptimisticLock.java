package tw.huixiao.platform.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import tw.huixiao.platform.application.InvalidInputException.FieldError;

/**
 * The platform's one optimistic-lock idiom (platform/README.md): a record people edit carries a
 * {@code version}; the client sends back the version it read ({@link #required}); the service
 * refuses a stale one before changing anything ({@link #check}); the write itself is conditional
 * on it — a {@code Sql} store's {@code UPDATE … SET …, version = version + 1 WHERE … AND version = ?}
 * returns whether a row matched ({@link #written}), a JPA aggregate's {@code @Version} is checked
 * by the flush ({@link #flush}). Every refusal is an {@link EditConflictException} naming the record.
 */
public final class OptimisticLock {

    static final String MISSING = "請附上讀取時的版本號 (send the version you read)";

    private OptimisticLock() {
    }

    /** The version the client read; a 400 on {@code version} when it sent none. */
    public static long required(Long read) {
        if (read == null) {
            throw InvalidInputException.of("version", MISSING);
        }
        return read;
    }

    /** Adds the field error for a missing version to the others found, for one 400 listing them all. */
    public static void required(Long read, List<FieldError> errors) {
        if (read == null) {
            errors.add(new FieldError("version", MISSING));
        }
    }

    /** Refuses a change made on a version other than the one stored now. */
    public static void check(EditedRecord record, long id, long read, long stored) {
        if (read != stored) {
            throw new EditConflictException(record, id, read, stored);
        }
    }

    /** A conditional write ({@code … AND version = ?}) that matched no row changed nothing: refuse. */
    public static void written(boolean written, EditedRecord record, long id) {
        if (!written) {
            throw new EditConflictException(record, id);
        }
    }

    /** Writes a JPA aggregate's change now, so a concurrent change caught by {@code @Version} is refused here, not at commit. */
    public static void flush(EntityManager entities, EditedRecord record, long id) {
        try {
            entities.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(record, id);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new EditConflictException(record, id);
            }
            throw e;
        }
    }
}
