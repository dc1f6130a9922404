package tw.huixiao.platform.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.huixiao.platform.domain.casework.StudentCase;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.student.BackgroundFlag;
import tw.huixiao.platform.domain.student.Gender;
import tw.huixiao.platform.domain.student.Guardian;
import tw.huixiao.platform.domain.student.HouseholdIncome;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.application.casework.MeetingStore;
import tw.huixiao.platform.application.casework.ReEnrolmentStore;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The case data a county template ({@code DocumentDefinition.needs}) or form prefill asks for,
 * loaded only when asked: a letter that prints no absence never reads the absence episode.
 * Values are typed — a {@link LocalDate} for dates ({@link DocumentData#date()}), text for the
 * rest — so letters print dates in ROC form and forms take them as ISO dates. A datum the case
 * does not have is left out. The caller has bound the school and may see the case's student.
 */
@ApplicationScoped
public class CaseDataLoader {

    @Inject
    DocumentStore documents;

    @Inject
    ReEnrolmentStore reEnrolments;

    @Inject
    MeetingStore staff;

    @Inject
    Clock clock;

    /** The duty a form record is started for (its rule id and due date), for DUTY_* data. */
    public record Duty(String ruleId, LocalDate dueOn) {
    }

    public Map<DocumentData, Object> load(Set<DocumentData> wanted, School school, StudentCase found, Student student,
                                          CountyPolicy policy) {
        return load(wanted, school, found, student, policy, null);
    }

    /** As {@link #load(Set, School, StudentCase, Student, CountyPolicy)}, with the duty's data when {@code duty} is given. */
    public Map<DocumentData, Object> load(Set<DocumentData> wanted, School school, StudentCase found, Student student,
                                          CountyPolicy policy, Duty duty) {
        boolean absenceWanted = wanted.contains(DocumentData.ABSENCE_SINCE) || wanted.contains(DocumentData.ABSENCE_DAYS);
        return load(wanted, school, found, student, policy, duty,
                absenceWanted ? documents.absence(school.getId(), found.getId()) : Optional.empty());
    }

    /**
     * The data of a duty that arose before its case (its absence streak's student, the streak's
     * days, the duty's rule id and date): the case's own data (category, opening, staff assigned to
     * the case, re-enrolment) are left out; the homeroom teacher is the class's.
     */
    public Map<DocumentData, Object> loadForEpisode(Set<DocumentData> wanted, School school, Student student,
                                                    CountyPolicy policy, Duty duty, DocumentStore.Absence absence) {
        return load(wanted, school, null, student, policy, duty, Optional.of(absence));
    }

    private Map<DocumentData, Object> load(Set<DocumentData> wanted, School school, StudentCase found, Student student,
                                           CountyPolicy policy, Duty duty, Optional<DocumentStore.Absence> absence) {
        long schoolId = school.getId();
        Optional<Guardian> guardian = guardian(student);
        Optional<ReEnrolmentStore.ReEnrolment> reEnrolment = found != null && Stream.of(DocumentData.RE_ENROLMENT_APPLIED_ON,
                DocumentData.RE_ENROLMENT_APPLICANT, DocumentData.RE_ENROLMENT_LEFT_ON).anyMatch(wanted::contains)
                ? latest(reEnrolments.ofCase(schoolId, found.getId())) : Optional.empty();
        Map<DocumentData, Object> values = new EnumMap<>(DocumentData.class);
        for (DocumentData data : wanted) {
            Object value = switch (data) {
                case SCHOOL_NAME -> school.getName();
                case SCHOOL_ADDRESS -> school.getAddress();
                case SCHOOL_PHONE -> school.getPhone();
                case SCHOOL_DISTRICT -> school.getDistrict();
                case STUDENT_NAME -> student.getName();
                case STUDENT_GENDER -> student.getGender() == Gender.F ? "女" : "男";
                case STUDENT_BIRTH_DATE -> student.getBirthDate();
                case STUDENT_CLASS -> studentClass(student);
                case STUDENT_INDIGENOUS -> student.isIndigenous()
                        ? "是" + (student.getTribe() == null || student.getTribe().isBlank() ? "" : "（" + student.getTribe() + "）")
                        : "否";
                case GUARDIAN_NAME -> guardian.map(Guardian::getName).orElse(null);
                case GUARDIAN_RELATION -> guardian.map(Guardian::getRelation).orElse(null);
                case GUARDIAN_ADDRESS -> guardian.map(Guardian::getAddress).orElse(null);
                case GUARDIAN_PHONE -> guardian.map(Guardian::getPhone).orElse(null);
                case ABSENCE_SINCE -> absence.map(DocumentStore.Absence::since).orElse(null);
                case ABSENCE_DAYS -> absence.map(a -> String.valueOf(a.days())).orElse(null);
                case CASE_CATEGORY -> found == null ? null : policy.categories().stream().filter(c -> c.id().equals(found.getCategoryId()))
                        .map(c -> c.name().zhTw()).findFirst().orElse(found.getCategoryId());
                case CASE_OPENED_ON -> found == null ? null : found.getOpenedOn();
                case CASE_RETURNED_ON -> found == null ? null : found.getReturnedOn().orElse(null);
                case HOMEROOM_TEACHER -> homeroomTeacher(schoolId, found, student);
                case MENTOR_TEACHER -> found == null ? null : found.getMentorTeacherId().map(id -> staffName(schoolId, id)).orElse(null);
                case RE_ENROLMENT_APPLIED_ON -> reEnrolment.map(ReEnrolmentStore.ReEnrolment::appliedOn).orElse(null);
                case RE_ENROLMENT_APPLICANT -> reEnrolment.map(ReEnrolmentStore.ReEnrolment::applicant).orElse(null);
                case RE_ENROLMENT_LEFT_ON -> reEnrolment.map(ReEnrolmentStore.ReEnrolment::leftOn).orElse(null);
                case STUDENT_SEAT_NUMBER -> student.getSeatNumber() == null ? null : String.valueOf(student.getSeatNumber());
                case STUDENT_FAMILY_BACKGROUND -> background(student).stream().map(CaseDataLoader::backgroundZh)
                        .collect(Collectors.joining("、"));
                case COUNSELLOR -> found == null ? null : found.getCounsellorId().map(id -> staffName(schoolId, id)).orElse(null);
                case TODAY -> LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
                case DUTY_RULE_ID -> duty == null ? null : duty.ruleId();
                case DUTY_DUE_ON -> duty == null ? null : duty.dueOn();
                // The issue's own data (date, reference) belong to the document service.
                case ISSUE_DATE, ISSUE_REFERENCE -> null;
            };
            if (value != null && !(value instanceof String s && s.isBlank())) {
                values.put(data, value);
            }
        }
        return values;
    }

    /**
     * The coded values of a choice datum ({@link DocumentData#choiceValues()}; the duty's rule id
     * for DUTY_RULE_ID) for this student and duty; empty when the case has none.
     */
    public static Set<String> choiceValues(DocumentData datum, Student student, Duty duty) {
        return switch (datum) {
            case STUDENT_GENDER -> student.getGender() == null ? Set.of() : Set.of(student.getGender() == Gender.F ? "F" : "M");
            case STUDENT_INDIGENOUS -> Set.of(student.isIndigenous() ? "YES" : "NO");
            case STUDENT_FAMILY_BACKGROUND -> background(student).stream().map(Enum::name).collect(Collectors.toSet());
            case DUTY_RULE_ID -> duty == null || duty.ruleId() == null ? Set.of() : Set.of(duty.ruleId());
            default -> Set.of();
        };
    }

    /** The family-background marks of the register, in the register's order. */
    private static List<BackgroundFlag> background(Student student) {
        List<BackgroundFlag> flags = new ArrayList<>();
        if (student.isIndigenous()) {
            flags.add(BackgroundFlag.INDIGENOUS);
        }
        if (student.isNewImmigrant()) {
            flags.add(BackgroundFlag.NEW_IMMIGRANT);
        }
        if (student.getHouseholdIncome() == HouseholdIncome.LOW) {
            flags.add(BackgroundFlag.LOW_INCOME);
        } else if (student.getHouseholdIncome() == HouseholdIncome.MID_LOW) {
            flags.add(BackgroundFlag.MID_LOW_INCOME);
        }
        if (student.isSingleParent()) {
            flags.add(BackgroundFlag.SINGLE_PARENT);
        }
        if (student.isGrandparentCare()) {
            flags.add(BackgroundFlag.GRANDPARENT_CARE);
        }
        return flags;
    }

    private static String backgroundZh(BackgroundFlag flag) {
        return switch (flag) {
            case INDIGENOUS -> "原住民";
            case NEW_IMMIGRANT -> "新移民子女";
            case LOW_INCOME -> "低收入戶";
            case MID_LOW_INCOME -> "中低收入戶";
            case SINGLE_PARENT -> "單親";
            case GRANDPARENT_CARE -> "隔代教養";
        };
    }

    /** The guardian letters go to: the first one with a postal address, else the first. */
    public static Optional<Guardian> guardian(Student student) {
        return student.getGuardians().stream().filter(g -> g.getAddress() != null && !g.getAddress().isBlank())
                .findFirst().or(() -> student.getGuardians().stream().findFirst());
    }

    /** 8 年級 701 班 */
    public static String studentClass(Student student) {
        return student.getGrade() + " 年級" + (student.getSchoolClass() == null ? ""
                : " " + student.getSchoolClass().getName() + " 班");
    }

    private static Optional<ReEnrolmentStore.ReEnrolment> latest(List<ReEnrolmentStore.ReEnrolment> applications) {
        return applications.stream().max(Comparator.comparing(ReEnrolmentStore.ReEnrolment::appliedAt)
                .thenComparing(ReEnrolmentStore.ReEnrolment::id));
    }

    /** The case's assigned homeroom teacher, else the class's. */
    private String homeroomTeacher(long schoolId, StudentCase found, Student student) {
        return Optional.ofNullable(found).flatMap(StudentCase::getHomeroomTeacherId).map(id -> staffName(schoolId, id)).orElseGet(() ->
                student.getSchoolClass() == null || student.getSchoolClass().getHomeroomTeacher() == null ? null
                        : student.getSchoolClass().getHomeroomTeacher().getDisplayName());
    }

    private String staffName(long schoolId, long userId) {
        MeetingStore.Staff found = staff.staff(schoolId, List.of(userId)).get(userId);
        return found == null ? null : found.name();
    }
}
