package tw.huixiao.platform.application;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import tw.huixiao.platform.domain.student.StudentDetails.GuardianDetails;

/**
 * What a client sends to create or update a student; every field is checked by
 * {@link StudentService}, which reports all problems at once. Enum values arrive as text so
 * that a wrong value gets a field-specific message rather than a parser error.
 *
 * @param version the version the client read; required on update (optimistic locking)
 */
public record StudentInput(String nationalId, String name, String gender, LocalDate birthDate, Integer grade,
                           Long classId, Integer seatNumber, Boolean indigenous, String tribe, Boolean singleParent,
                           Boolean grandparentCare, Boolean newImmigrant, String householdIncome,
                           String enrolmentStatus, List<@Valid GuardianDetails> guardians, Long version) {
}
