package tw.huixiao.platform.application;

import java.time.LocalDate;
import java.util.List;
import tw.huixiao.platform.domain.student.EnrolmentStatus;
import tw.huixiao.platform.domain.student.Gender;
import tw.huixiao.platform.domain.student.HouseholdIncome;
import tw.huixiao.platform.domain.student.StudentDetails.GuardianDetails;

/**
 * A student as one caller may see them: the national ID is masked unless the caller's role
 * needs the full number (registrar, academic affairs, principal).
 */
public record StudentView(long id, String nationalId, boolean nationalIdMasked, String name, Gender gender,
                          LocalDate birthDate, int grade, Long classId, String className, Integer seatNumber,
                          boolean indigenous, String tribe, boolean singleParent, boolean grandparentCare,
                          boolean newImmigrant, HouseholdIncome householdIncome, EnrolmentStatus enrolmentStatus,
                          List<GuardianDetails> guardians, long version) {
}
