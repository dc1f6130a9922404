package tw.huixiao.platform.domain.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import tw.huixiao.platform.domain.tenancy.TenantOwned;
import tw.huixiao.policy.spi.ModuleVersion;

/**
 * A case (個案) about one student under one category of the county module, pinned to the
 * module version it was opened under. Cases are records of what the school did: they close,
 * they are never deleted.
 */
@Entity
@Table(name = "student_case")
public class StudentCase extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(name = "category_id", nullable = false)
    private String categoryId;

    @Column(name = "policy_id", nullable = false, updatable = false)
    private String policyId;

    @Column(name = "policy_version", nullable = false, updatable = false)
    private String policyVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    /** Empty when the escalation engine opened the case from attendance. */
    @Column(name = "opened_by")
    private Long openedBy;

    @Column(name = "opened_by_engine", nullable = false)
    private boolean openedByEngine;

    @Column(name = "cause_known")
    private Boolean causeKnown;

    @Column(nullable = false)
    private boolean emergency;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Column(name = "opening_note")
    private String openingNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "closing_note")
    private String closingNote;

    @Version
    private long version;

    protected StudentCase() {
    }

    public StudentCase(long studentId, String categoryId, PolicyPin pin, LocalDate openedOn, Instant openedAt,
                       long openedBy, String openingNote) {
        this.studentId = studentId;
        this.categoryId = categoryId;
        this.policyId = pin.policyId();
        this.policyVersion = pin.version().toString();
        this.status = CaseStatus.OPEN;
        this.openedOn = openedOn;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.openingNote = openingNote;
    }

    public void close(Instant at, long by, String note) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalStateException("case " + id + " is already closed");
        }
        this.status = CaseStatus.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
        this.closingNote = note;
    }

    public Long getId() {
        return id;
    }

    public long getStudentId() {
        return studentId;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public PolicyPin getPolicyPin() {
        return new PolicyPin(policyId, ModuleVersion.parse(policyVersion));
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Optional<Long> getOpenedBy() {
        return Optional.ofNullable(openedBy);
    }

    public boolean isOpenedByEngine() {
        return openedByEngine;
    }

    /** Whether the cause of the absence is known; empty while nobody knows yet. */
    public Optional<Boolean> getCauseKnown() {
        return Optional.ofNullable(causeKnown);
    }

    public boolean isEmergency() {
        return emergency;
    }

    public Optional<LocalDate> getReturnedOn() {
        return Optional.ofNullable(returnedOn);
    }

    /** The facts the county ladder branches on (cause known, emergency). */
    public void recordFacts(Boolean causeKnown, boolean emergency) {
        this.causeKnown = causeKnown;
        this.emergency = emergency;
    }

    public void recordReturn(LocalDate on) {
        this.returnedOn = on;
    }

    public Optional<String> getOpeningNote() {
        return Optional.ofNullable(openingNote);
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Long> getClosedBy() {
        return Optional.ofNullable(closedBy);
    }

    public Optional<String> getClosingNote() {
        return Optional.ofNullable(closingNote);
    }

    public long getVersion() {
        return version;
    }
}
