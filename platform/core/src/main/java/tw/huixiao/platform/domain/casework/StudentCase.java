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
import tw.huixiao.policy.spi.casework.CaseState;

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

    /** Where the case stands (issue 6); {@code status} stays OPEN/CLOSED for the escalation engine. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseState state;

    @Column(name = "state_since")
    private Instant stateSince;

    /** 三級輔導 (TW-TIERS): 1, 2 or 3. */
    @Column(nullable = false)
    private int tier;

    @Column(name = "homeroom_teacher_id")
    private Long homeroomTeacherId;

    @Column(name = "mentor_teacher_id")
    private Long mentorTeacherId;

    @Column(name = "counsellor_id")
    private Long counsellorId;

    @Column(name = "case_manager_id")
    private Long caseManagerId;

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
        this.state = CaseState.OPEN;
        this.tier = 1;
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
        this.state = CaseState.CLOSED;
        this.stateSince = at;
        this.closedAt = at;
        this.closedBy = by;
        this.closingNote = note;
    }

    /**
     * Moves the case to another open state, or reopens a closed one (a relapse): it is listed
     * again; the closure stays in the case's history (case_change), not on the case.
     */
    public void moveTo(CaseState to, Instant at) {
        if (to == CaseState.CLOSED) {
            throw new IllegalArgumentException("close a case with close()");
        }
        if (status == CaseStatus.CLOSED) {
            this.status = CaseStatus.OPEN;
            this.closedAt = null;
            this.closedBy = null;
            this.closingNote = null;
        }
        this.state = to;
        this.stateSince = at;
    }

    public CaseState getState() {
        return state;
    }

    /** When the case entered its state (the opening, until it first changes). */
    public Instant getStateSince() {
        return stateSince == null ? openedAt : stateSince;
    }

    public int getTier() {
        return tier;
    }

    public void setTier(int tier) {
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("tiers are 1, 2 and 3");
        }
        this.tier = tier;
    }

    public Optional<Long> getHomeroomTeacherId() {
        return Optional.ofNullable(homeroomTeacherId);
    }

    public Optional<Long> getMentorTeacherId() {
        return Optional.ofNullable(mentorTeacherId);
    }

    public Optional<Long> getCounsellorId() {
        return Optional.ofNullable(counsellorId);
    }

    public Optional<Long> getCaseManagerId() {
        return Optional.ofNullable(caseManagerId);
    }

    public void assign(Long homeroomTeacher, Long mentorTeacher, Long counsellor, Long caseManager) {
        this.homeroomTeacherId = homeroomTeacher;
        this.mentorTeacherId = mentorTeacher;
        this.counsellorId = counsellor;
        this.caseManagerId = caseManager;
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
