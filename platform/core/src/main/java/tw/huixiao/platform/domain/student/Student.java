package tw.huixiao.platform.domain.student;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.platform.domain.tenancy.TenantOwned;

/**
 * A child on the school register. The national ID is stored only encrypted, with a keyed
 * blind index for exact look-up; it never appears in logs.
 */
@Entity
@Table(name = "student")
public class Student extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "national_id_cipher", nullable = false)
    private byte[] nationalIdCipher;

    @Column(name = "national_id_index", nullable = false)
    private byte[] nationalIdIndex;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Gender gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false)
    private int grade;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @Column(name = "seat_number")
    private Integer seatNumber;

    @Column(nullable = false)
    private boolean indigenous;

    private String tribe;

    @Column(name = "single_parent", nullable = false)
    private boolean singleParent;

    @Column(name = "grandparent_care", nullable = false)
    private boolean grandparentCare;

    @Column(name = "new_immigrant", nullable = false)
    private boolean newImmigrant;

    @Enumerated(EnumType.STRING)
    @Column(name = "household_income", nullable = false, length = 16)
    private HouseholdIncome householdIncome = HouseholdIncome.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_status", nullable = false, length = 24)
    private EnrolmentStatus enrolmentStatus = EnrolmentStatus.ENROLLED;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "student", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Guardian> guardians = new ArrayList<>();

    @Version
    private long version;

    protected Student() {
    }

    public Student(EncryptedNationalId nationalId, Instant now) {
        setNationalId(nationalId);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setNationalId(EncryptedNationalId nationalId) {
        this.nationalIdCipher = nationalId.cipherText();
        this.nationalIdIndex = nationalId.blindIndex();
    }

    public EncryptedNationalId getNationalId() {
        return new EncryptedNationalId(nationalIdCipher, nationalIdIndex);
    }

    /** Replaces the register data in one step, so that an update is never half-applied. */
    public void update(StudentDetails details, SchoolClass schoolClass, Instant now) {
        this.name = details.name();
        this.gender = details.gender();
        this.birthDate = details.birthDate();
        this.grade = details.grade();
        this.schoolClass = schoolClass;
        this.seatNumber = details.seatNumber();
        this.indigenous = details.indigenous();
        this.tribe = details.indigenous() ? details.tribe() : null;
        this.singleParent = details.singleParent();
        this.grandparentCare = details.grandparentCare();
        this.newImmigrant = details.newImmigrant();
        this.householdIncome = details.householdIncome();
        this.enrolmentStatus = details.enrolmentStatus();
        this.updatedAt = now;
        guardians.clear();
        for (StudentDetails.GuardianDetails g : details.guardians()) {
            guardians.add(new Guardian(this, g.name(), g.relation(), g.phone(), g.address()));
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public int getGrade() {
        return grade;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public Integer getSeatNumber() {
        return seatNumber;
    }

    public boolean isIndigenous() {
        return indigenous;
    }

    public String getTribe() {
        return tribe;
    }

    public boolean isSingleParent() {
        return singleParent;
    }

    public boolean isGrandparentCare() {
        return grandparentCare;
    }

    public boolean isNewImmigrant() {
        return newImmigrant;
    }

    public HouseholdIncome getHouseholdIncome() {
        return householdIncome;
    }

    public EnrolmentStatus getEnrolmentStatus() {
        return enrolmentStatus;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Guardian> getGuardians() {
        return List.copyOf(guardians);
    }

    public long getVersion() {
        return version;
    }
}
