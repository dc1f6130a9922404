package tw.huixiao.platform.domain.student;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.tenancy.TenantOwned;

/** A homeroom class (班級) of one school year, e.g. 701, with its 導師. */
@Entity
@Table(name = "school_class")
public class SchoolClass extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** 學年度 in ROC years, e.g. 115. */
    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Column(nullable = false)
    private int grade;

    @Column(nullable = false, length = 16)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "homeroom_teacher_id")
    private UserAccount homeroomTeacher;

    @Version
    private long version;

    protected SchoolClass() {
    }

    public SchoolClass(int schoolYear, int grade, String name, UserAccount homeroomTeacher) {
        this.schoolYear = schoolYear;
        this.grade = grade;
        this.name = name;
        this.homeroomTeacher = homeroomTeacher;
    }

    public Long getId() {
        return id;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public int getGrade() {
        return grade;
    }

    public String getName() {
        return name;
    }

    public UserAccount getHomeroomTeacher() {
        return homeroomTeacher;
    }

    /** A new 導師 for the class (a staff import names the homeroom teachers of the year's classes). */
    public void assignHomeroomTeacher(UserAccount teacher) {
        this.homeroomTeacher = teacher;
    }
}
