package tw.huixiao.platform.application.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.tenancy.Tenancy;

/**
 * School days whose roll never came, as the daily run flagged them for the registrar (issue 16
 * §2): a missing roll is neither absence nor presence, so nobody's ladder moves until it comes.
 */
@ApplicationScoped
@Transactional
public class MissingRollService {

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    EscalationStore store;

    /** The rolls still missing at the caller's school, newest day first (registrar, student affairs, principal). */
    public List<MissingRoll> missing() {
        Caller caller = callers.get();
        if (!mayRead(caller)) {
            throw new AccessDeniedException("僅限註冊組、學務處與校長 (registrar, student affairs and principal only)");
        }
        tenancy.bind(caller.requireSchool());
        return store.missingRolls(caller.requireSchool());
    }

    /** Whether the caller keeps track of missing rolls (the registrar, student affairs, the principal). */
    public boolean mayRead() {
        return mayRead(callers.get());
    }

    private static boolean mayRead(Caller caller) {
        return caller.school().isPresent()
                && (caller.has(Role.REGISTRAR) || caller.has(Role.STUDENT_AFFAIRS) || caller.has(Role.PRINCIPAL));
    }
}
