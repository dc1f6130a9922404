package tw.huixiao.platform.application;

import java.time.LocalDate;
import java.util.List;
import tw.huixiao.platform.domain.student.EnrolmentStatus;
import tw.huixiao.platform.domain.student.Gender;
import tw.huixiao.platform.domain.student.HouseholdIncome;
import tw.huixiao.platform.domain.student.StudentDetails.GuardianDetails;

/**
 * A student as one caller may see them ({@link StudentAccess}): the national ID is masked unless
 * the caller's role needs the full number (registrar, academic affairs, principal); without
 * {@code backgroundShown} the family-background fields are null, without
 * {@code guardianContactsShown} the guardians' phone and address are.
 */
public record StudentView(long id, String nationalId, boolean nationalIdMasked, String name, Gender gender,
                          LocalDate birthDate, int grade, Long classId, String className, Integer seatNumber,
                          Boolean indigenous, String tribe, Boolean singleParent, Boolean grandparentCare,
                          Boolean newImmigrant, HouseholdIncome householdIncome, EnrolmentStatus enrolmentStatus,
                          List<GuardianDetails> guardians, boolean backgroundShown, boolean guardianContactsShown,
                          long version) {
}
