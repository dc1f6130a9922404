package tw.huixiao.platform.domain.student;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A transfer between schools as either school sees it: the handshake's minimum data (name,
 * birth date, masked national id, sex, grade) and where it stands. {@code confirmBy} is the
 * sending school's module deadline (its transfer no-show threshold), null where the module sets
 * none; {@code late} when that passed unconfirmed.
 */
public record TransferView(long id, long fromSchoolId, String fromSchoolName, String fromMoeCode, String toMoeCode,
                           Long toSchoolId, String toSchoolName, boolean toOnService, LocalDate transferredOn,
                           String reason, String studentName, LocalDate birthDate, String gender, int grade,
                           String nationalIdMasked, String status, LocalDate arrivedOn, Long arrivedStudentId,
                           String confirmedByName, Instant confirmedAt, String phoneNote, String recordedByName,
                           Instant recordedAt, LocalDate confirmBy, boolean late, Long fromStudentId, long version) {
}
