package tw.huixiao.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tw.huixiao.platform.application.tenancy.Tenancy;

/**
 * The services' shared preamble for school work, in one place: who is asking, and their
 * transaction bound to their school (refused for a caller without one). Case work goes on
 * through {@code CaseworkAccess.onCase} (the case, the access check, the refusal logged).
 */
@ApplicationScoped
public class SchoolCaller {

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    /** The caller, the current transaction bound to the caller's school. */
    public Caller bind() {
        Caller caller = callers.get();
        tenancy.bind(caller.requireSchool());
        return caller;
    }
}
