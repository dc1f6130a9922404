package tw.huixiao.platform.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.InvalidInputException.FieldError;

/** The one optimistic-lock idiom (platform/README.md): a missing version is a 400, a stale one a conflict naming the record. */
class OptimisticLockTest {

    @Test
    void aMissingVersionIsAFieldErrorOnVersion() {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> OptimisticLock.required(null));
        assertEquals("version", missing.errors().get(0).field());
        assertEquals(7L, OptimisticLock.required(7L));

        List<FieldError> errors = new ArrayList<>();
        OptimisticLock.required(null, errors);
        OptimisticLock.required(3L, errors);
        assertEquals(List.of("version"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void aStaleVersionIsRefusedNamingTheRecordAndBothVersions() {
        assertDoesNotThrow(() -> OptimisticLock.check(EditedRecord.CASE, 12, 3, 3));
        EditConflictException stale = assertThrows(EditConflictException.class,
                () -> OptimisticLock.check(EditedRecord.CASE, 12, 3, 5));
        assertEquals(EditedRecord.CASE, stale.record());
        assertEquals(12, stale.id());
        assertTrue(stale.getMessage().startsWith("個案 #12 已被他人修改（您讀取的是第 3 版，目前為第 5 版）"), stale.getMessage());
        assertTrue(stale.getMessage().contains("(case 12 was changed by someone else: you read version 3, it is at version 5"),
                stale.getMessage());
    }

    @Test
    void aConditionalWriteThatMatchedNoRowIsAConflict() {
        assertDoesNotThrow(() -> OptimisticLock.written(true, EditedRecord.FORM_RECORD, 4));
        EditConflictException lost = assertThrows(EditConflictException.class,
                () -> OptimisticLock.written(false, EditedRecord.FORM_RECORD, 4));
        assertTrue(lost.getMessage().startsWith("表單紀錄 #4 已被他人修改"), lost.getMessage());
        assertTrue(lost.getMessage().endsWith("(form record 4 was changed by someone else; reload it and apply your change "
                + "again)"), lost.getMessage());
    }
}
