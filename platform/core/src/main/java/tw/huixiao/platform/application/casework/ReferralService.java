package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.casework.CaseworkAccess.OnCase;
import tw.huixiao.platform.application.casework.ReferralFlow.Action;
import tw.huixiao.platform.application.casework.ReferralFlow.Status;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.screening.ScreeningForm;
import tw.huixiao.platform.application.forms.FormRecordStore;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;

/**
 * Referrals to the agencies of the case's module directory (issue 6 §4), through their states
 * ({@link ReferralFlow}); the guardian's consent is required before sending where the agency
 * says so; the reply is recorded as the agency's reply kind asks (Yunlin's 回覆表: the tier
 * arrangement, YL-REPLY; 附表四: the return ruling, YL-RETURN). The offices and the principal
 * record referrals; anyone who may see the case reads them, except that the reason and reply of
 * a protective referral are for the counselling office and the principal. A referral may carry a
 * form of the module serving the agency's rule (Yunlin: 附表三 with its behaviour codes A–L to
 * 教育處, YL-REF-DROPOUT): it becomes a form record of the case, and the referral is not sent before
 * that record is signed through. Every read, write and refusal is in the access log (REFERRAL).
 */
@ApplicationScoped
@Transactional
public class ReferralService {

    /** The field of a carried referral form with behaviour codes (A–L), shown with the referral. */
    static final String BEHAVIOUR_CODES = "behaviourCodes";

    public enum SendMethod { LETTER, FAX, ONLINE, PHONE }

    public enum Ruling { OPEN_CASE, REFER_ELSEWHERE, NO_SERVICE, OTHER }

    /** Agencies whose referrals carry protective details. */
    static final Set<AgencyKind> PROTECTIVE = Set.of(AgencyKind.FAMILY_VIOLENCE_CENTRE, AgencyKind.PROTECTION_HOTLINE);
    static final Role[] PROTECTIVE_READERS = {Role.COUNSELING, Role.PRINCIPAL};

    @Inject
    CaseworkAccess access;

    @Inject
    ReferralStore referrals;

    @Inject
    SchoolRepository schools;

    @Inject
    AccessLog accessLog;

    @Inject
    FormRecordService formRecords;

    @Inject
    FormRecordStore formRecordStore;

    public ReferralView draft(long caseId, ReferralInputs.Draft input) {
        OnCase on = access.onCase(caseId, "CREATE_REFERRAL");
        access.requireOffices(on, RecordType.REFERRAL, null, "CREATE");
        access.requireOpen(on);
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        List<Agency> directory = access.policyOf(on).agencies();
        Optional<Agency> agency = directory.stream().filter(a -> a.id().equals(input.agencyId())).findFirst();
        if (agency.isEmpty()) {
            errors.add(new FieldError("agencyId", directory.isEmpty()
                    ? "本縣市規範未提供轉介單位名錄 (the county module has no agency directory)"
                    : "轉介單位應為 " + directory.stream().map(Agency::id).collect(Collectors.joining("、"))
                    + " 之一 (an agency of the county's directory: GET /api/v1/agencies)"));
        }
        String reason = MeetingService.blankToNull(input.reason());
        if (reason == null || reason.length() > MeetingService.MAX_TEXT) {
            errors.add(new FieldError("reason", "請填寫轉介原因，最多 " + MeetingService.MAX_TEXT
                    + " 字 (the reason, at most " + MeetingService.MAX_TEXT + " characters)"));
        }
        ReferralInputs.Consent consent = input.consent();
        if (consent != null) {
            checkConsent(consent, "consent.", errors);
        }
        ReferralInputs.CarriedForm carried = input.form();
        if (carried != null && agency.isPresent() && access.policyOf(on).forms().stream().noneMatch(f -> f.id()
                .equals(carried.formId()) && serves(f, agency.get()))) {
            errors.add(new FieldError("form.formId", "轉介可附的表單為本縣市規範中依據「" + agency.get().ruleId()
                    + "」的表單 (a form of the county module serving the agency's rule " + agency.get().ruleId() + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String district = schools.find(on.schoolId()).orElseThrow().getDistrict();
        Agency a = agency.get();
        long id = referrals.insert(on.schoolId(), caseId, a.id(), a.nameIn(district).zhTw(), a.kind().name(),
                a.reply().name(), a.guardianConsentRequired(), a.ruleId().toString(), reason,
                consent == null ? null : consent.givenBy().strip(), consent == null ? null : consent.givenOn(),
                access.now(), on.caller().userId());
        referrals.addTransition(on.schoolId(), id, "CREATE", null, Status.DRAFT.name(), access.now(),
                on.caller().userId(), null);
        if (carried != null) {
            referrals.setForm(on.schoolId(), id, carry(caseId, carried));
        }
        accessLog.wrote(caseId, RecordType.REFERRAL, id, "CREATE");
        return view(on, referrals.find(on.schoolId(), caseId, id).orElseThrow());
    }

    /**
     * The forms a referral of the case to the agency may carry: the newest version of each form of
     * the case's module serving the agency's rule (Yunlin 教育處 → 附表三); empty for most agencies.
     */
    public List<FormDefinition> formsFor(long caseId, String agencyId) {
        OnCase on = access.onCase(caseId, "READ_REFERRAL_FORMS");
        CountyPolicy policy = access.policyOf(on);
        return policy.agencies().stream().filter(a -> a.id().equals(agencyId)).findFirst()
                .map(a -> policy.forms().stream().filter(f -> serves(f, a))
                        .collect(Collectors.toMap(FormDefinition::id, f -> f,
                                BinaryOperator.maxBy(Comparator.comparingInt(FormDefinition::version)),
                                LinkedHashMap::new))
                        .values().stream().toList())
                .orElse(List.of());
    }

    /** A form serves an agency when it serves the agency's rule. */
    private static boolean serves(FormDefinition form, Agency agency) {
        return form.ruleId().equals(agency.ruleId());
    }

    public List<ReferralView> list(long caseId) {
        return access.read(caseId, "READ_REFERRALS", RecordType.REFERRAL, null,
                on -> referrals.ofCase(on.schoolId(), caseId).stream().map(r -> view(on, r)).toList());
    }

    public ReferralView get(long caseId, long id) {
        return access.read(caseId, "READ_REFERRAL", RecordType.REFERRAL, id, on -> view(on, find(on, id, "READ")));
    }

    /** The guardian's consent, on the draft. */
    public ReferralView consent(long caseId, long id, ReferralInputs.Consent input) {
        return step(caseId, id, Action.CONSENT, input == null ? null : input.version(), (on, r, errors) -> {
            if (input == null) {
                errors.add(new FieldError("body", "請求內容不可為空 (request body is required)"));
                return null;
            }
            checkConsent(input, "", errors);
            return new Change(new String[] {"consent_given_by", "consent_given_on", "consent_recorded_by"},
                    new Object[] {MeetingService.blankToNull(input.givenBy()), input.givenOn(), on.caller().userId()},
                    input.givenBy());
        });
    }

    public ReferralView send(long caseId, long id, ReferralInputs.Sending input) {
        return step(caseId, id, Action.SEND, input == null ? null : input.version(), (on, r, errors) -> {
            SendMethod method = null;
            try {
                method = SendMethod.valueOf(input == null || input.method() == null ? ""
                        : input.method().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("method", "送出方式應為 LETTER（函文）、FAX（傳真）、ONLINE（線上系統）或 PHONE（電話） "
                        + "(method: LETTER, FAX, ONLINE or PHONE)"));
            }
            String reference = input == null ? null : MeetingService.blankToNull(input.referenceNumber());
            if (method != null && method != SendMethod.PHONE && reference == null) {
                errors.add(new FieldError("referenceNumber", "請填寫文號、傳真或線上案件編號 (the reference number is "
                        + "required for a letter, fax or online referral)"));
            }
            if (!errors.isEmpty()) {
                return null;
            }
            Optional<FormRecordStore.Row> form = carriedForm(on, r);
            if (form.isPresent() && !"SIGNED".equals(form.get().status())) {
                throw new StateConflictException("轉介所附表單（紀錄 #" + form.get().id() + "）尚未完成簽核，請先依序簽核後再送出 "
                        + "(the form this referral carries is not signed through yet: sign it first)");
            }
            if (r.consentRequired() && r.consentGivenOn() == null) {
                throw new StateConflictException("轉介" + r.agencyName() + "須先登錄家長（法定代理人）同意，才能送出 "
                        + "(this agency needs the guardian's consent recorded before the referral is sent)");
            }
            return new Change(new String[] {"sent_at", "sent_by", "send_method", "reference_number"},
                    new Object[] {access.now(), on.caller().userId(), method.name(), reference},
                    method.name() + (reference == null ? "" : " " + reference));
        });
    }

    public ReferralView accept(long caseId, long id, ReferralInputs.Answer input) {
        return step(caseId, id, Action.ACCEPT, input == null ? null : input.version(), (on, r, errors) -> {
            String note = input == null ? null : MeetingService.blankToNull(input.reason());
            return new Change(new String[] {"answered_at"}, new Object[] {access.now()}, note);
        });
    }

    public ReferralView reject(long caseId, long id, ReferralInputs.Answer input) {
        return step(caseId, id, Action.REJECT, input == null ? null : input.version(), (on, r, errors) -> {
            String reason = input == null ? null : MeetingService.blankToNull(input.reason());
            if (reason == null || reason.length() > MeetingService.MAX_TEXT) {
                errors.add(new FieldError("reason", "請填寫退件理由 (the rejection reason is required)"));
                return null;
            }
            return new Change(new String[] {"answered_at", "rejection_reason"}, new Object[] {access.now(), reason},
                    reason);
        });
    }

    public ReferralView reply(long caseId, long id, ReferralInputs.Reply input) {
        return step(caseId, id, Action.REPLY, input == null ? null : input.version(), (on, r, errors) -> {
            if (input == null) {
                errors.add(new FieldError("body", "請求內容不可為空 (request body is required)"));
                return null;
            }
            if (input.repliedOn() == null) {
                errors.add(new FieldError("repliedOn", "請填寫回覆日期 (the reply date is required)"));
            } else if (input.repliedOn().isAfter(access.today())) {
                errors.add(new FieldError("repliedOn", "回覆日期不可晚於今天 (the reply date cannot be in the future)"));
            }
            String text = MeetingService.blankToNull(input.text());
            if (text != null && text.length() > MeetingService.MAX_TEXT) {
                errors.add(new FieldError("text", "最多 " + MeetingService.MAX_TEXT + " 字 (too long)"));
            }
            Integer tier = null;
            String teacher = null;
            Boolean thirdTier = null;
            String ruling = null;
            String detail = null;
            switch (Agency.ReplyKind.valueOf(r.replyKind())) {
                case NOTE -> {
                    if (text == null) {
                        errors.add(new FieldError("text", "請填寫回覆內容 (the reply text is required)"));
                    }
                }
                case TIER_DECISION -> {
                    // YL-REPLY: 一級輔導（認輔老師）或二級輔導（輔導老師）; 三級轉介 需／不需.
                    tier = input.tier();
                    teacher = MeetingService.blankToNull(input.tierTeacher());
                    thirdTier = input.thirdTierReferral();
                    if (tier == null || tier < 1 || tier > 2) {
                        errors.add(new FieldError("tier", "安排情形應為 1（一級輔導）或 2（二級輔導）(tier 1 or 2)"));
                    } else if (teacher == null) {
                        errors.add(new FieldError("tierTeacher", tier == 1 ? "一級輔導請填寫認輔老師 (name the mentor teacher)"
                                : "二級輔導請填寫輔導老師 (name the counselling teacher)"));
                    }
                    if (thirdTier == null) {
                        errors.add(new FieldError("thirdTierReferral", "請勾選是否需三級轉介 (whether a tier-3 referral is needed)"));
                    }
                }
                case RETURN_RULING -> {
                    // YL-RETURN: 開案處理（單位）／轉介其他單位（受理單位）／無需提供服務（原因）／其他.
                    detail = MeetingService.blankToNull(input.rulingDetail());
                    try {
                        ruling = Ruling.valueOf(input.ruling() == null ? "" : input.ruling().trim()).name();
                    } catch (IllegalArgumentException e) {
                        errors.add(new FieldError("ruling", "處理情形應為 OPEN_CASE（開案處理）、REFER_ELSEWHERE（轉介其他單位）、"
                                + "NO_SERVICE（無需提供服務）或 OTHER（其他） (the ruling)"));
                    }
                    if (ruling != null && detail == null) {
                        errors.add(new FieldError("rulingDetail", "請填寫提供服務或受理轉介之單位，或無需服務之原因 "
                                + "(the unit, or the reason no service is needed)"));
                    }
                }
                default -> throw new IllegalStateException(r.replyKind());
            }
            if (!errors.isEmpty()) {
                return null;
            }
            return new Change(new String[] {"replied_on", "reply_text", "reply_tier", "reply_tier_teacher",
                    "reply_third_tier", "reply_ruling", "reply_ruling_detail"},
                    new Object[] {input.repliedOn(), text, tier, teacher, thirdTier, ruling, detail},
                    tier != null ? "tier " + tier + (Boolean.TRUE.equals(thirdTier) ? ", tier 3 needed" : "")
                            : ruling);
        });
    }

    public ReferralView close(long caseId, long id, ReferralInputs.Closing input) {
        return step(caseId, id, Action.CLOSE, input == null ? null : input.version(), (on, r, errors) -> {
            String note = input == null ? null : MeetingService.blankToNull(input.note());
            if (Status.valueOf(r.status()) == Status.DRAFT && note == null) {
                errors.add(new FieldError("note", "撤回草稿請說明理由 (say why the draft is withdrawn)"));
                return null;
            }
            return new Change(new String[] {"closed_at", "closing_note"}, new Object[] {access.now(), note}, note);
        });
    }

    /** Columns to set, and the note for the referral's history. */
    private record Change(String[] columns, Object[] values, String note) {
    }

    private interface Validation {
        Change check(OnCase on, ReferralStore.Referral current, List<FieldError> errors);
    }

    private ReferralView step(long caseId, long id, Action action, Long version, Validation validation) {
        OnCase on = access.onCase(caseId, action.name() + "_REFERRAL");
        ReferralStore.Referral current = find(on, id, action.name());
        access.requireOffices(on, RecordType.REFERRAL, id, action.name());
        access.requireOpen(on);
        OptimisticLock.required(version);
        OptimisticLock.check(EditedRecord.REFERRAL, id, version, current.version());
        Status from = Status.valueOf(current.status());
        Status to = ReferralFlow.next(from, action);
        List<FieldError> errors = new ArrayList<>();
        Change change = validation.check(on, current, errors);
        if (!errors.isEmpty() || change == null) {
            throw new InvalidInputException(errors);
        }
        OptimisticLock.written(referrals.step(on.schoolId(), id, version, from.name(), to.name(), change.columns(), change.values()), EditedRecord.REFERRAL, id);
        Instant now = access.now();
        referrals.addTransition(on.schoolId(), id, action.name(), from.name(), to.name(), now, on.caller().userId(),
                change.note());
        accessLog.wrote(caseId, RecordType.REFERRAL, id, action.name());
        return view(on, referrals.find(on.schoolId(), caseId, id).orElseThrow());
    }

    /** The carried form as a record of the case; its field errors are named {@code form.fields.<key>}. */
    private long carry(long caseId, ReferralInputs.CarriedForm carried) {
        try {
            return formRecords.create(caseId, carried.formId(), new FormRecordService.RecordInput(carried.data(), null,
                    null)).id();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(f -> new FieldError("form." + f.field(), f.message())).toList());
        }
    }

    /** The current revision of the form the referral carries (a correction makes a new one). */
    private Optional<FormRecordStore.Row> carriedForm(OnCase on, ReferralStore.Referral r) {
        if (r.formRecordId() == null) {
            return Optional.empty();
        }
        List<FormRecordStore.Row> chain = formRecordStore.chain(on.schoolId(), formRecordStore.find(on.schoolId(),
                r.formRecordId()).orElseThrow().chainId());
        return Optional.of(chain.get(chain.size() - 1));
    }

    private ReferralView.CarriedForm carriedView(OnCase on, ReferralStore.Referral r) {
        return carriedForm(on, r).map(row -> {
            Optional<FormDefinition> form = access.policyOf(on).forms().stream()
                    .filter(f -> f.id().equals(row.formId()) && f.version() == row.formVersion()).findFirst();
            return new ReferralView.CarriedForm(row.id(), row.formId(), form.map(f -> f.title().zhTw()).orElse(null),
                    row.status(), formRecordStore.signatures(on.schoolId(), row.id()).size(),
                    form.map(f -> f.signOff().size()).orElse(0),
                    ScreeningForm.codes(row.data(), BEHAVIOUR_CODES));
        }).orElse(null);
    }

    private void checkConsent(ReferralInputs.Consent consent, String prefix, List<FieldError> errors) {
        if (MeetingService.blankToNull(consent.givenBy()) == null) {
            errors.add(new FieldError(prefix + "givenBy", "請填寫同意之家長或法定代理人 (who consented)"));
        }
        if (consent.givenOn() == null) {
            errors.add(new FieldError(prefix + "givenOn", "請填寫同意日期 (the date of consent)"));
        } else if (consent.givenOn().isAfter(access.today())) {
            errors.add(new FieldError(prefix + "givenOn", "同意日期不可晚於今天 (the consent date cannot be in the future)"));
        }
    }

    private ReferralStore.Referral find(OnCase on, long id, String action) {
        return referrals.find(on.schoolId(), on.caseId(), id).orElseThrow(() -> {
            accessLog.refused(on.caseId(), RecordType.REFERRAL, id, action, "查無此轉介 (no such referral on this case)");
            return new RecordNotFoundException("referral", id);
        });
    }

    private ReferralView view(OnCase on, ReferralStore.Referral r) {
        boolean restricted = PROTECTIVE.contains(AgencyKind.valueOf(r.agencyKind()))
                && !on.caller().hasAny(PROTECTIVE_READERS);
        Status status = Status.valueOf(r.status());
        return new ReferralView(r.id(), r.caseId(), r.agencyId(), r.agencyName(), r.agencyKind(), r.replyKind(),
                r.consentRequired(), r.ruleId(), restricted ? null : r.reason(), restricted, status.name(),
                status.label().zhTw(), status.label().en(),
                ReferralFlow.possible(status).stream().map(Enum::name).toList(),
                r.consentGivenOn() == null ? null : new ReferralView.Consent(r.consentGivenBy(), r.consentGivenOn()),
                r.sentAt(), r.sendMethod(), r.referenceNumber(), r.answeredAt(), r.rejectionReason(),
                r.repliedOn() == null ? null : new ReferralView.Reply(r.repliedOn(), restricted ? null : r.replyText(),
                        r.replyTier(), r.replyTierTeacher(), r.replyThirdTier(), r.replyRuling(), r.replyRulingDetail()),
                r.closedAt(), r.closingNote(),
                referrals.history(on.schoolId(), r.id()).stream().map(t -> new ReferralView.Step(t.action(), t.from(),
                        t.to(), t.at(), t.by(), restricted ? null : t.note())).toList(),
                r.createdAt(), r.createdBy(), r.version(), carriedView(on, r));
    }
}
