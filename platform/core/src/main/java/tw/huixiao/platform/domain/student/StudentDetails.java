package tw.huixiao.platform.domain.student;

import jakarta.validation.constraints.Size;
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

    /** A guardian; relation and phone are {@code varchar(32)} columns of {@code guardian}. */
    public record GuardianDetails(@Size(max = 200, message = LONGER) String name,
                                  @Size(max = 32, message = LONGER) String relation,
                                  @Size(max = 32, message = LONGER) String phone,
                                  @Size(max = 500, message = LONGER) String address) {
        static final String LONGER = "最多 {max} 字 (at most {max} characters)";
    }
}
