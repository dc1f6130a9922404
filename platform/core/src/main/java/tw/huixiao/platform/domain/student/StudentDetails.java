package tw.huixiao.platform.domain.student;

import java.time.LocalDate;
import java.util.List;

/** The editable register data of a student, validated before it reaches the entity. */
public record StudentDetails(String name, Gender gender, LocalDate birthDate, int grade, Long classId,
                             Integer seatNumber, boolean indigenous, String tribe, boolean singleParent,
                             boolean grandparentCare, boolean newImmigrant, HouseholdIncome householdIncome,
                             EnrolmentStatus enrolmentStatus, List<GuardianDetails> guardians) {

    public StudentDetails {
        guardians = guardians == null ? List.of() : List.copyOf(guardians);
    }

    public record GuardianDetails(String name, String relation, String phone, String address) {
    }
}
