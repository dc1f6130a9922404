package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.casework.CaseworkAccess.OnCase;
import tw.huixiao.platform.domain.escalation.TaskDraft;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.escalation.EscalationStore;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.RuleId;

/**
 * Meetings on a case (issue 6 §3): kind, date, chair, internal attendees, outside participants
 * with agency and contact, minutes, and decisions that become tasks on the case's list with
 * their owner and due date (task key {@code meeting<id>/decision<seq>}, shown in
 * GET /cases/{id}/tasks and the owner's GET /tasks). Anyone who may see the case reads its
 * meetings; the offices and the principal record them. Every read, write and refusal is in the
 * access log (MEETING).
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    static final int MAX_MINUTES = 20_000;
    static final int MAX_TEXT = 2_000;
    static final int MAX_PEOPLE = 50;
    /** The rule id of a decision task when the meeting cites none. */
    static final String NO_RULE = "MEETING";

    @Inject
    CaseworkAccess access;

    @Inject
    MeetingStore meetings;

    @Inject
    EscalationStore escalationStore;

    @Inject
    AccessLog accessLog;

    public MeetingView record(long caseId, MeetingInput input) {
        OnCase on = access.onCase(caseId, "CREATE_MEETING");
        access.requireOffices(on, RecordType.MEETING, null, "CREATE");
        access.requireOpen(on);
        CountyPolicy policy = access.policyOf(on);
        List<FieldError> errors = new ArrayList<>();
        Checked meeting = check(on, policy, input, errors);
        List<Decided> decisions = checkDecisions(on, input == null ? null : input.decisions(),
                meeting == null ? null : meeting.heldOn(), "decisions", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = access.now();
        long id = meetings.insert(on.schoolId(), caseId, meeting.kind().name(), meeting.ruleId(), meeting.heldOn(),
                meeting.chairUserId(), meeting.chairName(), meeting.minutes(), now, on.caller().userId());
        meetings.replaceAttendees(on.schoolId(), id, meeting.attendees());
        meetings.replaceParticipants(on.schoolId(), id, meeting.participants());
        MeetingStore.Meeting stored = meetings.find(on.schoolId(), caseId, id).orElseThrow();
        addDecisions(on, stored, decisions, now);
        // Holding a needs-assessment meeting starts its duties (TN-EVAL: evaluate after 3–6 months).
        if (!meeting.heldOn().isAfter(access.today())) {
            meeting.kind().starts().ifPresent(event -> access.caseEvent(on, event, access.momentOf(meeting.heldOn()),
                    "meeting" + id, meeting.kind().label().zhTw() + " (" + meeting.kind().label().en() + ")"));
        }
        accessLog.wrote(caseId, RecordType.MEETING, id, "CREATE");
        return view(on, stored);
    }

    public List<MeetingView> list(long caseId) {
        return access.read(caseId, "READ_MEETINGS", RecordType.MEETING, null,
                on -> meetings.ofCase(on.schoolId(), caseId).stream().map(m -> view(on, m)).toList());
    }

    public MeetingView get(long caseId, long id) {
        return access.read(caseId, "READ_MEETING", RecordType.MEETING, id, on -> view(on, find(on, id, "READ")));
    }

    /** Corrects the meeting's record (not its decisions, which are tasks already); send the version read. */
    public MeetingView correct(long caseId, long id, MeetingInput input) {
        OnCase on = access.onCase(caseId, "UPDATE_MEETING");
        MeetingStore.Meeting found = find(on, id, "UPDATE");
        access.requireOffices(on, RecordType.MEETING, id, "UPDATE");
        access.requireOpen(on);
        List<FieldError> errors = new ArrayList<>();
        Checked meeting = check(on, access.policyOf(on), input, errors);
        if (input != null && input.decisions() != null && !input.decisions().isEmpty()) {
            errors.add(new FieldError("decisions", "決議請以 POST …/meetings/{id}/decisions 新增，已作成的決議不修改 "
                    + "(add decisions with POST …/decisions; decisions made are not changed)"));
        }
        OptimisticLock.required(input == null ? null : input.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = access.now();
        OptimisticLock.written(meetings.update(on.schoolId(), id, input.version(), meeting.kind().name(), meeting.ruleId(),
                meeting.heldOn(), meeting.chairUserId(), meeting.chairName(), meeting.minutes(), now,
                on.caller().userId()), EditedRecord.MEETING, id);
        meetings.replaceAttendees(on.schoolId(), id, meeting.attendees());
        meetings.replaceParticipants(on.schoolId(), id, meeting.participants());
        accessLog.wrote(caseId, RecordType.MEETING, id, "UPDATE");
        return view(on, meetings.find(on.schoolId(), caseId, id).orElseThrow());
    }

    /** Adds decisions to a meeting; each becomes a task. Send the meeting's version. */
    public MeetingView decide(long caseId, long id, MeetingInput.Decisions input) {
        OnCase on = access.onCase(caseId, "ADD_DECISIONS");
        MeetingStore.Meeting found = find(on, id, "ADD_DECISIONS");
        access.requireOffices(on, RecordType.MEETING, id, "ADD_DECISIONS");
        access.requireOpen(on);
        List<FieldError> errors = new ArrayList<>();
        if (input == null || input.decisions() == null || input.decisions().isEmpty()) {
            errors.add(new FieldError("decisions", "請至少填寫一項決議 (at least one decision)"));
        }
        List<Decided> decisions = checkDecisions(on, input == null ? null : input.decisions(), found.heldOn(),
                "decisions", errors);
        OptimisticLock.required(input == null ? null : input.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = access.now();
        OptimisticLock.written(meetings.touch(on.schoolId(), id, input.version(), now, on.caller().userId()), EditedRecord.MEETING, id);
        addDecisions(on, found, decisions, now);
        accessLog.wrote(caseId, RecordType.MEETING, id, "ADD_DECISIONS");
        return view(on, meetings.find(on.schoolId(), caseId, id).orElseThrow());
    }

    private MeetingStore.Meeting find(OnCase on, long id, String action) {
        return meetings.find(on.schoolId(), on.caseId(), id).orElseThrow(() -> {
            accessLog.refused(on.caseId(), RecordType.MEETING, id, action, "查無此會議紀錄 (no such meeting on this case)");
            return new RecordNotFoundException("meeting", id);
        });
    }

    private record Checked(MeetingKind kind, String ruleId, LocalDate heldOn, Long chairUserId, String chairName,
                           Set<Long> attendees, List<MeetingStore.Participant> participants, String minutes) {
    }

    private record Decided(String decision, Role role, Long userId, LocalDate dueOn) {
    }

    private Checked check(OnCase on, CountyPolicy policy, MeetingInput in, List<FieldError> errors) {
        if (in == null) {
            errors.add(new FieldError("body", "請求內容不可為空 (request body is required)"));
            return null;
        }
        MeetingKind kind = null;
        try {
            kind = MeetingKind.valueOf(in.kind() == null ? "" : in.kind().trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "會議類別應為 " + CaseworkAccess.names(MeetingKind.values())
                    + " 之一 (unknown meeting kind)"));
        }
        String ruleId = blankToNull(in.ruleId());
        if (ruleId != null && policy.encodedRules().stream().map(RuleId::toString).noneMatch(ruleId::equals)) {
            errors.add(new FieldError("ruleId", "本個案依據的規範未包含規則 " + ruleId
                    + " (the case's policy module does not encode this rule)"));
        }
        if (in.heldOn() == null) {
            errors.add(new FieldError("heldOn", "請填寫會議日期 (the meeting date is required)"));
        }
        String chairName = blankToNull(in.chairName());
        Set<Long> people = new LinkedHashSet<>(in.attendeeIds() == null ? List.of() : in.attendeeIds());
        people.remove(null);
        if (in.chairUserId() != null) {
            people.add(in.chairUserId());
        }
        Map<Long, MeetingStore.Staff> staff = meetings.staff(on.schoolId(), people);
        if (in.chairUserId() == null && chairName == null) {
            errors.add(new FieldError("chairUserId", "請指定會議主席：本校人員 chairUserId 或校外人士 chairName "
                    + "(name the chair: chairUserId or chairName)"));
        } else if (in.chairUserId() != null && !staff.containsKey(in.chairUserId())) {
            errors.add(new FieldError("chairUserId", "主席不是本校人員 (the chair is not a staff account of this school)"));
        }
        Set<Long> attendees = new LinkedHashSet<>();
        List<Long> given = in.attendeeIds() == null ? List.of() : in.attendeeIds();
        for (int i = 0; i < given.size(); i++) {
            Long user = given.get(i);
            if (user == null || !staff.containsKey(user)) {
                errors.add(new FieldError("attendeeIds[" + i + "]", "出席者不是本校人員 (not a staff account of this school)"));
            } else {
                attendees.add(user);
            }
        }
        if (attendees.size() > MAX_PEOPLE) {
            errors.add(new FieldError("attendeeIds", "出席者最多 " + MAX_PEOPLE + " 位 (at most " + MAX_PEOPLE + ")"));
        }
        List<MeetingStore.Participant> participants = new ArrayList<>();
        List<MeetingInput.Participant> outside = in.participants() == null ? List.of() : in.participants();
        if (outside.size() > MAX_PEOPLE) {
            errors.add(new FieldError("participants", "校外人士最多 " + MAX_PEOPLE + " 位 (at most " + MAX_PEOPLE + ")"));
        }
        for (int i = 0; i < outside.size(); i++) {
            MeetingInput.Participant p = outside.get(i);
            String name = p == null ? null : blankToNull(p.name());
            if (name == null) {
                errors.add(new FieldError("participants[" + i + "].name", "請填寫姓名 (name is required)"));
                continue;
            }
            String agency = blankToNull(p.agency());
            String contact = blankToNull(p.contact());
            if (name.length() > 200 || agency != null && agency.length() > 200 || contact != null && contact.length() > 200) {
                errors.add(new FieldError("participants[" + i + "]", "每欄最多 200 字 (at most 200 characters each)"));
            }
            participants.add(new MeetingStore.Participant(name, agency, contact));
        }
        String minutes = blankToNull(in.minutes());
        if (minutes != null && minutes.length() > MAX_MINUTES) {
            errors.add(new FieldError("minutes", "會議紀錄最多 " + MAX_MINUTES + " 字 (at most " + MAX_MINUTES
                    + " characters)"));
        }
        if (chairName != null && chairName.length() > 200) {
            errors.add(new FieldError("chairName", "最多 200 字 (at most 200 characters)"));
        }
        return kind == null || in.heldOn() == null ? null
                : new Checked(kind, ruleId, in.heldOn(), in.chairUserId(), in.chairUserId() == null ? chairName : null,
                attendees, participants, minutes);
    }

    private List<Decided> checkDecisions(OnCase on, List<MeetingInput.DecisionInput> given, LocalDate heldOn,
                                         String field, List<FieldError> errors) {
        List<Decided> decided = new ArrayList<>();
        if (given == null) {
            return decided;
        }
        if (given.size() > MAX_PEOPLE) {
            errors.add(new FieldError(field, "一次最多 " + MAX_PEOPLE + " 項決議 (at most " + MAX_PEOPLE + ")"));
            return decided;
        }
        Set<Long> owners = given.stream().filter(d -> d != null && d.ownerUserId() != null)
                .map(MeetingInput.DecisionInput::ownerUserId).collect(Collectors.toSet());
        Map<Long, MeetingStore.Staff> staff = meetings.staff(on.schoolId(), owners);
        EscalationStore.StudentFacts student = null;
        for (int i = 0; i < given.size(); i++) {
            String at = field + "[" + i + "]";
            MeetingInput.DecisionInput d = given.get(i);
            if (d == null) {
                errors.add(new FieldError(at, "決議不可為空 (empty decision)"));
                continue;
            }
            String text = blankToNull(d.decision());
            if (text == null || text.length() > MAX_TEXT) {
                errors.add(new FieldError(at + ".decision", "請填寫決議內容，最多 " + MAX_TEXT + " 字 (the decision, at most "
                        + MAX_TEXT + " characters)"));
            }
            Role role = null;
            if (blankToNull(d.ownerRole()) != null) {
                try {
                    role = Role.valueOf(d.ownerRole().trim());
                } catch (IllegalArgumentException e) {
                    // reported below
                }
                if (role == null || !role.isSchoolRole()) {
                    errors.add(new FieldError(at + ".ownerRole", "負責角色應為學校角色 " + Arrays.stream(Role.values())
                            .filter(Role::isSchoolRole).map(Enum::name).collect(Collectors.joining("、"))
                            + " 之一 (a school role)"));
                    role = null;
                }
            }
            Long user = d.ownerUserId();
            if (user != null && !staff.containsKey(user)) {
                errors.add(new FieldError(at + ".ownerUserId", "負責人不是本校人員 (not a staff account of this school)"));
                continue;
            }
            if (user == null && role == null) {
                if (blankToNull(d.ownerRole()) == null) {
                    errors.add(new FieldError(at + ".ownerRole", "請指定負責角色或負責人 (name an owner: ownerRole or ownerUserId)"));
                }
                continue;
            }
            if (user != null && role != null && !staff.get(user).roles().contains(role)) {
                errors.add(new FieldError(at + ".ownerUserId", "負責人不具 " + role.label().zhTw() + " 角色 (the owner does "
                        + "not hold the role " + role + ")"));
                continue;
            }
            if (user != null && role == null) {
                role = staff.get(user).roles().stream().filter(Role::isSchoolRole).findFirst().orElse(null);
                if (role == null) {
                    errors.add(new FieldError(at + ".ownerUserId", "負責人沒有學校角色 (the owner holds no school role)"));
                    continue;
                }
            }
            if (user == null && (role == Role.HOMEROOM_TEACHER || role == Role.MENTOR_TEACHER)) {
                // The student's own homeroom or mentor teacher, as the ladder assigns them.
                if (student == null) {
                    student = escalationStore.students(on.schoolId(), Set.of(on.kase().getStudentId()))
                            .get(on.kase().getStudentId());
                }
                user = student == null ? null : role == Role.HOMEROOM_TEACHER ? student.homeroomId() : student.mentorId();
                if (user == null) {
                    errors.add(new FieldError(at + ".ownerUserId", "這位學生沒有" + role.label().zhTw() + "，請指定負責人 "
                            + "(the student has no " + role.label().en().toLowerCase() + "; name the person)"));
                    continue;
                }
            }
            if (d.dueOn() == null) {
                errors.add(new FieldError(at + ".dueOn", "請填寫完成期限 (the due date is required)"));
            } else if (heldOn != null && d.dueOn().isBefore(heldOn)) {
                errors.add(new FieldError(at + ".dueOn", "完成期限不可早於會議日期 (due before the meeting)"));
            }
            if (text != null && text.length() <= MAX_TEXT && d.dueOn() != null) {
                decided.add(new Decided(text, role, user, d.dueOn()));
            }
        }
        return decided;
    }

    private void addDecisions(OnCase on, MeetingStore.Meeting meeting, List<Decided> decisions, Instant now) {
        if (decisions.isEmpty()) {
            return;
        }
        MeetingKind kind = MeetingKind.valueOf(meeting.kind());
        int seq = meetings.decisions(on.schoolId(), meeting.id()).stream().mapToInt(MeetingStore.Decision::seq).max()
                .orElse(0);
        List<TaskDraft> drafts = new ArrayList<>();
        List<MeetingStore.Decision> rows = new ArrayList<>();
        for (Decided d : decisions) {
            seq++;
            String key = "meeting" + meeting.id() + "/decision" + seq;
            drafts.add(new TaskDraft(key, key, false, on.caseId(), null, on.kase().getStudentId(),
                    meeting.ruleId() == null ? NO_RULE : meeting.ruleId(), -1, 0, "meeting " + kind.name(),
                    "會議決議：" + kind.label().zhTw() + "（" + meeting.heldOn() + "）｜decision of the "
                            + kind.label().en().toLowerCase() + " on " + meeting.heldOn(),
                    d.role().name(), null, d.userId(), "會議決議：" + d.decision(), "Meeting decision: " + d.decision(),
                    null, null, now, "DATE", null, d.dueOn(), null));
            rows.add(new MeetingStore.Decision(seq, d.decision(), d.role().name(), d.userId(), d.dueOn(), null));
        }
        escalationStore.insertTasks(on.schoolId(), drafts);
        for (int i = 0; i < rows.size(); i++) {
            MeetingStore.Decision r = rows.get(i);
            Long task = meetings.taskId(on.schoolId(), drafts.get(i).taskKey()).orElseThrow();
            meetings.insertDecision(on.schoolId(), meeting.id(), new MeetingStore.Decision(r.seq(), r.decision(),
                    r.ownerRole(), r.ownerUserId(), r.dueOn(), task), now, on.caller().userId());
        }
    }

    private MeetingView view(OnCase on, MeetingStore.Meeting m) {
        List<Long> attendees = meetings.attendees(on.schoolId(), m.id());
        List<MeetingStore.Decision> decisions = meetings.decisions(on.schoolId(), m.id());
        Set<Long> people = new LinkedHashSet<>(attendees);
        if (m.chairUserId() != null) {
            people.add(m.chairUserId());
        }
        decisions.stream().map(MeetingStore.Decision::ownerUserId).filter(u -> u != null).forEach(people::add);
        Map<Long, MeetingStore.Staff> staff = meetings.staff(on.schoolId(), people);
        MeetingKind kind = MeetingKind.valueOf(m.kind());
        return new MeetingView(m.id(), m.caseId(), m.kind(), kind.label().zhTw(), kind.label().en(), m.ruleId(),
                m.heldOn(), m.chairUserId() != null ? person(staff, m.chairUserId())
                : new MeetingView.Person(null, m.chairName()),
                attendees.stream().map(a -> person(staff, a)).toList(),
                meetings.participants(on.schoolId(), m.id()).stream()
                        .map(p -> new MeetingInput.Participant(p.name(), p.agency(), p.contact())).toList(),
                m.minutes(),
                decisions.stream().map(d -> new MeetingView.Decision(d.seq(), d.decision(), d.ownerRole(), d.ownerUserId(),
                        d.ownerUserId() == null ? null : person(staff, d.ownerUserId()).name(), d.dueOn(), d.taskId()))
                        .toList(),
                m.createdAt(), m.createdBy(), m.updatedAt(), m.version());
    }

    private static MeetingView.Person person(Map<Long, MeetingStore.Staff> staff, long id) {
        MeetingStore.Staff s = staff.get(id);
        return new MeetingView.Person(id, s == null ? null : s.name());
    }


    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
