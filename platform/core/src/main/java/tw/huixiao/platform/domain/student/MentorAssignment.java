package tw.huixiao.platform.domain.student;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.tenancy.TenantOwned;

/** A 認輔老師 assigned to a student; mentors see only their assigned students. */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentor_user_id", nullable = false)
    private UserAccount mentor;

    protected MentorAssignment() {
    }

    public MentorAssignment(Student student, UserAccount mentor) {
        this.student = student;
        this.mentor = mentor;
    }

    public Long getId() {
        return id;
    }
}
