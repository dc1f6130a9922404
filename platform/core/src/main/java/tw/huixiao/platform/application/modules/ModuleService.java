package tw.huixiao.platform.application.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.modules.ModuleRefusedException.Reason;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;
import tw.huixiao.platform.domain.screening.NameMask;
import tw.huixiao.platform.domain.modules.ModuleSelection;
import tw.huixiao.platform.domain.modules.ModuleSigner;
import tw.huixiao.platform.domain.modules.ModuleState;
import tw.huixiao.platform.domain.modules.ModulesChanged;
import tw.huixiao.platform.domain.modules.StoredModule;
import tw.huixiao.platform.domain.modules.VendorGrant;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.ModuleVersion;

/**
 * Bureaus deploy their own county's module (issue 21 §2, §4): a bureau officer uploads a signed
 * jar for the county; the platform verifies it (nothing is kept when it refuses); a platform
 * administrator approves it, seeing signer, digest and the checks' findings; the bureau
 * activates it from an effective date and may roll it back, after which the previous version
 * serves new cases again. Open cases stay pinned to the version they were opened under.
 * Every server follows the store ({@link ModulesChanged}, and its poll).
 */
@ApplicationScoped
@Transactional
public class ModuleService {

    /** Larger than any county module (the bundled ones are tens of kilobytes). */
    public static final int MAX_JAR_BYTES = 10 * 1024 * 1024;
    private static final int MAX_NOTE = 500;
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    /** A rollback's outcome: the retired module and what the county's new cases use now (null: none yet). */
    public record Rollback(StoredModule retired, StoredModule nowServing) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    ModuleStore store;

    @Inject
    ModuleInspector inspector;

    @Inject
    Event<ModulesChanged> changed;

    @Inject
    Clock clock;

    @Inject
    PinnedCaseStore pinned;

    @Inject
    Tenancy tenancy;

    @Inject
    UserAccountRepository accounts;

    /** A withdrawn (RETIRED) version of the county's module that open cases still follow, with their count. */
    public record Withdrawn(long id, String moduleId, String version, int openCases, int schools) {
    }

    /** An open case pinned to a version, the student's name masked (NameMask: 王○明). */
    public record PinnedCaseView(long caseId, long schoolId, String moeCode, String schoolName, String categoryId,
                                 String state, LocalDate openedOn, String maskedName) {
    }

    /**
     * An upload for a county: a bureau officer's for its own (county null = the officer's own), a
     * module vendor's for a county whose bureau granted it (county required); refused with a reason,
     * nothing kept.
     */
    public StoredModule upload(String county, byte[] jar) {
        Caller caller = callers.get();
        CountyCode own = uploadingFor(caller, county);
        if (jar == null || jar.length == 0) {
            throw new ModuleRefusedException(Reason.NOT_A_JAR, "未收到檔案 (no file was sent)");
        }
        if (jar.length > MAX_JAR_BYTES) {
            throw new ModuleRefusedException(Reason.TOO_LARGE, "檔案超過 " + MAX_JAR_BYTES / (1024 * 1024)
                    + " MB (the jar is larger than the platform takes)");
        }
        // 1. What the jar says it is — read only, no code runs.
        ModuleInspector.Descriptor descriptor = inspector.descriptor(jar);
        // 2. Who signed it: every entry, one signer, chained to the platform's anchor, registered for the county.
        ModuleInspector.Signer signer = inspector.signer(jar);
        if (!store.signerRegistered(own.value(), signer.sha256())) {
            throw new ModuleRefusedException(Reason.SIGNER_NOT_REGISTERED, "簽章者憑證未登記於 " + own.value()
                    + "：" + signer.subject() + " (the signer's certificate, SHA-256 " + signer.sha256()
                    + ", is not registered for this county)");
        }
        // 3. A new version of its module.
        ModuleVersion version = ModuleVersion.parse(descriptor.version());
        for (String stored : store.versions(descriptor.moduleId())) {
            int order = ModuleVersion.parse(stored).compareTo(version);
            if (order == 0) {
                throw new ModuleRefusedException(Reason.DUPLICATE_VERSION, descriptor.moduleId() + " " + version
                        + " 已存在，請提高版本號 (this version is already stored; raise the version)");
            }
            if (order > 0) {
                throw new ModuleRefusedException(Reason.VERSION_NOT_NEWER, descriptor.moduleId() + " " + version
                        + " 不比已存在的 " + stored + " 新 (a newer version, " + stored + ", is already stored)");
            }
        }
        // 4. Only now does its code run: load, identity = descriptor, the module's own self-check.
        ModuleInspector.Checked checked = inspector.check(jar);
        if (!checked.counties().equals(List.of(own.value()))) {
            throw new ModuleRefusedException(Reason.WRONG_COUNTY, "模組服務 " + checked.counties() + "，不是 "
                    + own.value() + " (the module serves other counties than the uploading bureau's)");
        }
        var now = clock.instant();
        long id = store.storeVerified(new ModuleStore.Upload(descriptor.moduleId(), version.toString(),
                checked.counties(), jar, inspector.sha256(jar), descriptor.text(), signer.subject(), signer.sha256(),
                caller.userId(), caller.displayName(), now), checked.findings(), now);
        changed.fire(new ModulesChanged(id));
        return store.find(id).orElseThrow();
    }

    /** A bureau sees its county's modules; a platform administrator sees all. */
    public List<StoredModule> list() {
        Caller caller = callers.get();
        if (caller.has(Role.PLATFORM_ADMIN)) {
            return store.list(null);
        }
        if (isVendor(caller)) {
            // A vendor follows its uploads through the counties that granted it.
            List<String> granting = store.countiesGranting(caller.userId());
            return store.list(null).stream().filter(m -> m.counties().stream().anyMatch(granting::contains)).toList();
        }
        return store.list(requireBureau(caller).value());
    }

    public StoredModule get(long id) {
        Caller caller = callers.get();
        StoredModule module = store.find(id).orElseThrow(() -> new RecordNotFoundException("module", id));
        if (caller.has(Role.PLATFORM_ADMIN)) {
            return module;
        }
        List<String> readable = isVendor(caller) ? store.countiesGranting(caller.userId())
                : List.of(requireBureau(caller).value());
        if (module.counties().stream().noneMatch(readable::contains)) {
            throw new RecordNotFoundException("module", id);
        }
        return module;
    }

    /** A platform administrator approves a verified upload to run in the shared server. */
    public StoredModule approve(long id, String note) {
        Caller caller = callers.get();
        if (!caller.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("只有平台管理者可以核准規範模組 (platform administrators approve modules)");
        }
        StoredModule module = store.find(id).orElseThrow(() -> new RecordNotFoundException("module", id));
        expect(module, ModuleState.VERIFIED, "只有已驗證的模組可以核准 (only a VERIFIED module is approved)");
        if (!store.approve(id, caller.userId(), caller.displayName(), clock.instant(), text(note, "note"))) {
            throw new StateConflictException("模組狀態已變更，請重新載入 (the module changed meanwhile; reload)");
        }
        changed.fire(new ModulesChanged(id));
        return store.find(id).orElseThrow();
    }

    /** The bureau activates an approved module of its county from a date (null = today; never in the past). */
    public StoredModule activate(long id, LocalDate effectiveFrom) {
        Caller caller = callers.get();
        StoredModule module = ofOwnCounty(caller, id);
        expect(module, ModuleState.APPROVED, "只有已核准的模組可以啟用 (only an APPROVED module is activated)");
        LocalDate today = today();
        LocalDate from = effectiveFrom == null ? today : effectiveFrom;
        if (from.isBefore(today)) {
            throw InvalidInputException.of("effectiveFrom", "生效日不可早於今天 " + today
                    + " (the effective date cannot be in the past)");
        }
        if (!store.activate(id, caller.userId(), caller.displayName(), clock.instant(), from)) {
            throw new StateConflictException("模組狀態已變更，請重新載入 (the module changed meanwhile; reload)");
        }
        changed.fire(new ModulesChanged(id));
        return store.find(id).orElseThrow();
    }

    /**
     * Rollback: the bureau retires an active module of its county; the previous active version
     * serves new cases again, cases opened under the retired one keep it. Refused when no other
     * version would serve the county today.
     */
    public Rollback rollback(long id, String reason) {
        Caller caller = callers.get();
        StoredModule module = ofOwnCounty(caller, id);
        expect(module, ModuleState.ACTIVE, "只有啟用中的模組可以撤回 (only an ACTIVE module is rolled back)");
        String why = text(reason, "reason");
        if (why == null) {
            throw InvalidInputException.of("reason", "請說明撤回原因 (say why the module is rolled back)");
        }
        String county = requireBureau(caller).value();
        LocalDate today = today();
        List<StoredModule> others = new ArrayList<>(store.list(county));
        others.removeIf(m -> m.id() == id);
        StoredModule previous = ModuleSelection.serving(others, county, today).orElse(null);
        if (previous == null && module.servesOn(today)) {
            throw new StateConflictException("沒有可恢復的前一版本，撤回後本縣市將無規範模組 (no earlier version would serve "
                    + county + ")");
        }
        if (!store.retire(id, caller.userId(), caller.displayName(), clock.instant(), why)) {
            throw new StateConflictException("模組狀態已變更，請重新載入 (the module changed meanwhile; reload)");
        }
        changed.fire(new ModulesChanged(id));
        return new Rollback(store.find(id).orElseThrow(), previous);
    }

    /** Signing certificates registered for modules: a platform administrator sees all, a bureau its own. */
    public List<ModuleSigner> signers() {
        Caller caller = callers.get();
        return store.signers(caller.has(Role.PLATFORM_ADMIN) ? null : requireBureau(caller).value());
    }

    /** A platform administrator registers a county's signing certificate (PEM; must chain to the trust anchor). */
    public ModuleSigner registerSigner(String county, String pem) {
        Caller caller = callers.get();
        if (!caller.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("只有平台管理者可以登記簽章憑證 (platform administrators register signers)");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        CountyCode code = null;
        try {
            code = CountyCode.of(county == null ? "" : county.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException.FieldError("county", "縣市代碼格式錯誤 (county code such as TAOYUAN)"));
        }
        if (pem == null || pem.isBlank() || pem.length() > 20_000) {
            errors.add(new InvalidInputException.FieldError("certificate", "請提供 PEM 格式的憑證 (a PEM certificate)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ModuleInspector.Signer signer = inspector.certificate(pem);
        if (store.signerRegistered(code.value(), signer.sha256())) {
            throw new StateConflictException("此憑證已登記於 " + code.value() + " (already registered for the county)");
        }
        long id = store.registerSigner(code.value(), signer.sha256(), signer.subject(), signer.certificate(),
                signer.notAfter(), caller.userId(), caller.displayName(), clock.instant());
        return store.signers(code.value()).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private StoredModule ofOwnCounty(Caller caller, long id) {
        String county = requireBureau(caller).value();
        StoredModule module = store.find(id).orElseThrow(() -> new RecordNotFoundException("module", id));
        if (!module.counties().contains(county)) {
            throw new RecordNotFoundException("module", id);
        }
        return module;
    }

    /**
     * After a rollback: the county's withdrawn versions that open cases still follow (they keep
     * their version, issue 21 §4), with how many cases and schools; for the county's bureau.
     */
    public List<Withdrawn> withdrawnWithOpenCases() {
        String county = requireBureau(callers.get()).value();
        List<StoredModule> retired = store.list(county).stream().filter(m -> m.state() == ModuleState.RETIRED)
                .toList();
        if (retired.isEmpty()) {
            return List.of();
        }
        tenancy.bindCounty(county);
        java.util.Map<String, PinnedCaseStore.VersionCount> open = new java.util.HashMap<>();
        pinned.openByVersion(county).forEach(c -> open.put(c.moduleId() + "@" + c.version(), c));
        List<Withdrawn> withdrawn = new ArrayList<>();
        for (StoredModule m : retired) {
            PinnedCaseStore.VersionCount c = open.get(m.moduleId() + "@" + m.version());
            if (c != null) {
                withdrawn.add(new Withdrawn(m.id(), m.moduleId(), m.version(), c.openCases(), c.schools()));
            }
        }
        return withdrawn;
    }

    /** The county's open cases pinned to a version of its module, the students' names masked. */
    public List<PinnedCaseView> openCasesPinnedTo(long id) {
        Caller caller = callers.get();
        StoredModule module = ofOwnCounty(caller, id);
        String county = requireBureau(caller).value();
        tenancy.bindCounty(county);
        return pinned.open(county, module.moduleId(), module.version()).stream()
                .map(c -> new PinnedCaseView(c.caseId(), c.schoolId(), c.moeCode(), c.schoolName(), c.categoryId(),
                        c.state(), c.openedOn(), NameMask.mask(c.studentName())))
                .toList();
    }

    /**
     * The county's module vendors (issue 21 §2): every grant, standing and revoked, with who
     * granted and revoked it and when — the county's bureau reads its own.
     */
    public List<VendorGrant> vendorGrants() {
        return store.vendorGrants(requireBureau(callers.get()).value());
    }

    /** The bureau lets a module vendor (by its account's username) upload the county's module. */
    public VendorGrant grantVendor(String username) {
        Caller caller = callers.get();
        String county = requireBureau(caller).value();
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw InvalidInputException.of("username", "請輸入廠商帳號 (the vendor's username is required)");
        }
        UserAccount vendor = accounts.findByUsername(name)
                .filter(a -> a.getRoles().contains(Role.MODULE_VENDOR))
                .orElseThrow(() -> InvalidInputException.of("username", "「" + name
                        + "」不是規範模組廠商帳號 (no module vendor account has this username)"));
        if (!vendor.isEnabled()) {
            throw InvalidInputException.of("username", "廠商帳號「" + name + "」已停用 (the vendor's account is disabled)");
        }
        if (!store.grantVendor(county, vendor.getId(), caller.userId(), caller.displayName(), clock.instant())) {
            throw new StateConflictException("廠商「" + name + "」已獲 " + county + " 授權 (the vendor is already granted)");
        }
        return store.vendorGrants(county).stream().filter(g -> g.vendorId() == vendor.getId() && g.standing())
                .findFirst().orElseThrow();
    }

    /** The bureau withdraws a vendor's grant: its further uploads for the county are refused. */
    public VendorGrant revokeVendor(long grantId) {
        Caller caller = callers.get();
        String county = requireBureau(caller).value();
        VendorGrant grant = store.vendorGrants(county).stream().filter(g -> g.id() == grantId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("vendor grant", grantId));
        if (!grant.standing() || !store.revokeVendor(grantId, county, caller.userId(), caller.displayName(),
                clock.instant())) {
            throw new StateConflictException("此授權已撤銷 (the grant was already revoked)");
        }
        return store.vendorGrants(county).stream().filter(g -> g.id() == grantId).findFirst().orElseThrow();
    }

    private CountyCode uploadingFor(Caller caller, String county) {
        String asked = county == null || county.isBlank() ? null : county.strip();
        if (isVendor(caller)) {
            if (asked == null) {
                throw InvalidInputException.of("county", "廠商上傳須指定縣市，例如 ?county=CHIAYI_COUNTY "
                        + "(a vendor names the county it uploads for)");
            }
            CountyCode code;
            try {
                code = CountyCode.of(asked);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("county", "縣市代碼格式錯誤 (county code such as TAOYUAN)");
            }
            if (!store.countiesGranting(caller.userId()).contains(code.value())) {
                throw new AccessDeniedException(code.value() + " 教育局（處）未授權廠商「" + caller.username()
                        + "」上傳規範模組 (the county's bureau has not granted this vendor; ask it to grant on its "
                        + "module page)");
            }
            return code;
        }
        CountyCode own = requireBureau(caller);
        if (asked != null && !own.value().equals(asked)) {
            throw new AccessDeniedException("教育局（處）只能為本縣市上傳規範模組 (a bureau uploads for its own county only)");
        }
        return own;
    }

    private static boolean isVendor(Caller caller) {
        return caller.has(Role.MODULE_VENDOR) && caller.bureauCounty() == null && caller.schoolId() == null;
    }

    private static CountyCode requireBureau(Caller caller) {
        if (!caller.has(Role.BUREAU_OFFICER) || caller.bureauCounty() == null) {
            throw new AccessDeniedException("這項功能僅供縣市教育局（處）承辦人使用 (county bureau officers only)");
        }
        return caller.bureauCounty();
    }

    private static void expect(StoredModule module, ModuleState state, String message) {
        if (module.state() != state) {
            throw new StateConflictException(message + "；目前為 " + module.state() + " (it is " + module.state() + ")");
        }
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_NOTE) {
            throw InvalidInputException.of(field, "最多 " + MAX_NOTE + " 字 (at most " + MAX_NOTE + " characters)");
        }
        return value.strip();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TAIPEI);
    }
}
